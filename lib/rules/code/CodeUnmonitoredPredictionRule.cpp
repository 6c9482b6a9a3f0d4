//===- CodeUnmonitoredPredictionRule.cpp - code-unmonitored-prediction ----===//
#include "rules/code/CodeUnmonitoredPredictionRule.h"

#include <algorithm>
#include <map>
#include <set>

namespace bel::rules::code {

void CodeUnmonitoredPredictionRule::check(const facts::Program &P,
                                          FindingSink &Sink) {
  std::map<std::string, std::vector<const facts::ApiCall *>> Predicts, Monitors;
  for (const facts::TUFacts &TU : P.TUs) {
    for (const facts::ApiCall &C : TU.Predictions)
      Predicts[facts::Program::nodeOf(TU, C.FunctionUSR)].push_back(&C);
    for (const facts::ApiCall &C : TU.Monitors)
      Monitors[facts::Program::nodeOf(TU, C.FunctionUSR)].push_back(&C);
  }
  for (const facts::Stage &S : P.Stages) {
    std::set<std::string> Reached = P.reachable(S);
    std::vector<const facts::ApiCall *> Predictions;
    bool Monitored = false;
    for (const std::string &F : Reached) {
      for (const facts::ApiCall *C : Predicts[F])
        Predictions.push_back(C);
      Monitored |= !Monitors[F].empty();
    }
    if (Predictions.empty() || Monitored)
      continue;
    std::sort(Predictions.begin(), Predictions.end(),
              [](const facts::ApiCall *A, const facts::ApiCall *B) {
                return A->Loc < B->Loc;
              });
    report::Finding F;
    F.Loc = Predictions.front()->Loc;
    F.Message = "stage '" + S.Name + "' predicts with '" +
                Predictions.front()->Api +
                "' but never reports to a monitoring or logging API";
    for (size_t I = 1; I < Predictions.size(); ++I)
      F.Related.push_back({Predictions[I]->Loc, "also predicts here"});
    Sink.report(std::move(F));
  }
}

std::unique_ptr<Rule> createCodeUnmonitoredPredictionRule() {
  return std::make_unique<CodeUnmonitoredPredictionRule>();
}

} // namespace bel::rules::code
