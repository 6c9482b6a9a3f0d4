//===- TUCache.h - the facts of each TU, cached by content -----*- C++ -*-===//
//
// A TU's facts depend only on the TU: its compile command, the content of
// its main file and of every file it includes, bel itself and the rule
// packs. The cache keys an entry by the command, bel's binary and the packs,
// and keeps in the entry the content hash of every file the parse read; the
// entry is used only when all of them are unchanged. So a second run with
// nothing changed parses nothing, and one changed header re-parses only the
// TUs that include it.
//
// Entries are written to a temporary file and renamed into place: concurrent
// runs never see half an entry, and the last writer wins. A corrupt entry is
// a warning and a re-parse, never a failure.
//
// An entry's modification time is when a run last used it (a hit touches
// it), so pruning by age keeps what any run, or any shard of one, still uses.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_TUCACHE_H
#define BEL_ANALYSIS_TUCACHE_H

#include "facts/Facts.h"
#include "report/Finding.h"

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bel::analysis {

/// What one TU gave: its facts and the problems its parse reported.
struct CachedTU {
  facts::TUFacts Facts;
  std::vector<report::Notification> Problems;
};

class TUCache {
public:
  /// \p Dir: the cache directory ("" disables the cache); \p Root: the
  /// project root, which messages name paths relative to; \p ToolKey: what
  /// identifies bel and its rule packs.
  TUCache(std::string Dir, std::string Root, std::string ToolKey);

  bool enabled() const { return !Dir.empty(); }

  /// The key of \p File compiled with \p Args.
  std::string keyOf(const std::string &File,
                    const std::vector<std::string> &Args) const;

  /// The entry of \p Key when every file it read is unchanged.
  std::optional<CachedTU> lookup(const std::string &Key,
                                 std::vector<report::Notification> &Problems);

  /// Stores \p TU under \p Key with the hashes of \p Deps (absolute paths).
  void store(const std::string &Key, const CachedTU &TU,
             const std::vector<std::string> &Deps,
             std::vector<report::Notification> &Problems);

  /// The content hash of \p Path ("" when it cannot be read), computed once
  /// per run.
  std::string contentHash(const std::string &Path);

  /// Removes the entries this run did not use that no run has used for
  /// \p MaxAge before this one began, and the temporary files of runs
  /// killed a day ago or more. Returns how many entries it removed.
  unsigned prune(std::chrono::seconds MaxAge);

private:
  std::string entryPath(const std::string &Key) const;
  /// Where \p Path (in the cache directory) is, for messages: relative to
  /// the root when the cache is inside it, else relative to the cache.
  report::Location where(llvm::StringRef Path, unsigned Line = 0,
                         unsigned Column = 0) const;
  report::Notification corrupt(const std::string &Path, const std::string &Why,
                               unsigned Line = 1, unsigned Column = 1) const;
  report::Notification corrupt(const std::string &Path, llvm::Error Why) const;

  /// Marks the entry at \p Path used by this run.
  void used(const std::string &Path, bool Touch);

  std::string Dir, Root, ToolKey;
  std::chrono::system_clock::time_point Started;
  std::mutex Lock;
  std::map<std::string, std::string> Hashes;
  /// Entries this run read or wrote. Their times say so too, but a touch
  /// can fail (a read-only cache) and a file system's clock can be coarser
  /// than Started: this run never prunes what it used.
  std::set<std::string> Used;
};

/// A hash of the running bel binary, for cache keys: a rebuilt bel never
/// reads facts an older one wrote.
std::string executableHash(const std::string &Argv0);

/// A hash of \p Text, as 16 hex digits.
std::string hashText(llvm::StringRef Text);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_TUCACHE_H
