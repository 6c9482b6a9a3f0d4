//===- DataGraph.cpp - what the data rules ask of the graph ---------------===//
#include "rules/data/DataGraph.h"

#include <deque>
#include <map>

namespace bel::rules::data {

using deps::DepGraph;
using deps::EdgeInfo;
using deps::EdgeKind;
using deps::NodeKind;

bool isData(NodeKind K) {
  return K == NodeKind::Dataset || K == NodeKind::Model || K == NodeKind::Table;
}

std::vector<EdgeInfo> writersOf(const DepGraph &G, size_t Data) {
  std::vector<EdgeInfo> Out;
  for (const EdgeInfo &E : G.inEdges(Data))
    if (E.Kind == EdgeKind::Writes)
      Out.push_back(E);
  std::sort(Out.begin(), Out.end(), [](const EdgeInfo &A, const EdgeInfo &B) {
    return std::tie(A.Loc, A.From) < std::tie(B.Loc, B.From);
  });
  return Out;
}

std::vector<EdgeInfo> readersOf(const DepGraph &G, size_t Data) {
  std::vector<EdgeInfo> Out;
  for (const EdgeInfo &E : G.outEdges(Data))
    if (E.Kind == EdgeKind::Reads)
      Out.push_back(E);
  std::sort(Out.begin(), Out.end(), [](const EdgeInfo &A, const EdgeInfo &B) {
    return std::tie(A.Loc, A.To) < std::tie(B.Loc, B.To);
  });
  return Out;
}

bool predicts(const DepGraph &G, size_t Stage) {
  const deps::StageModelUse *U = G.modelUse(Stage);
  return U && U->Predict.hasRegion();
}

std::string describe(const DepGraph &G, const EdgeInfo &E) {
  bool Read = E.Kind == EdgeKind::Reads;
  const std::string Stage = G.info(Read ? E.To : E.From).Name;
  const std::string Data = G.info(Read ? E.From : E.To).Name;
  return "stage '" + Stage + "' " + (Read ? "reads '" : "writes '") + Data + "'";
}

std::optional<std::vector<EdgeInfo>>
shortestChain(const DepGraph &G, size_t From, size_t To,
              const std::function<bool(const EdgeInfo &)> &Allow) {
  if (From == To)
    return std::vector<EdgeInfo>{};
  std::map<size_t, EdgeInfo> Parent;
  std::deque<size_t> Work = {From};
  while (!Work.empty()) {
    size_t N = Work.front();
    Work.pop_front();
    std::vector<EdgeInfo> Out = G.outEdges(N);
    std::sort(Out.begin(), Out.end(), [](const EdgeInfo &A, const EdgeInfo &B) {
      return std::tie(A.To, A.Loc) < std::tie(B.To, B.Loc);
    });
    for (const EdgeInfo &E : Out) {
      if ((E.Kind != EdgeKind::Reads && E.Kind != EdgeKind::Writes) ||
          !Allow(E) || E.To == From || Parent.count(E.To))
        continue;
      Parent.emplace(E.To, E);
      if (E.To == To) {
        std::vector<EdgeInfo> Chain;
        for (size_t At = To; At != From; At = Parent.at(At).From)
          Chain.push_back(Parent.at(At));
        std::reverse(Chain.begin(), Chain.end());
        return Chain;
      }
      Work.push_back(E.To);
    }
  }
  return std::nullopt;
}

report::CodeFlow flowOf(const DepGraph &G, const std::vector<EdgeInfo> &Chain,
                        std::string Message) {
  report::CodeFlow F;
  F.Message = std::move(Message);
  for (const EdgeInfo &E : Chain)
    if (E.Loc.hasRegion())
      F.Steps.push_back({E.Loc, describe(G, E)});
  return F;
}

std::string spell(const DepGraph &G, const std::vector<EdgeInfo> &Chain) {
  std::string S;
  for (const EdgeInfo &E : Chain) {
    if (S.empty())
      S = G.info(E.From).Name;
    S += " -> " + G.info(E.To).Name;
  }
  return S;
}

} // namespace bel::rules::data
