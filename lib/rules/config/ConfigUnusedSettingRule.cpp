//===- ConfigUnusedSettingRule.cpp - config-unused-setting ----------------===//
#include "rules/config/ConfigUnusedSettingRule.h"
#include "rules/config/KeyCoverage.h"

#include <map>
#include <optional>
#include <set>

namespace bel::rules::config {
namespace {

using bel::config::ConfigNode;
using bel::config::EffectiveConfig;
using bel::config::MapEntry;
using report::Location;

/// What is known of one key, by the position that set it.
struct KeyState {
  KeyPath Key;
  Location Loc;
  unsigned Seen = 0;     ///< Configs that hold the key.
  unsigned UnusedIn = 0; ///< Configs in which nothing reads it.
  /// Its parent's position in each config (none for top-level keys).
  std::set<std::optional<Location>> Parents;
  std::vector<report::Note> LoadedBy;

  bool unusedEverywhere() const { return UnusedIn == Seen; }
};

class UnusedFinder {
public:
  UnusedFinder(const facts::Program &P) : P(P) {}

  /// Records, for every key of \p C, whether any read covers it.
  void judge(const EffectiveConfig &C) {
    std::vector<const facts::ConfigRead *> Reads = readsFor(C);
    std::vector<report::Note> LoadedBy;
    for (const facts::Stage *S : P.stagesOf(C.Path)) {
      auto It = S->LoadSites.find(C.Path);
      if (It != S->LoadSites.end())
        for (const Location &L : It->second)
          LoadedBy.push_back({L, "'" + C.Path + "' is loaded by stage '" +
                                     S->Name + "' here"});
    }
    KeyPath Path;
    visit(C.Root, std::nullopt, Path, C.Path, Reads, LoadedBy);
  }

  /// The topmost keys that no config reads: their parent is read somewhere.
  std::vector<const KeyState *> topmostUnused() const {
    std::vector<const KeyState *> Out;
    for (const auto &[Loc, K] : Keys) {
      if (!K.unusedEverywhere())
        continue;
      bool UnderUsedParent = false;
      for (const std::optional<Location> &Parent : K.Parents)
        UnderUsedParent |= !Parent || !Keys.at(*Parent).unusedEverywhere();
      if (UnderUsedParent)
        Out.push_back(&K);
    }
    return Out;
  }

  std::map<Location, KeyState> Keys;

private:
  /// The reads that may read \p C: those of the stages tied to it (all,
  /// when none is), through an API that reads files of its format.
  std::vector<const facts::ConfigRead *>
  readsFor(const bel::config::EffectiveConfig &C) {
    std::vector<const facts::TUFacts *> TUs;
    std::vector<const facts::Stage *> Stages = P.stagesOf(C.Path);
    if (Stages.empty())
      for (const facts::TUFacts &TU : P.TUs)
        TUs.push_back(&TU);
    for (const facts::Stage *S : Stages)
      for (const facts::TUFacts *TU : P.tusOf(*S))
        TUs.push_back(TU);
    std::vector<const facts::ConfigRead *> Reads;
    for (const facts::TUFacts *TU : TUs)
      for (const facts::ConfigRead &R : TU->Reads)
        if (facts::apiReadsFormat(R.Api, C.Format))
          Reads.push_back(&R);
    return Reads;
  }

  /// Returns whether anything at or below \p Node is read.
  bool visit(const ConfigNode &Node, const std::optional<Location> &Parent,
             KeyPath &Path, const std::string &Config,
             const std::vector<const facts::ConfigRead *> &Reads,
             const std::vector<report::Note> &LoadedBy) {
    bool AnyUsed = false;
    for (const MapEntry &E : Node.Entries) {
      Path.push_back(E.Key);
      bool Used = false;
      for (const facts::ConfigRead *R : Reads)
        if ((Used = readCovers(*R, Config, Path, P.Aliases)))
          break;
      Used |= visit(E.Value, E.KeyLoc, Path, Config, Reads, LoadedBy);
      KeyState &K = Keys[E.KeyLoc];
      K.Key = Path;
      K.Loc = E.KeyLoc;
      ++K.Seen;
      K.Parents.insert(Parent);
      if (!Used) {
        ++K.UnusedIn;
        if (K.LoadedBy.empty())
          K.LoadedBy = LoadedBy;
      }
      AnyUsed |= Used;
      Path.pop_back();
    }
    return AnyUsed;
  }

  const facts::Program &P;
};

} // namespace

void ConfigUnusedSettingRule::check(const facts::Program &P,
                                    FindingSink &Sink) {
  if (!P.HasCodeFacts)
    return; // Without code, every key would look unused.
  UnusedFinder Finder(P);
  for (const EffectiveConfig &C : P.Configs->Configs) {
    // A base that only other configs extend is judged through them.
    if (P.Configs->isExtended(C.Path) && P.stagesOf(C.Path).empty())
      continue;
    Finder.judge(C);
  }
  // An inherited key is unused only if it is unused everywhere it goes.
  for (const KeyState *K : Finder.topmostUnused()) {
    report::Finding F;
    F.Message = "key '" + dotted(K->Key) + "' is set but no code reads it";
    F.Loc = K->Loc;
    F.Related = K->LoadedBy;
    Sink.report(std::move(F));
  }
}

std::unique_ptr<Rule> createConfigUnusedSettingRule() {
  return std::make_unique<ConfigUnusedSettingRule>();
}

} // namespace bel::rules::config
