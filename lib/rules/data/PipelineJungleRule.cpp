//===- PipelineJungleRule.cpp - pipeline-jungle ---------------------------===//
#include "rules/data/PipelineJungleRule.h"
#include "config/Glob.h"
#include "rules/data/DataGraph.h"

#include <functional>
#include <set>

namespace bel::rules::data {

using deps::EdgeInfo;

void PipelineJungleRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph || !P.Manifest || !P.Manifest->Jungle.Enabled)
    return;
  const deps::DepGraph &G = *P.Graph;
  const config::JunglePolicy &J = P.Manifest->Jungle;
  auto Scratch = [&](size_t N) {
    deps::NodeInfo I = G.info(N);
    if (!isData(I.Kind))
      return false;
    for (const std::string &Glob : J.Scratch)
      if (Glob == I.Name || config::globMatch(Glob, I.Name))
        return true;
    return false;
  };
  // The longest chain of scratch files from \p D on: D, read by a stage
  // that writes the next scratch file, and so on (each file once).
  std::function<std::vector<EdgeInfo>(size_t, std::set<size_t> &)> Longest =
      [&](size_t D, std::set<size_t> &Seen) {
        std::vector<EdgeInfo> Best;
        for (const EdgeInfo &R : readersOf(G, D))
          for (const EdgeInfo &W : G.outEdges(R.To)) {
            if (W.Kind != deps::EdgeKind::Writes || !Scratch(W.To) || Seen.count(W.To))
              continue;
            Seen.insert(W.To);
            std::vector<EdgeInfo> Rest = Longest(W.To, Seen);
            Seen.erase(W.To);
            Rest.insert(Rest.begin(), {R, W});
            if (Rest.size() > Best.size())
              Best = std::move(Rest);
          }
        return Best;
      };
  for (size_t D = 0; D < G.size(); ++D) {
    if (!Scratch(D))
      continue;
    // Chains start at a scratch file whose writer read no scratch file.
    std::vector<EdgeInfo> Writers = writersOf(G, D);
    bool Starts = !Writers.empty();
    for (const EdgeInfo &W : Writers)
      for (const EdgeInfo &In : G.inEdges(W.From))
        if (In.Kind == deps::EdgeKind::Reads && Scratch(In.From))
          Starts = false;
    if (!Starts)
      continue;
    std::set<size_t> Seen = {D};
    std::vector<EdgeInfo> Chain = Longest(D, Seen);
    // The chain's last scratch file is consumed by some stage: add that read.
    size_t Last = Chain.empty() ? D : Chain.back().To;
    std::vector<EdgeInfo> Readers = readersOf(G, Last);
    if (!Readers.empty())
      Chain.push_back(Readers.front());
    unsigned Files = 1 + unsigned(std::count_if(Chain.begin(), Chain.end(), [](const EdgeInfo &E) {
                       return E.Kind == deps::EdgeKind::Writes;
                     }));
    if (Files <= J.MaxScratchHops)
      continue;
    std::vector<EdgeInfo> Full = Chain;
    Full.insert(Full.begin(), Writers.front());
    report::Finding F;
    F.Loc = Writers.front().Loc;
    std::string Names;
    for (const EdgeInfo &E : Full)
      if (E.Kind == deps::EdgeKind::Writes)
        Names += (Names.empty() ? "'" : " -> '") + G.info(E.To).Name + "'";
    F.Message = "pipeline jungle: " + std::to_string(Files) +
                " scratch files in a row (" + Names + "), more than the " +
                std::to_string(J.MaxScratchHops) + " the manifest allows";
    for (const EdgeInfo &E : Chain)
      F.Related.push_back({E.Loc, describe(G, E)});
    F.Flows.push_back(flowOf(G, Full, "the chain of scratch files"));
    F.Properties["scratchFiles"] = std::to_string(Files);
    Sink.report(std::move(F));
  }
}

std::unique_ptr<Rule> createPipelineJungleRule() {
  return std::make_unique<PipelineJungleRule>();
}

} // namespace bel::rules::data
