//===- JsonError.h - llvm::json::parse's message, split -------*- C++ -*-===//
#ifndef BEL_SUPPORT_JSONERROR_H
#define BEL_SUPPORT_JSONERROR_H

#include "llvm/Support/Error.h"

#include <string>

namespace bel::support {

/// A parse error as bel reports it: where, and what.
struct JsonParseError {
  unsigned Line = 1, Column = 1; ///< 1-based; 1:1 when the error has no position
  std::string What;
};

/// Splits \p E, as llvm::json::parse words it ("[line:col, byte=N]: what",
/// columns from 0), into a position and the message. Any other error is
/// kept whole, at 1:1.
JsonParseError splitJsonParseError(llvm::Error E);

} // namespace bel::support

#endif // BEL_SUPPORT_JSONERROR_H
