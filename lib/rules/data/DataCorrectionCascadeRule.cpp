//===- DataCorrectionCascadeRule.cpp - data-correction-cascade ------------===//
#include "rules/data/DataCorrectionCascadeRule.h"
#include "rules/data/DataGraph.h"

#include <deque>
#include <map>
#include <set>

namespace bel::rules::data {

using deps::EdgeInfo;
using deps::EdgeKind;
using deps::NodeKind;

void DataCorrectionCascadeRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (size_t T = 0; T < G.size(); ++T) {
    if (G.info(T).Kind != NodeKind::Stage)
      continue;
    std::set<size_t> Models; // What T trains.
    for (const EdgeInfo &E : G.outEdges(T))
      if (E.Kind == EdgeKind::Writes && G.info(E.To).Kind == NodeKind::Model)
        Models.insert(E.To);
    const deps::StageModelUse *Use = G.modelUse(T);
    bool Trains = !Models.empty() || (Use && Use->Train.hasRegion());
    if (!Trains)
      continue;
    // Upstream, breadth first: the nearest way to each predicting stage.
    std::map<size_t, EdgeInfo> Down; // Node -> the edge toward T.
    std::deque<size_t> Work = {T};
    std::vector<size_t> Predictors;
    while (!Work.empty()) {
      size_t N = Work.front();
      Work.pop_front();
      std::vector<EdgeInfo> In = G.inEdges(N);
      std::sort(In.begin(), In.end(), [](const EdgeInfo &A, const EdgeInfo &B) {
        return std::tie(A.From, A.Loc) < std::tie(B.From, B.Loc);
      });
      for (const EdgeInfo &E : In) {
        if ((E.Kind != EdgeKind::Reads && E.Kind != EdgeKind::Writes) ||
            E.From == T || Down.count(E.From))
          continue;
        Down.emplace(E.From, E);
        Work.push_back(E.From);
        if (G.info(E.From).Kind == NodeKind::Stage && predicts(G, E.From))
          Predictors.push_back(E.From);
      }
    }
    for (size_t Pred : Predictors) {
      // A stage that loads T's own model predicts with it: a loop through
      // the model's own outputs is a feedback loop, not a cascade.
      std::vector<std::string> Loaded;
      bool Own = false;
      for (const EdgeInfo &E : G.inEdges(Pred))
        if (E.Kind == EdgeKind::Reads && G.info(E.From).Kind == NodeKind::Model) {
          Own |= Models.count(E.From) > 0;
          Loaded.push_back(G.info(E.From).Name);
        }
      if (Own)
        continue;
      std::vector<EdgeInfo> Chain;
      for (size_t At = Pred; At != T; At = Down.at(At).To)
        Chain.push_back(Down.at(At));
      const deps::StageModelUse *PU = G.modelUse(Pred);
      std::string Of = Loaded.empty() ? "" : " (" + Loaded.front() + ")";
      report::Finding F;
      F.Loc = Chain.back().Loc; // T's read that brings the predictions in.
      F.Message = "correction cascade: stage '" + G.info(T).Name +
                  "' trains a model on the predictions of stage '" +
                  G.info(Pred).Name + "', made with '" + PU->PredictApi + "'" + Of;
      F.Related.push_back({PU->Predict, "the other model's prediction"});
      if (Use && Use->Train.hasRegion())
        F.Related.push_back({Use->Train, "the training"});
      F.Flows.push_back(flowOf(G, Chain, "from the other model's predictions to this training"));
      Sink.report(std::move(F));
    }
  }
}

std::unique_ptr<Rule> createDataCorrectionCascadeRule() {
  return std::make_unique<DataCorrectionCascadeRule>();
}

} // namespace bel::rules::data
