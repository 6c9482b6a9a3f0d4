//===- ResourceDir.cpp - where Clang's builtin headers are ----------------===//
//
// LibTooling tools break with "stddef.h not found" wherever the resource
// directory is not where the compiler driver guesses it. Debian's driver
// hides this by adding /usr/include/clang/<v>/include itself, so bel always
// passes -resource-dir explicitly, found here.
//===----------------------------------------------------------------------===//
#include "analysis/Frontend.h"
#include "report/BuildInfo.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace bel::analysis {

static bool hasBuiltinHeaders(llvm::StringRef Dir) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "include", "stddef.h");
  return !Dir.empty() && llvm::sys::fs::exists(P);
}

std::string findResourceDir(const std::string &Override,
                            const std::string &Argv0) {
  if (!Override.empty())
    return Override; // The user knows best; a bad one shows as a compile error.
  // An installation that ships Clang's resources beside bel:
  // <prefix>/bin/bel-lint and <prefix>/lib/clang/<version>, where the
  // version is the full one up to LLVM 15 and the major one from 16 on.
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0.c_str(), reinterpret_cast<void *>(&findResourceDir));
  llvm::StringRef Full = BEL_LLVM_VERSION_STRING;
  for (llvm::StringRef Version : {Full, Full.split('.').first}) {
    if (Exe.empty())
      break;
    llvm::SmallString<256> P(llvm::sys::path::parent_path(
        llvm::sys::path::parent_path(Exe)));
    llvm::sys::path::append(P, "lib", "clang", Version);
    if (hasBuiltinHeaders(P))
      return std::string(P.str());
  }
  if (hasBuiltinHeaders(BEL_CLANG_RESOURCE_DIR))
    return BEL_CLANG_RESOURCE_DIR;
  return "";
}

} // namespace bel::analysis
