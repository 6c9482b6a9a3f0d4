//===- Manifest.cpp - the project manifest .bel.yaml ----------------------===//
#include "config/Manifest.h"

#include "config/ConfigNode.h"
#include "config/ConfigSet.h"
#include "config/Glob.h"
#include "support/RootFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cmath>

namespace bel::config {
namespace {

using report::Notification;

class ManifestReader {
public:
  ManifestReader(Manifest &M, std::vector<Notification> &Problems)
      : M(M), Problems(Problems) {}

  void read(const ConfigNode &Root) {
    if (Root.NodeKind == ConfigNode::Null)
      return;
    if (!Root.isMapping())
      return error(Root.Loc, "the manifest must be a mapping of keys");
    for (const MapEntry &E : Root.Entries) {
      if (E.Key == "sources")
        globs(E, M.Sources);
      else if (E.Key == "exclude")
        globs(E, M.Exclude);
      else if (E.Key == "configs")
        globs(E, M.Configs);
      else if (E.Key == "rule_packs")
        strings(E, M.RulePacks, &M.RulePackLocs);
      else if (E.Key == "rules")
        rules(E);
      else if (E.Key == "stages")
        stages(E);
      else if (E.Key == "asserts")
        asserts(E);
      else if (E.Key == "review")
        review(E);
      else if (E.Key == "experiment_flags")
        globs(E, M.ExperimentFlags.emplace());
      else if (E.Key == "glue")
        glue(E);
      else if (E.Key == "datasets")
        datasets(E);
      else if (E.Key == "final_outputs")
        globs(E, M.FinalOutputs);
      else if (E.Key == "pinned_datasets")
        globs(E, M.PinnedDatasets);
      else if (E.Key == "jungle")
        jungle(E);
      else
        unknown(E, topKeys());
    }
  }

private:
  static std::vector<std::string> topKeys() {
    std::vector<std::string> Keys;
    for (const auto &[Key, Doc] : manifestKeys())
      Keys.push_back(Key);
    return Keys;
  }

  void error(const report::Location &Loc, const std::string &Message) {
    Problems.push_back(
        Notification{"bel-manifest-error", report::Level::Error, Message, Loc});
  }

  void unknown(const MapEntry &E, const std::vector<std::string> &Known) {
    std::string Best;
    unsigned BestDist = 3; // Suggest only close spellings.
    for (const std::string &K : Known) {
      unsigned D = llvm::StringRef(E.Key).edit_distance(K);
      if (D < BestDist) {
        BestDist = D;
        Best = K;
      }
    }
    std::string Message = "unknown manifest key '" + E.Key + "'";
    if (!Best.empty())
      Message += "; did you mean '" + Best + "'?";
    error(E.KeyLoc, Message);
  }

  /// \p Locs, when given, gets the position of each string.
  void strings(const MapEntry &E, std::vector<std::string> &Out,
               std::vector<report::Location> *Locs = nullptr) {
    if (Locs)
      Locs->clear();
    if (E.Value.isScalar()) {
      Out = {E.Value.Value};
      if (Locs)
        Locs->push_back(E.Value.Loc);
      return;
    }
    if (!E.Value.isSequence())
      return error(E.Value.Loc, "'" + E.Key + "' takes a list of strings");
    Out.clear();
    for (const ConfigNode &Item : E.Value.Items) {
      if (!Item.isScalar()) {
        error(Item.Loc, "'" + E.Key + "' takes a list of strings");
        continue;
      }
      Out.push_back(Item.Value);
      if (Locs)
        Locs->push_back(Item.Loc);
    }
  }

  /// strings() of globs, each checked against globMatch's limits.
  void globs(const MapEntry &E, std::vector<std::string> &Out) {
    std::vector<report::Location> Locs;
    strings(E, Out, &Locs);
    for (size_t I = 0; I < Out.size() && I < Locs.size(); ++I)
      checkGlob(Out[I], Locs[I]);
  }

  void checkGlob(const std::string &Glob, const report::Location &Loc) {
    std::string Problem = globLimitProblem(Glob);
    if (!Problem.empty())
      error(Loc, Problem);
  }

