//===- ConfigSet.h - the project's configs, with `extends` resolved -*- C++ -*-===//
//
// A config may name bases with a top-level `extends:`, `base:` or
// `defaults:` (a path or a list of paths, relative to the config's own
// directory; a name without an extension takes the config's own, as
// Hydra's defaults lists do). Its effective tree is the
// bases merged in order, then its own keys on top: mappings merge key by
// key, anything else is replaced. Every value keeps its origin, so a finding
// points at the file and line that really set a key.
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_CONFIGSET_H
#define BEL_CONFIG_CONFIGSET_H

#include "config/ConfigNode.h"
#include "report/Finding.h"

#include <map>
#include <string>
#include <vector>

namespace bel::config {

/// A key a config sets to the very value it inherits from a base.
struct RedundantOverride {
  std::vector<std::string> Keys;
  Location Key;     ///< Where the config sets it.
  Location BaseKey; ///< Where the base sets the same value.
};

/// One config as the program sees it.
struct EffectiveConfig {
  std::string Path;               ///< The file the program loads.
  ConfigFile::Format Format = ConfigFile::Yaml;
  ConfigNode Root;                ///< Merged tree, `extends` removed.
  std::vector<std::string> Bases; ///< Every file it inherits from, nearest first.
  std::vector<RedundantOverride> Overrides; ///< Its own keys that change nothing.
};

/// Whether two values are the same setting: same shape, equal scalars
/// (numbers by value, 64 == 64.0), positions ignored.
bool sameValue(const ConfigNode &A, const ConfigNode &B);

/// The configs of a project.
struct ConfigSet {
  std::vector<EffectiveConfig> Configs; ///< Sorted by path.
  /// Paths of the configs that some other config extends.
  std::vector<std::string> ExtendedPaths;
  /// Every file as parsed, before merging (configs and their bases), by
  /// path: duplicate keys are still visible here.
  std::vector<ConfigFile> Files;

  const EffectiveConfig *find(llvm::StringRef Path) const;
  bool isExtended(llvm::StringRef Path) const;
};

/// The top-level keys that name bases: `extends:`, `base:`, `defaults:`.
bool isBaseKey(llvm::StringRef Key);

/// Parses every file of \p RelPaths below \p Root and resolves `extends`.
/// A file that cannot be parsed, a missing, cyclic or escaping base: each
/// becomes a notification in \p Problems, and everything else is kept.
ConfigSet loadConfigSet(llvm::StringRef Root,
                        const std::vector<std::string> &RelPaths,
                        std::vector<report::Notification> &Problems);

/// Converts a LocatedError (or any other error) into a notification.
report::Notification toNotification(llvm::Error Err, const std::string &Id,
                                    const std::string &FallbackPath);

} // namespace bel::config

#endif // BEL_CONFIG_CONFIGSET_H
