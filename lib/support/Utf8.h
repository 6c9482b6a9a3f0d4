//===- Utf8.h - one UTF-8 sequence at a time --------------------*- C++ -*-===//
#ifndef BEL_SUPPORT_UTF8_H
#define BEL_SUPPORT_UTF8_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ConvertUTF.h"

#include <cstddef>

namespace bel::support {

/// The length of the well-formed UTF-8 sequence at byte \p I of \p S, or 0
/// where there is none (a stray continuation byte, an overlong form, a
/// truncated sequence). LLVM's ConvertUTF decides.
inline size_t utf8SequenceLength(llvm::StringRef S, size_t I) {
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(S.data()) + I;
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(S.data()) + S.size();
  if (!llvm::isLegalUTF8Sequence(P, End))
    return 0;
  return llvm::getNumBytesForUTF8(*P);
}

} // namespace bel::support

#endif // BEL_SUPPORT_UTF8_H
