//===- DataUnconsumedOutputRule.cpp - data-unconsumed-output --------------===//
#include "rules/data/DataUnconsumedOutputRule.h"
#include "config/Glob.h"
#include "rules/data/DataGraph.h"

namespace bel::rules::data {

void DataUnconsumedOutputRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (size_t D = 0; D < G.size(); ++D) {
    deps::NodeInfo Data = G.info(D);
    if (!isData(Data.Kind) || !readersOf(G, D).empty())
      continue;
    std::vector<deps::EdgeInfo> Writers = writersOf(G, D);
    if (Writers.empty())
      continue;
    bool Final = false;
    if (P.Manifest)
      for (const std::string &Glob : P.Manifest->FinalOutputs)
        Final |= Glob == Data.Name || config::globMatch(Glob, Data.Name);
    if (Final)
      continue;
    report::Finding F;
    F.Loc = Writers.front().Loc;
    F.Message = "'" + Data.Name + "' is written by stage '" +
                G.info(Writers.front().From).Name +
                "' but read by no stage, and it is not a declared final output";
    for (size_t I = 1; I < Writers.size(); ++I)
      F.Related.push_back({Writers[I].Loc, describe(G, Writers[I])});
    // A model nobody reads is usually deployed elsewhere: less sure.
    if (Data.Kind == deps::NodeKind::Model)
      Sink.reportLower(std::move(F));
    else
      Sink.report(std::move(F));
  }
}

std::unique_ptr<Rule> createDataUnconsumedOutputRule() {
  return std::make_unique<DataUnconsumedOutputRule>();
}

} // namespace bel::rules::data
