//===- ExperimentFlags.h - what the code rules share about flags -*- C++ -*-===//
#ifndef BEL_RULES_CODE_EXPERIMENTFLAGS_H
#define BEL_RULES_CODE_EXPERIMENTFLAGS_H

#include "facts/Program.h"

#include <optional>
#include <string>
#include <vector>

namespace bel::rules {

/// Whether a key names an experiment flag: the manifest's experiment_flags
/// globs, or bel's defaults (a key under `experiment`/`experiments`, a last
/// key starting with exp_, enable_ or use_).
bool isExperimentFlag(const std::vector<std::string> &Keys,
                      const config::Manifest &M);

/// Whether \p L starts inside \p Range (same file, from its start up to,
/// not including, its end): the read a branch's condition holds.
bool within(const report::Location &L, const report::Location &Range);

/// One value a setting takes: in a config, or the code's default.
struct SettingValue {
  std::string Text;                ///< As written.
  bool IsDefault = false;
  std::optional<report::Location> Where; ///< The key in the config.
  std::string Config;
};

/// The values \p R takes: one per config it reads (the code's default where
/// a config lacks the key), plus the default itself. Nothing when a config
/// lacks the key and the read has no default, or the read cannot be placed.
std::vector<SettingValue> valuesOf(const facts::ConfigRead &R,
                                   const facts::TUFacts &TU,
                                   const facts::Program &P);

} // namespace bel::rules

#endif // BEL_RULES_CODE_EXPERIMENTFLAGS_H
