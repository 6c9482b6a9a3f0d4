//===- ConfigMissingSettingRule.cpp - config-missing-setting --------------===//
#include "rules/config/ConfigMissingSettingRule.h"
#include "rules/config/KeyCoverage.h"

namespace bel::rules::config {
namespace {

using bel::config::ConfigNode;
using bel::config::EffectiveConfig;
using bel::config::MapEntry;

/// Whether a presence test in the same function guards \p R: the program
/// checks the key (or a parent) before relying on it.
bool guarded(const facts::ConfigRead &R, const facts::TUFacts &TU) {
  for (const facts::ConfigRead &G : TU.Reads) {
    if (G.Kind != facts::ReadKind::Presence || G.Function != R.Function ||
        G.Anchored != R.Anchored || G.Keys.size() > R.Keys.size())
      continue;
    if (std::equal(G.Keys.begin(), G.Keys.end(), R.Keys.begin()))
      return true;
  }
  return false;
}

/// The deepest entry of \p Keys present in \p Root (null if none), and
/// whether the whole path is present. A non-mapping on the way is not a
/// missing key but a type question: \p Blocked is set.
const MapEntry *deepest(const ConfigNode &Root, const KeyPath &Keys,
                        const bel::config::KeyAliases &Aliases, bool &Complete,
                        bool &Blocked) {
  const ConfigNode *Node = &Root;
  const MapEntry *Last = nullptr;
  Complete = Blocked = false;
  for (const std::string &K : Keys) {
    if (!Node->isMapping()) {
      Blocked = Node->NodeKind != ConfigNode::Null || Last == nullptr;
      return Last;
    }
    const MapEntry *E = findKey(*Node, K, Aliases);
    if (!E)
      return Last;
    Last = E;
    Node = &E->Value;
  }
  Complete = true;
  return Last;
}

} // namespace

void ConfigMissingSettingRule::check(const facts::Program &P,
                                     FindingSink &Sink) {
  for (const facts::Stage &S : P.Stages) {
    if (!S.TU)
      continue;
    for (const facts::ConfigRead &R : S.TU->Reads) {
      if (!R.Anchored || R.Kind != facts::ReadKind::Value || R.HasDefault ||
          R.Keys.empty() || guarded(R, *S.TU))
        continue;
      for (const std::string &Path : configsOfRead(R, *S.TU, P)) {
        const EffectiveConfig *C = P.Configs->find(Path);
        if (!C)
          continue; // Not a config bel knows; it cannot judge.
        bool Complete, Blocked;
        const MapEntry *Near = deepest(C->Root, R.Keys, P.Aliases, Complete, Blocked);
        if (Complete || Blocked)
          continue;
        report::Finding F;
        // Point at the config: at the nearest parent key it sets itself,
        // or at its first line.
        if (Near && Near->KeyLoc.Path == C->Path)
          F.Loc = Near->KeyLoc;
        else
          F.Loc = report::Location{C->Path, 1, 1};
        F.Message = "'" + C->Path + "' does not set '" + dotted(R.Keys) +
                    "', which stage '" + S.Name +
                    "' [reads without a default](1)";
        F.Related.push_back({R.Loc, "'" + dotted(R.Keys) +
                                        "' read without a default here"});
        Sink.report(std::move(F));
      }
    }
  }
}

std::unique_ptr<Rule> createConfigMissingSettingRule() {
  return std::make_unique<ConfigMissingSettingRule>();
}

} // namespace bel::rules::config
