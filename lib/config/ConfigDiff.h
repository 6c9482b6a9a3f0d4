//===- ConfigDiff.h - two effective configs, key by key ---------*- C++ -*-===//
//
// Flattens an effective config (inheritance resolved) into dotted keys with
// rendered values and origins, and aligns two of them: the data behind
// `bel-lint diff` and `bel-lint explain`.
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_CONFIGDIFF_H
#define BEL_CONFIG_CONFIGDIFF_H

#include "config/ConfigNode.h"

#include <optional>
#include <string>
#include <vector>

namespace bel::config {

/// One leaf of a config: a scalar, a list or an empty mapping.
struct FlatSetting {
  std::string Key;   ///< Dotted path.
  std::string Value; ///< Rendered in YAML flow style: 64, fast, '64', [1, 2].
  Location Origin;   ///< The key as set, in the file that set it.
};

/// The leaves of \p Root in file order (bases first).
std::vector<FlatSetting> flatten(const ConfigNode &Root);

/// A value in YAML flow style; strings that would read as another type are
/// quoted, so that '64' and 64 differ visibly.
std::string renderValue(const ConfigNode &V);

enum class DiffKind { Same, Changed, Removed, Added };

struct DiffRow {
  std::string Key;
  DiffKind Kind;
  std::optional<FlatSetting> Left, Right;
};

/// Aligns two flattened configs by key, sorted by key.
std::vector<DiffRow> diffSettings(const std::vector<FlatSetting> &Left,
                                  const std::vector<FlatSetting> &Right);

} // namespace bel::config

#endif // BEL_CONFIG_CONFIGDIFF_H
