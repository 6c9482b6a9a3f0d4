//===- DataUnresolvedSourceRule.cpp - data-unresolved-source --------------===//
#include "rules/data/DataUnresolvedSourceRule.h"
#include "rules/data/DataGraph.h"

#include <map>

namespace bel::rules::data {

using deps::EdgeInfo;
using deps::EdgeKind;

void DataUnresolvedSourceRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (size_t N = 0; N < G.size(); ++N) {
    deps::NodeInfo Info = G.info(N);
    if (Info.Kind != deps::NodeKind::Unresolved)
      continue;
    // One node per access; several stages may reach it.
    std::vector<EdgeInfo> Edges = G.outEdges(N);
    for (const EdgeInfo &E : G.inEdges(N))
      Edges.push_back(E);
    if (Edges.empty())
      continue;
    std::sort(Edges.begin(), Edges.end(), [&](const EdgeInfo &A, const EdgeInfo &B) {
      return std::tie(A.Loc, A.Kind, A.From, A.To) < std::tie(B.Loc, B.Kind, B.From, B.To);
    });
    const EdgeInfo &First = Edges.front();
    bool Read = First.Kind == EdgeKind::Reads;
    std::set<std::string> Stages;
    for (const EdgeInfo &E : Edges)
      Stages.insert(G.info(E.Kind == EdgeKind::Reads ? E.To : E.From).Name);
    std::string StageList;
    for (const std::string &S : Stages)
      StageList += (StageList.empty() ? "'" : ", '") + S + "'";
    report::Finding F;
    F.Loc = First.Loc;
    F.Message = std::string("the ") + (Read ? "source of this data read" : "target of this data write") +
                " cannot be resolved statically: " + Info.Detail + " (stage" +
                (Stages.size() > 1 ? "s " : " ") + StageList + ")";
    if (Info.DetailLoc.hasRegion() && !(Info.DetailLoc == First.Loc))
      F.Related.push_back({Info.DetailLoc, "the path comes from here"});
    F.Properties["api"] = First.Api;
    Sink.report(std::move(F));
  }
}

std::unique_ptr<Rule> createDataUnresolvedSourceRule() {
  return std::make_unique<DataUnresolvedSourceRule>();
}

} // namespace bel::rules::data
