//===- Manifest.h - the project manifest .bel.yaml --------------*- C++ -*-===//
//
// Every key is optional. An unknown or misspelled key is an error at its
// file:line:col (with a suggestion), and the rest of the manifest still
// applies: bel practises the configuration hygiene it preaches.
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_MANIFEST_H
#define BEL_CONFIG_MANIFEST_H

#include "report/Finding.h"

#include "llvm/ADT/StringRef.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bel::config {

/// A stage the manifest declares or refines.
struct StageSpec {
  std::string Name;
  std::string Main;                 ///< The TU that defines its main().
  std::vector<std::string> Configs; ///< Configs it loads (paths).
  report::Location Loc;
};

/// What .bel.yaml says; every default lives here.
struct Manifest {
  static constexpr const char *FileName = ".bel.yaml";

  /// Globs of C++ sources to analyze; empty: every TU of the database.
  std::vector<std::string> Sources;
  std::vector<std::string> Exclude;
  std::vector<std::string> Configs = {"configs/**/*.{yaml,yml,json}"};
  std::vector<std::string> RulePacks;
  /// Per-rule level; std::nullopt means "off".
  std::map<std::string, std::optional<report::Level>> RuleLevels;
  std::map<std::string, report::Location> RuleLevelLocs;
  std::vector<StageSpec> Stages;
  /// Where the manifest was read from ("" when there is none).
  std::string Path;
};

/// The manifest keys and what each holds, for --help and the README.
const std::vector<std::pair<std::string, std::string>> &manifestKeys();

/// Reads .bel.yaml below \p Root; a missing file gives the defaults.
/// Problems (syntax, unknown keys, wrong types) go to \p Problems.
Manifest loadManifest(llvm::StringRef Root,
                      std::vector<report::Notification> &Problems);

/// Parses manifest text (for tests).
Manifest parseManifest(llvm::StringRef Path, llvm::StringRef Text,
                       std::vector<report::Notification> &Problems);

} // namespace bel::config

#endif // BEL_CONFIG_MANIFEST_H
