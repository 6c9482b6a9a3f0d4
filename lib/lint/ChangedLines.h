//===- ChangedLines.h - what changed since a git revision ------*- C++ -*-===//
//
// `--changed-since REV` keeps only results on lines added or changed since
// REV, for pull requests and pre-commit. The lines come from `git diff`
// against REV's blobs; nothing is checked out, so parallel runs stay safe.
// Files git does not track yet count as changed throughout.
//===----------------------------------------------------------------------===//
#ifndef BEL_LINT_CHANGEDLINES_H
#define BEL_LINT_CHANGEDLINES_H

#include "report/Report.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bel::lint {

/// Per file (relative to \p Root): the ranges of lines that changed, first
/// and last; WholeFile for a file git does not track.
using ChangedLines = std::map<std::string, std::vector<std::pair<unsigned, unsigned>>>;
constexpr std::pair<unsigned, unsigned> WholeFile{0, ~0u};

llvm::Expected<ChangedLines> changedSince(llvm::StringRef Root, llvm::StringRef Rev);

/// Parses `git diff --unified=0` output (paths relative to the root).
ChangedLines parseUnifiedDiff(llvm::StringRef Diff);

/// Drops the findings of \p R that lie on no changed line.
void keepChanged(report::Report &R, const ChangedLines &Changed);

} // namespace bel::lint

#endif // BEL_LINT_CHANGEDLINES_H
