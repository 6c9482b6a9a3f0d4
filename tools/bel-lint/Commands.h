//===- Commands.h - bel-lint's subcommands besides linting -----*- C++ -*-===//
#ifndef BEL_TOOLS_BEL_LINT_COMMANDS_H
#define BEL_TOOLS_BEL_LINT_COMMANDS_H

#include "lint/Lint.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace bel::tool {

/// `bel-lint diff A B`: the effective configs side by side, key by key.
/// Returns 0 when they are the same, 1 when they differ, 2 on error.
int runDiff(const lint::LintOptions &Opts, const std::string &A,
            const std::string &B, bool Json, llvm::raw_ostream &OS);

/// `bel-lint explain CONFIG KEY`: where the effective value comes from and
/// which code reads it. Returns 0, or 2 on error (unknown config or key).
int runExplain(const lint::LintOptions &Opts, const std::string &Config,
               const std::string &Key, bool Json, llvm::raw_ostream &OS);

} // namespace bel::tool

#endif // BEL_TOOLS_BEL_LINT_COMMANDS_H