  void rules(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'rules' maps rule ids to error, warning, "
                                "note or off");
    for (const MapEntry &R : E.Value.Entries) {
      const std::string &V = R.Value.Value;
      if (V == "off") {
        M.RuleLevels[R.Key] = std::nullopt;
      } else if (auto L = report::parseLevel(V)) {
        M.RuleLevels[R.Key] = *L;
      } else {
        error(R.Value.Loc, "level of '" + R.Key + "' must be error, warning, "
                           "note or off, not '" + V + "'");
        continue;
      }
      M.RuleLevelLocs[R.Key] = R.KeyLoc;
    }
  }

  bool number(const ConfigNode &V, std::optional<double> &Out) {
    double D;
    if (!V.isScalar() ||
        (V.Type != ScalarType::Int && V.Type != ScalarType::Float) ||
        llvm::StringRef(V.Value).getAsDouble(D)) {
      error(V.Loc, "expected a number");
      return false;
    }
    Out = D;
    return true;
  }

  /// A whole number from \p Min to 1,000,000 (a count of statements or
  /// hops; anything larger is a typo, and would not fit an unsigned).
  bool count(const ConfigNode &V, unsigned Min, unsigned &Out) {
    std::optional<double> N;
    if (!number(V, N))
      return false;
    if (!(*N >= Min && *N <= 1e6) || *N != std::floor(*N)) { // NaN fails too
      error(V.Loc, "expected a whole number from " + std::to_string(Min) +
                       " to 1000000");
      return false;
    }
    Out = unsigned(*N);
    return true;
  }

  void asserts(const MapEntry &E) {
    if (!E.Value.isSequence())
      return error(E.Value.Loc, "'asserts' takes a list of facts");
    for (const ConfigNode &Item : E.Value.Items) {
      if (!Item.isMapping()) {
        error(Item.Loc, "an assert is a mapping (count/items/value with "
                        "min/max/equals/equals_key)");
        continue;
      }
      AssertSpec A;
      A.Loc = Item.Loc;
      unsigned Subjects = 0;
      bool Compared = false, Ok = true;
      for (const MapEntry &F : Item.Entries) {
        if (F.Key == "count") {
          ++Subjects;
          if (F.Value.Value == "configs")
            A.What = AssertSpec::CountConfigs;
          else if (F.Value.Value == "keys")
            A.What = AssertSpec::CountKeys;
          else if (F.Value.Value == "stages")
            A.What = AssertSpec::CountStages;
          else {
            error(F.Value.Loc, "count takes configs, keys or stages");
            Ok = false;
          }
        } else if (F.Key == "items" || F.Key == "value") {
          ++Subjects;
          A.What = F.Key == "items" ? AssertSpec::Items : AssertSpec::Value;
          A.Key = F.Value.Value;
        } else if (F.Key == "min" || F.Key == "max" || F.Key == "equals") {
          Compared = true;
          Ok &= number(F.Value, F.Key == "min"   ? A.Min
                                : F.Key == "max" ? A.Max
                                                 : A.Equals);
        } else if (F.Key == "equals_key") {
          Compared = true;
          A.EqualsKey = F.Value.Value;
        } else if (F.Key == "configs") {
          globs(F, A.Configs);
        } else {
          unknown(F, {"count", "items", "value", "min", "max", "equals",
                      "equals_key", "configs"});
          Ok = false;
        }
      }
      if (Subjects != 1) {
        error(Item.Loc, "an assert names exactly one of count, items, value");
        Ok = false;
      } else if (!Compared) {
        error(Item.Loc, "an assert needs min, max, equals or equals_key");
        Ok = false;
      }
      if (Ok)
        M.Asserts.push_back(std::move(A));
    }
  }

  bool boolean(const ConfigNode &V, bool &Out) {
    if (V.Type != ScalarType::Bool) {
      error(V.Loc, "expected true or false");
      return false;
    }
    Out = llvm::StringRef(V.Value).equals_insensitive("true");
    return true;
  }

