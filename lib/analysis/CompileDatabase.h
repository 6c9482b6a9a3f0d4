//===- CompileDatabase.h - checking compile_commands.json first -*- C++ -*-===//
//
// LLVM's loader reports a broken compile_commands.json by printing its YAML
// parser's message to stderr and failing without a position bel can use. bel
// checks the file itself first, so the user sees where it is broken.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_COMPILEDATABASE_H
#define BEL_ANALYSIS_COMPILEDATABASE_H

#include "report/Finding.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace bel::analysis {

/// What is wrong with the compilation database \p Text, read from the file
/// shown as \p Shown: a syntax error at its line and column, or an entry
/// without "directory", "file" and "command" or "arguments" at the entry's
/// first character. std::nullopt when LLVM's loader can take it.
std::optional<report::Notification>
checkCompileDatabase(llvm::StringRef Text, const std::string &Shown);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_COMPILEDATABASE_H
