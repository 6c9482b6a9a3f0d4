//===- JsonError.cpp - llvm::json::parse's message, split -----------------===//
#include "support/JsonError.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace bel::support {

JsonParseError splitJsonParseError(llvm::Error E) {
  JsonParseError Out;
  Out.What = llvm::toString(std::move(E));
  llvm::StringRef T(Out.What);
  unsigned Line = 0, Col = 0;
  if (T.consume_front("[") && !T.consumeInteger(10, Line) &&
      T.consume_front(":") && !T.consumeInteger(10, Col)) {
    size_t Close = T.find("]: ");
    if (Close != llvm::StringRef::npos) {
      Out.Line = std::max(Line, 1u);
      Out.Column = std::max(Col, 1u); // llvm::json counts columns from 0
      Out.What = T.substr(Close + 3).str();
    }
  }
  return Out;
}

} // namespace bel::support