  void glue(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'glue' takes {threshold, min_statements}");
    for (const MapEntry &F : E.Value.Entries) {
      std::optional<double> N;
      if (F.Key == "threshold" && number(F.Value, N)) {
        if (*N <= 0 || *N > 1)
          error(F.Value.Loc, "threshold is a share between 0 and 1");
        else
          M.GlueThreshold = *N;
      } else if (F.Key == "min_statements") {
        count(F.Value, 1, M.GlueMinStatements);
      } else if (F.Key != "threshold" && F.Key != "min_statements") {
        unknown(F, {"threshold", "min_statements"});
      }
    }
  }

  void datasets(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'datasets' maps paths (or globs) to {consumers, "
                                "unstable, owner, pinned, produced_by_model, kind}");
    for (const MapEntry &D : E.Value.Entries) {
      DatasetSpec Spec;
      Spec.Glob = D.Key;
      Spec.Loc = D.KeyLoc;
      checkGlob(D.Key, D.KeyLoc);
      if (!D.Value.isMapping()) {
        error(D.Value.Loc, "dataset '" + D.Key + "' takes {consumers, unstable, "
                           "owner, pinned, produced_by_model, kind}");
        continue;
      }
      for (const MapEntry &F : D.Value.Entries) {
        if (F.Key == "consumers")
          strings(F, Spec.Consumers.emplace());
        else if (F.Key == "unstable")
          boolean(F.Value, Spec.Unstable);
        else if (F.Key == "produced_by_model")
          boolean(F.Value, Spec.ProducedByModel);
        else if (F.Key == "owner" || F.Key == "pinned") {
          if (!F.Value.isScalar() || F.Value.Value.empty())
            error(F.Value.Loc, "'" + F.Key + "' takes a string");
          else
            (F.Key == "owner" ? Spec.Owner : Spec.Pinned) = F.Value.Value;
        } else if (F.Key == "kind") {
          if (F.Value.Value != "model" && F.Value.Value != "data")
            error(F.Value.Loc, "kind must be data or model");
          Spec.Model = F.Value.Value == "model";
        } else {
          unknown(F, {"consumers", "unstable", "owner", "pinned",
                      "produced_by_model", "kind"});
        }
      }
      M.Datasets.push_back(std::move(Spec));
    }
  }

  void jungle(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'jungle' takes {scratch, max_scratch_hops}");
    M.Jungle.Enabled = true;
    M.Jungle.Loc = E.KeyLoc;
    for (const MapEntry &F : E.Value.Entries) {
      if (F.Key == "scratch")
        globs(F, M.Jungle.Scratch);
      else if (F.Key == "max_scratch_hops")
        count(F.Value, 0, M.Jungle.MaxScratchHops);
      else
        unknown(F, {"scratch", "max_scratch_hops"});
    }
    if (M.Jungle.Scratch.empty())
      error(E.KeyLoc, "'jungle' needs 'scratch': globs of scratch datasets");
  }

  void review(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'review' takes {paths, require_clean, "
                                "trailers, merges_count_as_review, codeowners}");
    ReviewPolicy &R = M.Review;
    R.Enabled = true;
    R.Loc = E.KeyLoc;
    for (const MapEntry &F : E.Value.Entries) {
      if (F.Key == "paths")
        globs(F, R.Paths);
      else if (F.Key == "require_clean")
        boolean(F.Value, R.RequireClean);
      else if (F.Key == "trailers")
        strings(F, R.Trailers);
      else if (F.Key == "merges_count_as_review")
        boolean(F.Value, R.MergesCountAsReview);
      else if (F.Key == "codeowners")
        boolean(F.Value, R.RequireOwners);
      else
        unknown(F, {"paths", "require_clean", "trailers",
                    "merges_count_as_review", "codeowners"});
    }
  }

