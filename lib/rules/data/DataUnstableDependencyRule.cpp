//===- DataUnstableDependencyRule.cpp - data-unstable-dependency ----------===//
#include "rules/data/DataUnstableDependencyRule.h"
#include "config/Glob.h"
#include "rules/data/DataGraph.h"

namespace bel::rules::data {

using deps::EdgeInfo;

void DataUnstableDependencyRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (size_t D = 0; D < G.size(); ++D) {
    deps::NodeInfo Data = G.info(D);
    if (!isData(Data.Kind))
      continue;
    const config::DatasetSpec *Spec = P.Manifest ? P.Manifest->dataset(Data.Name) : nullptr;
    bool MustPin = false;
    if (P.Manifest)
      for (const std::string &Glob : P.Manifest->PinnedDatasets)
        MustPin |= config::globMatch(Glob, Data.Name);
    // A predicting writer other than the reader makes the data a model's
    // output.
    std::vector<EdgeInfo> Writers = writersOf(G, D);
    for (const EdgeInfo &Read : readersOf(G, D)) {
      report::Finding F;
      F.Loc = Read.Loc;
      const std::string Stage = G.info(Read.To).Name;
      const std::string Prefix = "stage '" + Stage + "' reads '" + Data.Name + "', ";
      if (Spec && Spec->Unstable) {
        F.Message = Prefix + "which the manifest declares unstable";
        if (!Spec->Owner.empty())
          F.Message += " (owned by '" + Spec->Owner + "')";
        F.Related.push_back({Spec->Loc, "declared unstable here"});
      } else if (MustPin && (!Spec || Spec->Pinned.empty())) {
        F.Message = Prefix + "which is not pinned to a version, as the manifest's "
                             "'pinned_datasets' asks";
      } else {
        for (const EdgeInfo &W : Writers) {
          if (W.From == Read.To || !predicts(G, W.From))
            continue;
          const deps::StageModelUse *Use = G.modelUse(W.From);
          F.Message = Prefix + "which stage '" + G.info(W.From).Name +
                      "' writes from the predictions of '" + Use->PredictApi + "'";
          F.Related.push_back({W.Loc, describe(G, W)});
          F.Related.push_back({Use->Predict, "the prediction"});
          break;
        }
        if (F.Message.empty() && Spec && Spec->ProducedByModel) {
          F.Message = Prefix + "which the manifest declares a model's output";
          F.Related.push_back({Spec->Loc, "declared here"});
        }
      }
      if (!F.Message.empty())
        Sink.report(std::move(F));
    }
  }
}

std::unique_ptr<Rule> createDataUnstableDependencyRule() {
  return std::make_unique<DataUnstableDependencyRule>();
}

} // namespace bel::rules::data
