//===- FuzzCommon.h - helpers shared by bel's libFuzzer targets -*- C++ -*-===//
//
// A target reports a broken invariant with __builtin_trap(), which libFuzzer
// records as a crash with its input. Targets catch no exceptions: bel's
// libraries must not throw, so one that escapes is a finding too.
//===----------------------------------------------------------------------===//
#ifndef BEL_FUZZ_FUZZCOMMON_H
#define BEL_FUZZ_FUZZCOMMON_H

#include "config/ConfigNode.h"
#include "report/Finding.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace bel::fuzz {

/// The fuzz input as text; it may hold any bytes, NUL and invalid UTF-8 too.
inline llvm::StringRef asText(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// Stops the run on a broken invariant.
[[noreturn]] inline void fail() { __builtin_trap(); }

/// Rejected input is an expected outcome. The message is still built, so
/// that its formatting runs under the sanitizers, and then dropped.
inline void drop(llvm::Error Err) { (void)llvm::toString(std::move(Err)); }

/// Checks that \p L names \p Path and, when it has a region, a line of a
/// text of \p Lines lines and a 1-based column.
inline void checkLocation(const report::Location &L, llvm::StringRef Path,
                          unsigned Lines) {
  if (L.Path != Path)
    fail();
  if (L.hasRegion() && (L.Line > Lines || L.Column == 0))
    fail();
}

/// Lines of \p Text as editors count them (a last line without '\n' counts).
inline unsigned lineCount(llvm::StringRef Text) {
  return unsigned(Text.count('\n')) + 1;
}

/// Walks a parsed tree: every position inside the file.
inline void checkTree(const config::ConfigNode &N, llvm::StringRef Path,
                      unsigned Lines) {
  checkLocation(N.Loc, Path, Lines);
  for (const config::MapEntry &E : N.Entries) {
    checkLocation(E.KeyLoc, Path, Lines);
    checkTree(E.Value, Path, Lines);
  }
  for (const config::ConfigNode &Item : N.Items)
    checkTree(Item, Path, Lines);
}

/// Parses \p Text as the config at \p Path and checks the tree, or the
/// position of the error.
inline void fuzzConfig(llvm::StringRef Path, llvm::StringRef Text) {
  unsigned Lines = lineCount(Text);
  llvm::Expected<config::ConfigFile> File = config::parseConfig(Path, Text);
  if (!File) {
    llvm::Error Rest = llvm::handleErrors(
        File.takeError(), [&](const config::LocatedError &E) {
          checkLocation(E.location(), Path, Lines);
        });
    drop(std::move(Rest));
    return;
  }
  if (File->Path != Path)
    fail();
  checkTree(File->Root, Path, Lines);
  for (const config::ConfigNode &Doc : File->ExtraDocuments)
    checkTree(Doc, Path, Lines);
}

} // namespace bel::fuzz

#endif // BEL_FUZZ_FUZZCOMMON_H
