//===- Lint.cpp - one bel-lint run, from options to a Report --------------===//
#include "lint/Lint.h"
#include "config/Glob.h"
#include "config/RulePack.h"
#include "facts/FactsCache.h"
#include "facts/FactsFile.h"
#include "lint/Suppressions.h"
#include "report/Fingerprint.h"
#include "report/RuleCatalog.h"
#include "rules/Rule.h"
#include "support/RootFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace bel::lint {
namespace {

using report::Notification;

std::vector<config::RulePack> loadPacks(const std::string &Root,
                                        const config::Manifest &M,
                                        std::vector<Notification> &Problems,
                                        std::string &PacksText) {
  std::vector<config::RulePack> Packs = config::builtinRulePacks();
  for (size_t I = 0; I < M.RulePacks.size(); ++I) {
    const std::string &Rel = M.RulePacks[I];
    auto Buf = support::readRootFile(Root, Rel);
    if (!Buf) {
      Problems.push_back(Notification{
          "bel-rule-pack-error", report::Level::Error,
          "rule pack '" + Rel + "' is " + llvm::toString(Buf.takeError()),
          I < M.RulePackLocs.size() ? M.RulePackLocs[I]
                                    : report::Location{M.Path}});
      continue;
    }
    PacksText += Rel + '\0' + (*Buf)->getBuffer().str() + '\0';
    Packs.push_back(
        config::parseRulePack(config::normalizePath(Rel), (*Buf)->getBuffer(),
                              Problems));
  }
  return Packs;
}

std::string absolute(const std::string &Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P.str());
}

} // namespace

int splitCompilerFlags(int Argc, const char **Argv,
                       std::optional<std::vector<std::string>> &FixedArgs) {
  for (int I = 1; I < Argc; ++I)
    if (llvm::StringRef(Argv[I]) == "--") {
      FixedArgs = std::vector<std::string>(Argv + I + 1, Argv + Argc);
      return I;
    }
  return Argc;
}

