//===- ExperimentFlags.cpp - what the code rules share about flags --------===//
#include "rules/code/ExperimentFlags.h"
#include "config/Glob.h"
#include "rules/config/KeyCoverage.h"

namespace bel::rules {

bool isExperimentFlag(const std::vector<std::string> &Keys,
                      const config::Manifest &M) {
  if (Keys.empty())
    return false;
  if (M.ExperimentFlags) {
    std::string Dotted = dotted(Keys);
    for (const std::string &G : *M.ExperimentFlags)
      if (config::globMatch(G, Dotted))
        return true;
    return false;
  }
  for (size_t I = 0; I + 1 < Keys.size(); ++I)
    if (Keys[I] == "experiment" || Keys[I] == "experiments")
      return true;
  llvm::StringRef Last = Keys.back();
  return Last.startswith("exp_") || Last.startswith("enable_") ||
         Last.startswith("use_");
}

bool within(const report::Location &L, const report::Location &Range) {
  auto Start = std::make_pair(Range.Line, Range.Column);
  auto End = std::make_pair(Range.EndLine, Range.EndColumn);
  auto At = std::make_pair(L.Line, L.Column);
  return L.Path == Range.Path && Start <= At && At < End;
}

std::vector<SettingValue> valuesOf(const facts::ConfigRead &R,
                                   const facts::TUFacts &TU,
                                   const facts::Program &P) {
  std::vector<SettingValue> Out;
  std::vector<std::string> Configs = configsOfRead(R, TU, P);
  if (!R.Anchored)
    return Out;
  for (const std::string &Path : Configs) {
    const config::EffectiveConfig *C = P.Configs->find(Path);
    const config::MapEntry *E = C ? findEntry(C->Root, R.Keys, P.Aliases) : nullptr;
    if (E && E->Value.isScalar())
      Out.push_back({E->Value.Value, false, E->KeyLoc, Path});
    else if (E || !R.HasDefault || R.Default.empty())
      return {}; // A list, a mapping, or a key no default stands in for.
  }
  if (R.HasDefault && !R.Default.empty())
    Out.push_back({R.Default, true, std::nullopt, ""});
  return Out;
}

} // namespace bel::rules
