//===- TempDir.h - a scratch project root for tests that read files -*- C++
//-*-===//
//
// The config set, the source cache and the fingerprints read files below a
// project root. A TempDir is such a root, created fresh by each test and
// removed with everything in it when the test ends.
//===----------------------------------------------------------------------===//
#ifndef BEL_UNITTESTS_TEMPDIR_H
#define BEL_UNITTESTS_TEMPDIR_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

#include <string>

namespace bel::unittest {

/// A unique directory below the system temp dir, deleted on destruction.
class TempDir {
public:
  TempDir() {
    llvm::SmallString<128> P;
    std::error_code EC = llvm::sys::fs::createUniqueDirectory("bel-unit", P);
    EXPECT_FALSE(EC) << "cannot create a temporary directory: " << EC.message();
    Root = std::string(P.str());
  }
  ~TempDir() { llvm::sys::fs::remove_directories(Root); }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;

  const std::string &root() const { return Root; }

  /// Writes \p Text to \p RelPath ('/'-separated), creating directories.
  void write(llvm::StringRef RelPath, llvm::StringRef Text) const {
    llvm::SmallString<256> Full(Root);
    llvm::sys::path::append(Full, RelPath);
    ASSERT_FALSE(
        llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Full)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(Full, EC);
    ASSERT_FALSE(EC) << "cannot write " << RelPath.str() << ": "
                     << EC.message();
    OS << Text;
  }

private:
  std::string Root;
};

} // namespace bel::unittest

#endif // BEL_UNITTESTS_TEMPDIR_H