llvm::Expected<std::unique_ptr<Analysis>> analyze(const LintOptions &Opts) {
  auto A = std::make_unique<Analysis>();
  llvm::SmallString<256> Real;
  if (std::error_code EC = llvm::sys::fs::real_path(Opts.Root, Real))
    return llvm::createStringError(EC, "%s: cannot open the project root: %s",
                                   Opts.Root.c_str(), EC.message().c_str());
  if (!llvm::sys::fs::is_directory(Real))
    return llvm::createStringError(std::errc::not_a_directory,
                                   "%s: the project root is not a directory",
                                   Opts.Root.c_str());
  A->RootRealPath = std::string(Real.str());
  const std::string &Root = A->RootRealPath;

  A->Manifest = config::loadManifest(Root, A->Problems);
  std::string PacksText;
  std::vector<config::RulePack> Packs =
      loadPacks(Root, A->Manifest, A->Problems, PacksText);

  std::vector<std::string> ConfigFiles =
      config::findFiles(Root, A->Manifest.Configs, A->Manifest.Exclude);
  // Configs named by stages in the manifest count even outside the globs.
  for (const config::StageSpec &S : A->Manifest.Stages)
    for (const std::string &C : S.Configs) {
      llvm::SmallString<256> Full(Root);
      llvm::sys::path::append(Full, C);
      if (llvm::sys::fs::exists(Full))
        ConfigFiles.push_back(config::normalizePath(C));
      else
        A->Problems.push_back(Notification{
            "bel-manifest-error", report::Level::Error,
            "stage '" + S.Name + "' names config '" + C +
                "', which does not exist",
            S.Loc});
    }
  A->Configs = config::loadConfigSet(Root, ConfigFiles, A->Problems);
  A->AnythingAnalyzed = !A->Configs.Configs.empty();

  std::vector<facts::TUFacts> TUs;
  bool HasCode = false;
  std::string CacheDir;
  if (!Opts.CacheDir.empty()) {
    llvm::SmallString<256> Dir(Opts.CacheDir);
    if (!llvm::sys::path::is_absolute(Dir))
      Dir = (llvm::Twine(Root) + "/" + Opts.CacheDir).str();
    CacheDir = std::string(Dir.str());
  }
  if (Opts.ConfigOnly && !CacheDir.empty() &&
      llvm::sys::fs::exists(facts::factsCachePath(CacheDir))) {
    if (auto Cached = facts::readFactsCache(CacheDir)) {
      TUs = std::move(*Cached);
      HasCode = true;
    } else {
      A->Problems.push_back(Notification{"bel-cache-error",
                                         report::Level::Warning,
                                         llvm::toString(Cached.takeError()),
                                         std::nullopt});
    }
  }
  if (Opts.ConfigOnly && !HasCode)
    A->Problems.push_back(Notification{
        "bel-no-code-facts", report::Level::Note,
        "no cached facts about the C++ code: the checks that compare configs "
        "with the code (unused, missing and mistyped settings, values equal "
        "to code defaults) were skipped; a full run with a compilation "
        "database caches the facts",
        std::nullopt});
  if (!Opts.MergeFiles.empty()) {
    // The shards' facts stand in for the parse; what their parses
    // reported travels with them.
    for (const std::string &Path : Opts.MergeFiles) {
      auto Shard = facts::readFactsFile(Path);
      if (!Shard) {
        // Facts files come from elsewhere (CI artifacts): shown as given,
        // or relative to the root when they lie in it.
        std::string Shown = support::shownPath(Root, Path);
        Notification N{"bel-facts-error", report::Level::Error, "",
                       report::Location{Shown}};
        llvm::handleAllErrors(
            Shard.takeError(), [&](const facts::FactsFileError &E) {
              N.Message = E.why();
              if (E.line())
                N.Loc = report::Location{Shown, E.line(), E.column()};
            });
        A->Problems.push_back(std::move(N));
        continue;
      }
      for (facts::TUFacts &TU : Shard->TUs)
        TUs.push_back(std::move(TU));
      for (Notification &N : Shard->Problems)
        A->Problems.push_back(std::move(N));
    }
    // One TU in two shards' files counts once.
    std::stable_sort(TUs.begin(), TUs.end(),
                     [](const facts::TUFacts &X, const facts::TUFacts &Y) {
                       return X.File < Y.File;
                     });
    TUs.erase(std::unique(TUs.begin(), TUs.end(),
                          [](const facts::TUFacts &X, const facts::TUFacts &Y) {
                            return X.File == Y.File;
                          }),
              TUs.end());
    HasCode = !TUs.empty();
    A->AnythingAnalyzed |= HasCode;
  } else if (!Opts.ConfigOnly) {
    analysis::FrontendOptions F;
    F.Root = Root;
    F.BuildDir = Opts.BuildDir;
    F.FixedArgs = Opts.FixedArgs;
    for (const std::string &File : Opts.Files)
      F.Files.push_back(absolute(File));
    F.SourceGlobs = A->Manifest.Sources;
    F.ExcludeGlobs = A->Manifest.Exclude;
    F.ResourceDir = Opts.ResourceDir;
    F.Argv0 = Opts.Argv0;
    F.Jobs = Opts.Jobs;
    F.Progress = Opts.Progress;
    F.CacheDir = CacheDir;
    F.CacheMaxAge = std::chrono::hours(24) * Opts.CacheMaxAgeDays;
    F.Shard = Opts.Shard;
    F.PacksKey = PacksText;
    analysis::MapResult Map = analysis::runMap(F, Packs);
    if (Opts.Shard.second > 0)
      A->ShardProblems = Map.Problems;
    for (Notification &N : Map.Problems)
      A->Problems.push_back(std::move(N));
    TUs = std::move(Map.Facts);
    // File order, as a merge of shards sees it.
    std::stable_sort(TUs.begin(), TUs.end(),
                     [](const facts::TUFacts &X, const facts::TUFacts &Y) {
                       return X.File < Y.File;
                     });
    HasCode = Map.Analyzed > 0;
    if (Opts.Shard.second > 0)
      A->ShardTUs = TUs;
    A->FromCache = Map.Cached;
    A->Parsed = Map.Analyzed - Map.Cached;
    A->CachePruned = Map.Pruned;
    A->AnythingAnalyzed |= HasCode;
    // Only a run that saw every TU may stand in for the whole program.
    if (HasCode && Opts.Files.empty() && Opts.Shard.second == 0 && !CacheDir.empty())
      if (llvm::Error Err = facts::writeFactsCache(CacheDir, TUs))
        A->Problems.push_back(Notification{"bel-cache-error",
                                           report::Level::Warning,
                                           llvm::toString(std::move(Err)),
                                           std::nullopt});
  }
  config::KeyAliases Aliases;
  for (const config::RulePack &Pack : Packs)
    for (const std::vector<std::string> &Group : Pack.Aliases)
      Aliases.addGroup(Group);
  A->Program = facts::buildProgram(A->Manifest, A->Configs, std::move(TUs),
                                   HasCode, std::move(Aliases));
  if (HasCode) {
    A->Graph = std::make_unique<deps::DepGraph>(deps::buildDepGraph(A->Program));
    A->Program.Graph = A->Graph.get();
  }
  std::vector<std::string> ConfigPaths;
  for (const config::ConfigFile &F : A->Configs.Files)
    ConfigPaths.push_back(F.Path);
  if (auto History = vcs::readHistory(Root, ConfigPaths)) {
    A->History = std::move(*History);
    A->Program.History = &A->History;
  } else {
    A->Problems.push_back(Notification{"bel-git-error", report::Level::Warning,
                                       llvm::toString(History.takeError()),
                                       std::nullopt});
  }
  return std::move(A);
}

