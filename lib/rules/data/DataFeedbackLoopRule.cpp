//===- DataFeedbackLoopRule.cpp - data-feedback-loop ----------------------===//
#include "rules/data/DataFeedbackLoopRule.h"
#include "rules/data/DataGraph.h"

#include <set>

namespace bel::rules::data {

using deps::EdgeInfo;
using deps::EdgeKind;

namespace {

/// The read edges inside \p Cycle, by location.
std::vector<EdgeInfo> readsWithin(const deps::DepGraph &G,
                                  const std::set<size_t> &Cycle) {
  std::vector<EdgeInfo> Out;
  for (size_t N : Cycle)
    for (const EdgeInfo &E : readersOf(G, N))
      if (Cycle.count(E.To))
        Out.push_back(E);
  std::sort(Out.begin(), Out.end(), [](const EdgeInfo &A, const EdgeInfo &B) {
    return std::tie(A.Loc, A.From, A.To) < std::tie(B.Loc, B.From, B.To);
  });
  return Out;
}

bool sameEdge(const EdgeInfo &A, const EdgeInfo &B) {
  return A.From == B.From && A.To == B.To && A.Kind == B.Kind && A.Loc == B.Loc;
}

} // namespace

void DataFeedbackLoopRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (const std::vector<size_t> &Members : G.cycles()) {
    std::set<size_t> Cycle(Members.begin(), Members.end());
    std::vector<EdgeInfo> Reads = readsWithin(G, Cycle);
    // Reads of predictions: data a predicting stage of the cycle writes.
    std::vector<EdgeInfo> Candidates;
    for (const EdgeInfo &R : Reads)
      for (const EdgeInfo &W : writersOf(G, R.From))
        if (Cycle.count(W.From) && W.From != R.To && predicts(G, W.From)) {
          Candidates.push_back(R);
          break;
        }
    auto Report = [&](const EdgeInfo &Closing, const std::vector<EdgeInfo> &Back) {
      std::vector<EdgeInfo> Chain = Back;
      Chain.push_back(Closing);
      const std::string Stage = G.info(Closing.To).Name;
      report::Finding F;
      F.Loc = Closing.Loc;
      F.Message = "feedback loop: stage '" + Stage + "' reads '" +
                  G.info(Closing.From).Name + "', which its own outputs flow into (" +
                  spell(G, Chain) + ")";
      if (!Back.empty())
        F.Related.push_back({Back.back().Loc, describe(G, Back.back())});
      F.Flows.push_back(flowOf(G, Chain, "the loop, from the stage's outputs back to its input"));
      F.Properties["cycleSize"] = std::to_string(Cycle.size());
      Sink.report(std::move(F));
    };
    bool Reported = false;
    for (const EdgeInfo &C : Candidates) {
      // The loop this read closes must not need another prediction read:
      // that one would be the loop's own closing read.
      auto Back = shortestChain(G, C.To, C.From, [&](const EdgeInfo &E) {
        if (!Cycle.count(E.To))
          return false;
        for (const EdgeInfo &Other : Candidates)
          if (sameEdge(E, Other))
            return false;
        return true;
      });
      if (!Back)
        continue;
      Report(C, *Back);
      Reported = true;
    }
    if (Reported)
      continue;
    // No model in the loop: report it once, at its first read.
    for (const EdgeInfo &R : Reads) {
      auto Back = shortestChain(G, R.To, R.From,
                                [&](const EdgeInfo &E) { return Cycle.count(E.To) > 0; });
      if (Back) {
        Report(R, *Back);
        break;
      }
    }
  }
}

std::unique_ptr<Rule> createDataFeedbackLoopRule() {
  return std::make_unique<DataFeedbackLoopRule>();
}

} // namespace bel::rules::data