  void stages(const MapEntry &E) {
    if (!E.Value.isMapping())
      return error(E.Value.Loc, "'stages' maps stage names to {main, configs}");
    for (const MapEntry &S : E.Value.Entries) {
      StageSpec Spec;
      Spec.Name = S.Key;
      Spec.Loc = S.KeyLoc;
      if (!S.Value.isMapping()) {
        error(S.Value.Loc, "stage '" + S.Key + "' takes {main, configs}");
        continue;
      }
      for (const MapEntry &F : S.Value.Entries) {
        if (F.Key == "main" && F.Value.isScalar())
          Spec.Main = F.Value.Value;
        else if (F.Key == "main")
          error(F.Value.Loc, "'main' takes the path of a source file");
        else if (F.Key == "configs")
          strings(F, Spec.Configs);
        else
          unknown(F, {"main", "configs"});
      }
      M.Stages.push_back(std::move(Spec));
    }
  }

  Manifest &M;
  std::vector<Notification> &Problems;
};

} // namespace

const DatasetSpec *Manifest::dataset(const std::string &Dataset) const {
  for (const DatasetSpec &D : Datasets)
    if (D.Glob == Dataset || globMatch(D.Glob, Dataset))
      return &D;
  return nullptr;
}

const std::vector<std::pair<std::string, std::string>> &manifestKeys() {
  static const std::vector<std::pair<std::string, std::string>> Keys = {
      {"sources", "globs of C++ sources to analyze (default: every TU of "
                  "the compilation database below the root)"},
      {"exclude", "globs of sources and configs to leave out"},
      {"configs", "globs of config files (default: "
                  "configs/**/*.{yaml,yml,json})"},
      {"rule_packs", "extra rule packs (YAML files of API knowledge)"},
      {"rules", "per-rule level: error, warning, note or off"},
      {"stages", "stages by name: {main: SOURCE, configs: [CONFIG...]}"},
      {"asserts", "facts that must hold: {count: configs|keys|stages, "
                  "items: KEY or value: KEY} with min/max/equals/equals_key"},
      {"review", "the review config changes need: {paths, require_clean, "
                 "trailers, merges_count_as_review, codeowners}"},
      {"glue", "code-glue: {threshold: share of glue statements (0.5), "
               "min_statements: 3}"},
      {"experiment_flags", "globs over dotted keys that name experiment flags "
                           "(default: experiment(s).*, exp_*, enable_*, use_*)"},
      {"datasets", "datasets by path or glob: {consumers: [STAGE...], "
                   "unstable, owner, pinned: VERSION, produced_by_model, "
                   "kind: data|model}"},
      {"final_outputs", "globs of outputs that leave the pipeline (read by "
                        "no stage on purpose)"},
      {"pinned_datasets", "globs of datasets whose readers must be pinned to "
                          "a version (datasets: X: {pinned: V})"},
      {"jungle", "pipeline-jungle: {scratch: [GLOB...], max_scratch_hops: 1}"},
  };
  return Keys;
}

Manifest parseManifest(llvm::StringRef Path, llvm::StringRef Text,
                       std::vector<Notification> &Problems) {
  Manifest M;
  M.Path = Path.str();
  auto File = parseYaml(Path, Text);
  if (!File) {
    Problems.push_back(
        toNotification(File.takeError(), "bel-manifest-error", Path.str()));
    return M;
  }
  ManifestReader(M, Problems).read(File->Root);
  return M;
}

Manifest loadManifest(llvm::StringRef Root,
                      std::vector<Notification> &Problems) {
  llvm::SmallString<256> Full(Root);
  llvm::sys::path::append(Full, Manifest::FileName);
  if (!llvm::sys::fs::exists(Full) && !llvm::sys::fs::is_symlink_file(Full))
    return Manifest();
  auto Buf = support::readRootFile(Root, Manifest::FileName);
  if (!Buf) {
    Problems.push_back(Notification{
        "bel-manifest-error", report::Level::Error,
        "the manifest is " + llvm::toString(Buf.takeError()) +
            "; the defaults apply",
        report::Location{Manifest::FileName, 1, 1}});
    return Manifest();
  }
  return parseManifest(Manifest::FileName, (*Buf)->getBuffer(), Problems);
}

} // namespace bel::config
