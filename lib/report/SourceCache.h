//===- SourceCache.h - lines of project files, read once -------*- C++ -*-===//
#ifndef BEL_REPORT_SOURCECACHE_H
#define BEL_REPORT_SOURCECACHE_H

#include <map>
#include <string>
#include <vector>

namespace bel::report {

/// Reads project files (relative to a root) on first use and hands out their
/// lines; emitters use it for snippets, fingerprints for line text. A file
/// that cannot be read has no lines.
class SourceCache {
public:
  explicit SourceCache(std::string Root) : Root(std::move(Root)) {}
  /// Line \p Line (1-based) of \p Path without its newline, or "".
  const std::string &line(const std::string &Path, unsigned Line);
  /// The number of lines of \p Path (0 when it cannot be read).
  unsigned lineCount(const std::string &Path) { return unsigned(lines(Path).size()); }

private:
  const std::vector<std::string> &lines(const std::string &Path);
  std::string Root;
  std::map<std::string, std::vector<std::string>> Files;
};

} // namespace bel::report

#endif // BEL_REPORT_SOURCECACHE_H
