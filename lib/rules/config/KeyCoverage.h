//===- KeyCoverage.h - which config keys the code reads --------*- C++ -*-===//
//
// Shared by the config rules: whether a read covers a key of a config.
//===----------------------------------------------------------------------===//
#ifndef BEL_RULES_CONFIG_KEYCOVERAGE_H
#define BEL_RULES_CONFIG_KEYCOVERAGE_H

#include "config/ConfigSet.h"
#include "facts/Facts.h"

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
                const KeyPath &Key);

} // namespace bel::rules

#endif // BEL_RULES_CONFIG_KEYCOVERAGE_H
