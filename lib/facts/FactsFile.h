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

/// Why a facts file cannot be used, and where: Line is 0 when the file
/// could not be read at all.
class FactsFileError : public llvm::ErrorInfo<FactsFileError> {
public:
  static char ID;
  FactsFileError(unsigned Line, std::string Why, unsigned Column = 1)
      : Line(Line), Column(Column), Why(std::move(Why)) {}
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;
  unsigned line() const { return Line; }
  unsigned column() const { return Column; }
  const std::string &why() const { return Why; }

private:
  unsigned Line, Column;
  std::string Why;
};

/// Reads a file writeFactsFile wrote; errors are FactsFileErrors.
llvm::Expected<ShardFacts> readFactsFile(llvm::StringRef Path);

/// Parses "K/N" (1 <= K <= N); std::nullopt when malformed.
std::optional<std::pair<unsigned, unsigned>> parseShard(llvm::StringRef Text);

} // namespace bel::facts

#endif // BEL_FACTS_FACTSFILE_H
