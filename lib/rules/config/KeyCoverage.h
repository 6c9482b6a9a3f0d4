//===- KeyCoverage.h - which config keys the code reads --------*- C++ -*-===//
//
// Shared by the config rules: whether a read covers a key of a config.
//===----------------------------------------------------------------------===//
#ifndef BEL_RULES_CONFIG_KEYCOVERAGE_H
#define BEL_RULES_CONFIG_KEYCOVERAGE_H

#include "config/ConfigSet.h"
#include "facts/Facts.h"
#include "facts/Program.h"

#include <string>
#include <vector>

namespace bel::rules {

using KeyPath = std::vector<std::string>;

std::string dotted(const KeyPath &Keys);

/// Whether \p R, made by code that may run with config \p ConfigPath, reads
/// the key \p Key or something below it. A value read or a whole-subtree
/// read covers everything below the key it names; a presence test covers
/// just its key; an unanchored read matches wherever its keys appear in
/// \p Key's path.
bool readCovers(const facts::ConfigRead &R, const std::string &ConfigPath,
                const KeyPath &Key, const ::bel::config::KeyAliases &Aliases);

/// The configs an anchored read of \p TU is judged against: the one its load
/// names literally, or, for a load bel cannot resolve (argv), every config
/// the manifest runs the TU's stage with. Unanchored reads get none.
std::vector<std::string> configsOfRead(const facts::ConfigRead &R,
                                       const facts::TUFacts &TU,
                                       const facts::Program &P);

/// The entry at \p Keys in \p Root, or null when a key on the way is absent
/// or a value on the way is not a mapping.
const ::bel::config::MapEntry *findEntry(const ::bel::config::ConfigNode &Root,
                                         const KeyPath &Keys,
                                         const ::bel::config::KeyAliases &Aliases);

/// The entry of mapping \p Map spelled \p Key or one of its aliases (the
/// last one when set twice), or null.
const ::bel::config::MapEntry *findKey(const ::bel::config::ConfigNode &Map,
                                       llvm::StringRef Key,
                                       const ::bel::config::KeyAliases &Aliases);

/// "the string 'fast'", "a list", "the integer 3": a config value as a
/// message names it.
std::string describeValue(const ::bel::config::ConfigNode &V);

} // namespace bel::rules

#endif // BEL_RULES_CONFIG_KEYCOVERAGE_H
