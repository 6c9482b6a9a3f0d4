//===- RootFiles.cpp - reading the project's own files, and nothing else --===//
#include "support/RootFiles.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace bel::support {
namespace {

llvm::Error refuse(const llvm::Twine &Why) {
  return llvm::createStringError(std::make_error_code(std::errc::permission_denied), Why);
}

} // namespace

std::optional<llvm::StringRef> pathBelowRoot(llvm::StringRef Root,
                                             llvm::StringRef Path) {
  if (!Path.consume_front(Root))
    return std::nullopt;
  // A root that ends in '/' (the file system's own, "/") has taken the
  // separator already.
  if (!Root.endswith("/") && !Path.consume_front("/"))
    return std::nullopt;
  return Path;
}

std::string shownPath(llvm::StringRef Root, llvm::StringRef Path) {
  return pathBelowRoot(Root, Path).value_or(Path).str();
}

llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readRootFile(llvm::StringRef Root, llvm::StringRef RelPath) {
  if (llvm::sys::path::is_absolute(RelPath))
    return refuse("an absolute path; bel reads only files inside the project root");
  llvm::SmallString<256> Norm(RelPath);
  llvm::sys::path::remove_dots(Norm, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  if (Norm == ".." || Norm.startswith("../"))
    return refuse("outside the project root; it was not read");

  llvm::SmallString<256> Full(Root);
  llvm::sys::path::append(Full, Norm);
  // The real path decides, so that neither a symbolic link nor a directory
  // on the way (configs/up -> /etc) leads out.
  llvm::SmallString<256> Real;
  if (std::error_code EC = llvm::sys::fs::real_path(Full, Real)) {
    if (llvm::sys::fs::is_symlink_file(Full))
      return refuse("a symbolic link that cannot be resolved (a loop, or a "
                    "missing target)");
    return llvm::createStringError(EC, "unreadable: " + EC.message());
  }
  llvm::SmallString<256> RealRoot;
  if (llvm::sys::fs::real_path(Root, RealRoot) ||
      (Real != RealRoot && !pathBelowRoot(RealRoot, Real)))
    return refuse("outside the project root once symbolic links are resolved; "
                  "it was not read");
  llvm::sys::fs::file_status St;
  if (std::error_code EC = llvm::sys::fs::status(Real, St))
    return llvm::createStringError(EC, "unreadable: " + EC.message());
  if (St.type() == llvm::sys::fs::file_type::directory_file)
    return refuse("a directory, not a file");
  if (St.type() != llvm::sys::fs::file_type::regular_file)
    return refuse("not a regular file (a FIFO, socket or device); it was not "
                  "read");
  if (St.getSize() > MaxRootFileBytes)
    return refuse("larger than 16 MiB (" + llvm::Twine(St.getSize()) +
                  " bytes); it was not read");
  auto Buf = llvm::MemoryBuffer::getFile(Real, /*IsText=*/true,
                                         /*RequiresNullTerminator=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(),
                                   "unreadable: " + Buf.getError().message());
  return std::move(*Buf);
}

} // namespace bel::support
