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

/// A fact about the configs that must hold (config-assert).
///   - count: configs | keys | stages   how many there are (keys: per config)
///     items: KEY                       entries of the list or mapping at KEY
///     value: KEY                       the number at KEY
///   - compared with min / max / equals (numbers) or equals_key (another
///     key of the same config), in the configs matching `configs` (globs,
///     default: every config)
struct AssertSpec {
  enum Subject { CountConfigs, CountKeys, CountStages, Items, Value };
  Subject What = CountConfigs;
  std::string Key; ///< For Items and Value, dotted.
  std::optional<double> Min, Max, Equals;
  std::string EqualsKey;
  std::vector<std::string> Configs; ///< Globs; empty: all.
  report::Location Loc;             ///< The entry in .bel.yaml.
};

/// The review a config change needs (config-unreviewed-change). Without a
/// `review:` entry only untracked configs are reported.
struct ReviewPolicy {
  bool Enabled = false;
  std::vector<std::string> Paths; ///< Configs it covers (globs); empty: all.
  bool RequireClean = false;      ///< Uncommitted changes are findings.
  /// Trailers that mark a reviewed commit; empty: no trailer check.
  std::vector<std::string> Trailers = {"Reviewed-by", "Approved-by"};
  bool MergesCountAsReview = true; ///< A change merged in was reviewed.
  bool RequireOwners = false;      ///< CODEOWNERS must cover each config.
  report::Location Loc;
};

/// What the manifest says about the datasets a glob matches (`datasets:`).
struct DatasetSpec {
  std::string Glob;                   ///< A path, or a glob of paths.
  /// The stages that may read it; unset: any stage (no consumers declared).
  std::optional<std::vector<std::string>> Consumers;
  bool Unstable = false;              ///< Its content changes under readers.
  std::string Owner;                  ///< Who produces it, for messages.
  std::string Pinned;                 ///< The version readers are pinned to.
  bool ProducedByModel = false;       ///< Holds a model's predictions.
  bool Model = false;                 ///< A model artifact (`kind: model`).
  report::Location Loc;               ///< The entry's key in .bel.yaml.
};

/// pipeline-jungle: which datasets are scratch intermediates, and how many
/// of them in a row a pipeline may pass through.
struct JunglePolicy {
  bool Enabled = false;
  std::vector<std::string> Scratch;   ///< Globs of scratch datasets.
  unsigned MaxScratchHops = 1;
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
  std::vector<report::Location> RulePackLocs; ///< One per RulePacks entry.
  /// Per-rule level; std::nullopt means "off".
  std::map<std::string, std::optional<report::Level>> RuleLevels;
  std::map<std::string, report::Location> RuleLevelLocs;
  std::vector<StageSpec> Stages;
  std::vector<AssertSpec> Asserts;
  ReviewPolicy Review;
  /// Globs over dotted keys (or flag names) that name experiment flags; unset:
  /// bel's defaults (keys under experiment/experiments, exp_*, enable_*,
  /// use_*); an empty list: no experiment flags at all.
  std::optional<std::vector<std::string>> ExperimentFlags;
  /// code-glue: a function is glue from this share of glue statements, and
  /// when it has at least this many statements.
  double GlueThreshold = 0.5;
  unsigned GlueMinStatements = 3;
  /// Datasets and model artifacts, in manifest order; the first entry whose
  /// glob matches a dataset describes it.
  std::vector<DatasetSpec> Datasets;
  /// Globs of outputs that leave the pipeline (data-unconsumed-output).
  std::vector<std::string> FinalOutputs;
  /// Globs of datasets every read must be pinned to a version for
  /// (data-unstable-dependency).
  std::vector<std::string> PinnedDatasets;
  JunglePolicy Jungle;
  /// The entry describing \p Dataset, or null.
  const DatasetSpec *dataset(const std::string &Dataset) const;

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
