//===- Lint.h - one bel-lint run, from options to a Report -----*- C++ -*-===//
//
// The driver both tools share: read the manifest and rule packs, load and
// resolve configs, map every TU to facts, reduce them into a Program, run the
// enabled rules, and hand back a sorted, fingerprinted Report.
//===----------------------------------------------------------------------===//
#ifndef BEL_LINT_LINT_H
#define BEL_LINT_LINT_H

#include "analysis/Frontend.h"
#include "config/ConfigSet.h"
#include "config/Manifest.h"
#include "deps/DepGraph.h"
#include "facts/Program.h"
#include "report/Report.h"
#include "vcs/GitHistory.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bel::lint {

struct LintOptions {
  std::string Root = ".";
  std::string BuildDir;
  std::optional<std::vector<std::string>> FixedArgs;
  std::vector<std::string> Files; ///< As given on the command line.
  std::string ResourceDir;
  std::string Argv0;
  bool ConfigOnly = false;
  unsigned Jobs = 0;      ///< TUs parsed at once; 0: one per core.
  bool Progress = false;  ///< A progress line on stderr (a terminal).
  /// Where full runs leave their facts for --config-only; relative paths
  /// are taken from the root. Empty: no cache.
  std::string CacheDir = ".bel-cache";
  /// Per-TU entries of the cache that no run used for this many days are
  /// removed at the end of a run; 0 keeps only what this run used.
  unsigned CacheMaxAgeDays = analysis::DefaultCacheMaxAgeDays;
  /// --shard K/N: parse only that slice of the TUs ({0, 0}: all).
  std::pair<unsigned, unsigned> Shard = {0, 0};
  /// `bel-lint merge`: the facts files of the shards, used instead of
  /// parsing anything.
  std::vector<std::string> MergeFiles;
  /// Run only these rules (tests use it); empty: the manifest decides.
  std::vector<std::string> OnlyRules;
};

/// Everything one analysis produced; the Program points into the owned
/// manifest and configs.
struct Analysis {
  std::string RootRealPath;
  config::Manifest Manifest;
  config::ConfigSet Configs;
  facts::Program Program;
  vcs::ConfigHistory History;
  std::unique_ptr<deps::DepGraph> Graph; ///< Set when code was analyzed.
  std::vector<report::Notification> Problems;
  bool AnythingAnalyzed = false;
  unsigned Parsed = 0, FromCache = 0; ///< TUs parsed, and read from the cache.
  unsigned CachePruned = 0;           ///< Stale cache entries removed.
  /// With --shard: the facts as the map step gave them (before the reduce
  /// step links them) and the problems of the parse, for --facts-out.
  std::vector<facts::TUFacts> ShardTUs;
  std::vector<report::Notification> ShardProblems;
};

/// Splits a command line at "--": what follows are compiler flags for every
/// source, as in clang-tidy. Returns the count of arguments before "--"
/// (argc when there is none) and sets \p FixedArgs when there is one.
int splitCompilerFlags(int Argc, const char **Argv,
                       std::optional<std::vector<std::string>> &FixedArgs);

/// Reads the project and links its facts (no rules run). Errors only for
/// a root that does not exist.
llvm::Expected<std::unique_ptr<Analysis>> analyze(const LintOptions &Opts);

/// Runs the enabled rules over \p A and builds the Report (its RunInfo is
/// left for the tool to fill).
report::Report runRules(const Analysis &A, const LintOptions &Opts);

/// The process exit code: 2 when nothing could be analyzed, 1 when a finding
/// (neither suppressed nor in the baseline) is at \p FailOn or above or an
/// error notification was given, else 0.
int exitCodeFor(const report::Report &R, bool AnythingAnalyzed,
                report::Level FailOn);

} // namespace bel::lint

#endif // BEL_LINT_LINT_H
