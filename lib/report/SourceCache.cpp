//===- SourceCache.cpp - lines of project files, read once ----------------===//
#include "report/SourceCache.h"

#include "support/RootFiles.h"

namespace bel::report {

const std::vector<std::string> &SourceCache::lines(const std::string &Path) {
  auto It = Files.find(Path);
  if (It != Files.end())
    return It->second;
  std::vector<std::string> &Lines = Files[Path];
  // A file that cannot (or must not) be read only costs the snippet, not
  // the finding.
  auto Buf = support::readRootFile(Root, Path);
  if (!Buf) {
    llvm::consumeError(Buf.takeError());
    return Lines;
  }
  llvm::StringRef Text = (*Buf)->getBuffer();
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Lines.push_back(Line.rtrim('\r').str());
    Text = Rest;
  }
  return Lines;
}

const std::string &SourceCache::line(const std::string &Path, unsigned Line) {
  static const std::string Empty;
  const std::vector<std::string> &Lines = lines(Path);
  if (Line == 0 || Line > Lines.size())
    return Empty;
  return Lines[Line - 1];
}

} // namespace bel::report
