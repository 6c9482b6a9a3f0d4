//===- Frontend.h - the map step: one Clang parse per TU -------*- C++ -*-===//
//
// Finds the compilation database (-p, flags after --, or compile_commands.json
// at the root or in root/build), parses each translation unit once with every
// collector's matchers, and returns its facts. A TU that does not compile
// still yields the facts of what parsed, plus a notification.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_FRONTEND_H
#define BEL_ANALYSIS_FRONTEND_H

#include "config/RulePack.h"
#include "facts/Facts.h"
#include "report/Finding.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace bel::analysis {

/// How long a cache entry no run uses is kept (bel-lint --cache-max-age).
constexpr unsigned DefaultCacheMaxAgeDays = 30;

struct FrontendOptions {
  std::string Root;                 ///< Absolute, real path.
  std::string BuildDir;             ///< -p; "" to look for one.
  std::optional<std::vector<std::string>> FixedArgs; ///< Flags after --.
  std::vector<std::string> Files;   ///< Absolute; empty: every TU.
  std::vector<std::string> SourceGlobs, ExcludeGlobs; ///< From the manifest.
  std::string ResourceDir;          ///< --resource-dir; "" to find one.
  std::string Argv0;                ///< To find Clang's resources near bel.
  unsigned Jobs = 0;                ///< TUs parsed at once; 0: one per core.
  bool Progress = false;            ///< "[12/340] src/train.cc" on stderr.
  /// Parse only the TUs of shard K of N (1-based), in file order: TU i
  /// belongs to shard (i mod N) + 1. {0, 0}: all.
  std::pair<unsigned, unsigned> Shard = {0, 0};
  /// The per-TU facts cache (TUCache.h); "" for none.
  std::string CacheDir;
  /// Entries of it that no run has used for this long are removed.
  std::chrono::seconds CacheMaxAge =
      std::chrono::hours(24) * DefaultCacheMaxAgeDays;
  /// What identifies the rule packs (a hash of the project's own packs;
  /// the built-in ones are part of bel's binary).
  std::string PacksKey;
};

struct MapResult {
  std::vector<facts::TUFacts> Facts; ///< In file order.
  std::vector<report::Notification> Problems;
  bool HaveDatabase = false;
  unsigned Analyzed = 0; ///< TUs with facts, parsed or cached.
  unsigned Cached = 0;   ///< Of those, TUs whose facts came from the cache.
  unsigned Pruned = 0;   ///< Stale cache entries removed.
};

MapResult runMap(const FrontendOptions &Opts,
                 const std::vector<config::RulePack> &Packs);

/// Clang's resource directory (builtin headers such as <stddef.h>): the
/// override, then one next to the bel binary, then the one seen when bel was
/// configured. Returns "" when none has include/stddef.h.
std::string findResourceDir(const std::string &Override,
                            const std::string &Argv0);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_FRONTEND_H
