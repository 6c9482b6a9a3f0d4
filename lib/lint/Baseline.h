//===- Baseline.h - compare a run with an earlier SARIF log ----*- C++ -*-===//
//
// A team adopts bel from today's state: `--write-baseline FILE` saves the
// current results, `--baseline FILE` marks each result new or unchanged
// (by rule id and bel's fingerprint, which survives unrelated edits) and
// lists the baseline's vanished results as absent. Only new results fail.
//===----------------------------------------------------------------------===//
#ifndef BEL_LINT_BASELINE_H
#define BEL_LINT_BASELINE_H

#include "report/Report.h"

#include "llvm/Support/Error.h"

#include <vector>

namespace bel::lint {

/// The results of a SARIF log bel wrote: rule, level, message, first
/// location and fingerprint of each.
llvm::Expected<std::vector<report::Finding>> readSarifResults(llvm::StringRef Path);

/// Sets the baseline state of every finding of \p R and appends the
/// baseline's results that are gone, as absent.
void compareWithBaseline(report::Report &R,
                         const std::vector<report::Finding> &Baseline);

} // namespace bel::lint

#endif // BEL_LINT_BASELINE_H