report::Report runRules(const Analysis &A, const LintOptions &Opts) {
  report::Report R;
  R.Notifications = A.Problems;
  for (const rules::RegisteredRule &Reg : rules::registeredRules()) {
    const report::RuleInfo *Info = report::findRule(Reg.Id);
    report::Level Level = Info ? Info->DefaultLevel : report::Level::Warning;
    auto Configured = A.Manifest.RuleLevels.find(Reg.Id);
    if (!Opts.OnlyRules.empty()) {
      if (std::find(Opts.OnlyRules.begin(), Opts.OnlyRules.end(), Reg.Id) ==
          Opts.OnlyRules.end())
        continue;
    } else if (Configured != A.Manifest.RuleLevels.end() &&
               !Configured->second) {
      continue; // Switched off in the manifest.
    }
    if (Configured != A.Manifest.RuleLevels.end() && Configured->second)
      Level = *Configured->second;
    R.Rules.push_back({Reg.Id, Level});
    rules::FindingSink Sink(Reg.Id, Level, R.Findings);
    Reg.Create()->check(A.Program, Sink);
  }
  // A level for a rule bel does not have is a typo worth knowing about.
  for (const auto &[Id, Loc] : A.Manifest.RuleLevelLocs)
    if (!report::findRule(Id))
      R.Notifications.push_back(Notification{
          "bel-manifest-error", report::Level::Error,
          "unknown rule '" + Id + "' in 'rules'", Loc});
  // What the manifest excludes is not reported on, even when a header of it
  // is seen through a TU that is analyzed.
  R.Findings.erase(std::remove_if(R.Findings.begin(), R.Findings.end(),
                                  [&](const report::Finding &F) {
                                    for (const std::string &G : A.Manifest.Exclude)
                                      if (config::globMatch(G, F.Loc.Path))
                                        return true;
                                    return false;
                                  }),
                   R.Findings.end());
  report::sortAndDeduplicate(R.Findings);
  report::sortAndDeduplicate(R.Notifications);
  report::SourceCache Sources(A.RootRealPath);
  report::assignFingerprints(R.Findings, Sources);
  // Suppression comments count in every file bel read, so that a stale one
  // is found even where nothing is reported any more.
  std::vector<std::string> Files;
  for (const config::ConfigFile &F : A.Configs.Files)
    Files.push_back(F.Path);
  for (const facts::TUFacts &TU : A.Program.TUs)
    Files.push_back(TU.File);
  applySuppressions(R, Files, Sources);
  report::sortAndDeduplicate(R.Notifications);
  return R;
}

int exitCodeFor(const report::Report &R, bool AnythingAnalyzed,
                report::Level FailOn) {
  if (!AnythingAnalyzed)
    return 2;
  for (const report::Finding &F : R.Findings)
    if (!F.Suppressed && F.Severity >= FailOn &&
        F.Baseline.value_or(report::BaselineState::New) ==
            report::BaselineState::New)
      return 1;
  for (const Notification &N : R.Notifications)
    if (N.Severity == report::Level::Error)
      return 1;
  return 0;
}

} // namespace bel::lint
