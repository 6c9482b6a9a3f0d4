//===- Glob.h - path globs for the manifest ---------------------*- C++ -*-===//
#ifndef BEL_CONFIG_GLOB_H
#define BEL_CONFIG_GLOB_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace bel::config {

/// Matches a '/'-separated relative path against a glob: '*' and '?' stay
/// within one path component, '**' spans any number of components,
/// '{a,b}' is an alternation, '[abc]' a character class. The cost is at most
/// |pattern| x |path| steps per alternative; a pattern over 4,096 bytes
/// matches nothing, and alternatives past the 256th are dropped
/// (globLimitProblem says which).
bool globMatch(llvm::StringRef Pattern, llvm::StringRef Path);

/// Why globMatch would not honour all of \p Pattern (too long, too many
/// brace alternatives), so that the manifest can say so; empty when it will.
std::string globLimitProblem(llvm::StringRef Pattern);

/// The files below \p Root (relative, '/'-separated, sorted) that match any
/// of \p Patterns and none of \p Excludes. Hidden directories (".git") and
/// symbolic links to directories are not entered. Symbolic links to files,
/// FIFOs and the like are listed: readRootFile decides, and its refusal is
/// reported, rather than a matching file silently missing.
std::vector<std::string> findFiles(llvm::StringRef Root,
                                   const std::vector<std::string> &Patterns,
                                   const std::vector<std::string> &Excludes = {});

/// "./data//x.csv" -> "data/x.csv"; '..' is folded where it can be.
std::string normalizePath(llvm::StringRef Path);

} // namespace bel::config

#endif // BEL_CONFIG_GLOB_H
