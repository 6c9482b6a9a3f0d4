//===- FactsCache.cpp - the facts of the last full run, on disk -----------===//
#include "facts/FactsCache.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace bel::facts {

std::string factsCachePath(llvm::StringRef CacheDir) {
  llvm::SmallString<256> P(CacheDir);
  llvm::sys::path::append(P, "facts.jsonl");
  return std::string(P.str());
}

llvm::Error writeFactsCache(llvm::StringRef CacheDir,
                            const std::vector<TUFacts> &TUs) {
  if (std::error_code EC = llvm::sys::fs::create_directories(CacheDir))
    return llvm::createStringError(EC, "%s: cannot create the cache: %s",
                                   CacheDir.str().c_str(), EC.message().c_str());
  std::string Final = factsCachePath(CacheDir);
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Final + ".%%%%%%.tmp", FD, Temp))
    return llvm::createStringError(EC, "%s: cannot write the cache: %s",
                                   Final.c_str(), EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    for (const TUFacts &TU : TUs)
      OS << toJsonLine(TU) << '\n';
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Final)) {
    llvm::sys::fs::remove(Temp);
    return llvm::createStringError(EC, "%s: cannot write the cache: %s",
                                   Final.c_str(), EC.message().c_str());
  }
  return llvm::Error::success();
}

llvm::Expected<std::vector<TUFacts>> readFactsCache(llvm::StringRef CacheDir) {
  std::string Path = factsCachePath(CacheDir);
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "%s: %s", Path.c_str(),
                                   Buf.getError().message().c_str());
  std::vector<TUFacts> TUs;
  llvm::StringRef Text = (*Buf)->getBuffer();
  for (unsigned Line = 1; !Text.empty(); ++Line) {
    auto [Row, Rest] = Text.split('\n');
    Text = Rest;
    if (Row.trim().empty())
      continue;
    auto TU = fromJsonLine(Row);
    if (!TU)
      return llvm::createStringError(
          std::errc::invalid_argument, "%s:%u: %s", Path.c_str(), Line,
          llvm::toString(TU.takeError()).c_str());
    TUs.push_back(std::move(*TU));
  }
  return TUs;
}

} // namespace bel::facts
