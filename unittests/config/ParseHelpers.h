//===- ParseHelpers.h - parse configs in tests, expecting success or an error
//===//
#ifndef BEL_UNITTESTS_CONFIG_PARSEHELPERS_H
#define BEL_UNITTESTS_CONFIG_PARSEHELPERS_H

#include "config/ConfigNode.h"

#include "llvm/Support/Error.h"

#include <gtest/gtest.h>

#include <string>

namespace bel::unittest {

/// Parses \p Text as \p Path (its extension picks the format); a parse
/// error fails the test.
inline config::ConfigFile parseOk(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::Expected<config::ConfigFile> F = config::parseConfig(Path, Text);
  if (!F) {
    ADD_FAILURE() << "unexpected error: " << llvm::toString(F.takeError());
    return config::ConfigFile();
  }
  return std::move(*F);
}

/// Where and why parsing failed.
struct ParseError {
  std::string Path;
  unsigned Line = 0, Column = 0;
  std::string Message;
};

/// Parses \p Text as \p Path, expecting a LocatedError.
inline ParseError parseFails(llvm::StringRef Path, llvm::StringRef Text) {
  ParseError Out;
  llvm::Expected<config::ConfigFile> F = config::parseConfig(Path, Text);
  if (F) {
    ADD_FAILURE() << "expected an error for: " << Text.str();
    return Out;
  }
  llvm::handleAllErrors(
      F.takeError(),
      [&](const config::LocatedError &E) {
        Out.Path = E.location().Path;
        Out.Line = E.location().Line;
        Out.Column = E.location().Column;
        Out.Message = E.message();
      },
      [&](const llvm::ErrorInfoBase &E) {
        ADD_FAILURE() << "not a LocatedError: " << E.message();
      });
  return Out;
}

} // namespace bel::unittest

#endif // BEL_UNITTESTS_CONFIG_PARSEHELPERS_H
