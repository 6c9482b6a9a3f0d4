//===- DataUndeclaredConsumerRule.cpp - data-undeclared-consumer ----------===//
#include "rules/data/DataUndeclaredConsumerRule.h"
#include "rules/data/DataGraph.h"

namespace bel::rules::data {

void DataUndeclaredConsumerRule::check(const facts::Program &P, FindingSink &Sink) {
  if (!P.Graph || !P.Manifest)
    return;
  const deps::DepGraph &G = *P.Graph;
  for (size_t D = 0; D < G.size(); ++D) {
    deps::NodeInfo Data = G.info(D);
    const config::DatasetSpec *Spec = isData(Data.Kind) ? P.Manifest->dataset(Data.Name) : nullptr;
    if (!Spec || !Spec->Consumers)
      continue;
    std::string Declared;
    for (const std::string &C : *Spec->Consumers)
      Declared += (Declared.empty() ? "'" : ", '") + C + "'";
    for (const deps::EdgeInfo &Read : readersOf(G, D)) {
      const std::string Stage = G.info(Read.To).Name;
      if (llvm::is_contained(*Spec->Consumers, Stage))
        continue;
      report::Finding F;
      F.Loc = Read.Loc;
      F.Message = "stage '" + Stage + "' reads '" + Data.Name +
                  "' but is not among its declared consumers (" +
                  (Declared.empty() ? std::string("none") : Declared) + ")";
      F.Related.push_back({Spec->Loc, "the consumers are declared here"});
      Sink.report(std::move(F));
    }
  }
}

std::unique_ptr<Rule> createDataUndeclaredConsumerRule() {
  return std::make_unique<DataUndeclaredConsumerRule>();
}

} // namespace bel::rules::data
