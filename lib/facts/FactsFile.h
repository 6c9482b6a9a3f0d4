//===- FactsFile.h - the facts of a shard, for `bel-lint merge` -*- C++ -*-===//
//
// `bel-lint --shard K/N --facts-out FILE` parses one N-th of the TUs and
// writes their facts, and the problems their parse reported, to FILE;
// `bel-lint merge FILE...` reads the files of every shard and runs the
// reduce step and the rules on the union, as one whole run would. The
// format is JSON Lines: a header, then one TU's facts per line, then one
// line per problem.
//===----------------------------------------------------------------------===//
#ifndef BEL_FACTS_FACTSFILE_H
#define BEL_FACTS_FACTSFILE_H

#include "facts/Facts.h"

#include <string>
#include <vector>

namespace bel::facts {

/// What one shard computed.
struct ShardFacts {
  std::string Shard; ///< "K/N", as given.
  std::vector<TUFacts> TUs;
  std::vector<report::Notification> Problems;
};

/// Writes \p F to \p Path (replaced atomically).
llvm::Error writeFactsFile(llvm::StringRef Path, const ShardFacts &F);

/// Reads a file writeFactsFile wrote; an error names the file and line.
llvm::Expected<ShardFacts> readFactsFile(llvm::StringRef Path);

/// Parses "K/N" (1 <= K <= N); std::nullopt when malformed.
std::optional<std::pair<unsigned, unsigned>> parseShard(llvm::StringRef Text);

} // namespace bel::facts

#endif // BEL_FACTS_FACTSFILE_H
