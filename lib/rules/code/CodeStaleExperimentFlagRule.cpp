//===- CodeStaleExperimentFlagRule.cpp - code-stale-experiment-flag -------===//
#include "rules/code/CodeStaleExperimentFlagRule.h"
#include "rules/code/ExperimentFlags.h"
#include "rules/config/KeyCoverage.h"

#include <algorithm>
#include <set>

namespace bel::rules::code {

void CodeStaleExperimentFlagRule::check(const facts::Program &P,
                                        FindingSink &Sink) {
  std::set<std::vector<std::string>> Done;
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::ConfigRead &R : TU.Reads) {
      if (!R.Anchored || R.Kind == facts::ReadKind::Subtree ||
          !isExperimentFlag(R.Keys, *P.Manifest) || Done.count(R.Keys))
        continue;
      // An experiment flag selects a code path: a setting no branch decides
      // on is an option, whatever its name.
      bool Branched = std::any_of(
          TU.Branches.begin(), TU.Branches.end(),
          [&](const facts::Branch &B) { return within(R.Loc, B.Value); });
      if (!Branched)
        continue;
      // Only a flag some config could set: one the stage's configs are known for.
      if (configsOfRead(R, TU, P).empty())
        continue;
      Done.insert(R.Keys);
      // Every config of the project that could set it.
      std::vector<report::Note> Settings;
      std::set<std::string> Values;
      for (const config::EffectiveConfig &C : P.Configs->Configs) {
        if (!facts::apiReadsFormat(R.Api, C.Format) ||
            (P.Configs->isExtended(C.Path) && P.stagesOf(C.Path).empty()))
          continue;
        if (const config::MapEntry *E = findEntry(C.Root, R.Keys, P.Aliases)) {
          Values.insert(E->Value.isScalar() ? E->Value.Value : "<tree>");
          Settings.push_back({E->KeyLoc, "set to " +
                                             (E->Value.isScalar() ? E->Value.Value
                                                                  : std::string("a tree")) +
                                             " in '" + C.Path + "'"});
        }
      }
      report::Finding F;
      F.Loc = R.Loc;
      std::string Key = dotted(R.Keys);
      if (Settings.empty())
        F.Message = "experiment flag '" + Key + "' is set by no config: it is " +
                    (R.HasDefault ? "always its default, " + R.Default
                                  : std::string("never set"));
      else if (Values.size() == 1)
        F.Message = "experiment flag '" + Key + "' is set to " + *Values.begin() +
                    " by every config that sets it ([" +
                    std::to_string(Settings.size()) + " setting" +
                    (Settings.size() == 1 ? "" : "s") + "](1))";
      else
        continue; // The experiment still varies.
      F.Related = Settings;
      Sink.report(std::move(F));
    }
}

std::unique_ptr<Rule> createCodeStaleExperimentFlagRule() {
  return std::make_unique<CodeStaleExperimentFlagRule>();
}

} // namespace bel::rules::code
