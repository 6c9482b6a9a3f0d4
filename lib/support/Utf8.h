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

/// bel's columns count code points, as SARIF's columnKind
/// "unicodeCodePoints" does: each byte that does not continue a UTF-8
/// sequence starts one. The number of them in \p Text.
inline unsigned codePointCount(llvm::StringRef Text) {
  unsigned N = 0;
  for (unsigned char C : Text)
    N += (C & 0xC0) != 0x80;
  return N;
}

/// The column, from 1, of byte \p Byte of \p Line.
inline unsigned columnOfByte(llvm::StringRef Line, size_t Byte) {
  return 1 + codePointCount(Line.take_front(Byte));
}

/// The byte of \p Line where column \p Column starts (Line.size() past the
/// end): the inverse of columnOfByte.
inline size_t byteOfColumn(llvm::StringRef Line, unsigned Column) {
  size_t I = 0;
  for (unsigned C = 1; C < Column && I < Line.size(); ++C)
    do
      ++I;
    while (I < Line.size() &&
           (static_cast<unsigned char>(Line[I]) & 0xC0) == 0x80);
  return I;
}

} // namespace bel::support

#endif // BEL_SUPPORT_UTF8_H
