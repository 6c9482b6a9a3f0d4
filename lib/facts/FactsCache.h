//===- FactsCache.h - the facts of the last full run, on disk --*- C++ -*-===//
//
// A full run leaves the facts of every TU in CACHE_DIR/facts.jsonl, so that
// `bel-lint --config-only` (pre-commit, no compilation database) can still
// compare configs with what the code reads. The file is replaced atomically
// (write, then rename), so concurrent runs never see half of it.
//===----------------------------------------------------------------------===//
#ifndef BEL_FACTS_FACTSCACHE_H
#define BEL_FACTS_FACTSCACHE_H

#include "facts/Facts.h"

#include <vector>

namespace bel::facts {

/// The cache file inside \p CacheDir.
std::string factsCachePath(llvm::StringRef CacheDir);

/// Writes \p TUs to the cache, creating \p CacheDir as needed.
llvm::Error writeFactsCache(llvm::StringRef CacheDir,
                            const std::vector<TUFacts> &TUs);

/// Reads the cache; an error names the file and the line that is malformed.
llvm::Expected<std::vector<TUFacts>> readFactsCache(llvm::StringRef CacheDir);

} // namespace bel::facts

#endif // BEL_FACTS_FACTSCACHE_H
