//===- RootFiles.h - reading the project's own files, and nothing else -*- C++ -*-===//
//
// Every config, base config, manifest, rule pack and source snippet bel
// reads goes through readRootFile. bel never follows a path out of the
// project root, by '..', an absolute path or a symbolic link, never blocks
// on a FIFO or a device, and never loads a file larger than a config can
// sensibly be: an analyzer in CI must not be the way a pull request reads
// the runner's files, nor the way it stalls the runner.
//===----------------------------------------------------------------------===//
#ifndef BEL_SUPPORT_ROOTFILES_H
#define BEL_SUPPORT_ROOTFILES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace bel::support {

/// Files larger than this are not read (16 MiB; the largest config seen in
/// the wild is well under 1 MiB).
constexpr uint64_t MaxRootFileBytes = 16u << 20;

/// Reads \p RelPath, a path relative to \p Root. Fails when the path is
/// absolute or leaves the root by '..', when its real path (symbolic links
/// resolved) is outside the root's real path, when it is not a regular file,
/// or when it is larger than MaxRootFileBytes. The message names no absolute
/// path and completes "the file is ...".
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRootFile(llvm::StringRef Root, llvm::StringRef RelPath);

/// The part of \p Path below \p Root ("a/b.cc" for Root/a/b.cc), or nothing
/// when \p Path is not below it. It compares text, so both should be real
/// paths; "/repo-old/x" is not below "/repo".
std::optional<llvm::StringRef> pathBelowRoot(llvm::StringRef Root,
                                             llvm::StringRef Path);

/// \p Path as messages show it: relative to \p Root when it lies below it,
/// else as given (a facts file or a build directory elsewhere).
std::string shownPath(llvm::StringRef Root, llvm::StringRef Path);

} // namespace bel::support

#endif // BEL_SUPPORT_ROOTFILES_H
