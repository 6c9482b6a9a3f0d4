//===- CodeUnmonitoredPredictionRule.cpp - code-unmonitored-prediction ----===//
#include "rules/code/CodeUnmonitoredPredictionRule.h"

#include <algorithm>
#include <map>
#include <set>

namespace bel::rules::code {

void CodeUnmonitoredPredictionRule::check(const facts::Program &P,
                                          FindingSink &Sink) {
  // Every stage's main has the same USR; each is its own node here.
  auto Node = [](const facts::TUFacts &TU, const std::string &USR) {
    return !USR.empty() && USR == TU.MainUSR ? TU.File + "#main" : USR;
  };
  std::map<std::string, std::vector<std::string>> Callees;
  std::map<std::string, std::vector<const facts::ApiCall *>> Predicts, Monitors;
  for (const facts::TUFacts &TU : P.TUs) {
    for (const facts::Call &C : TU.Calls)
      Callees[Node(TU, C.Caller)].push_back(C.Callee);
    for (const facts::ApiCall &C : TU.Predictions)
      Predicts[Node(TU, C.FunctionUSR)].push_back(&C);
    for (const facts::ApiCall &C : TU.Monitors)
      Monitors[Node(TU, C.FunctionUSR)].push_back(&C);
  }
  for (const facts::Stage &S : P.Stages) {
    if (!S.TU || S.TU->MainUSR.empty())
      continue;
    // Every function main reaches through project calls.
    std::string Main = Node(*S.TU, S.TU->MainUSR);
    std::set<std::string> Reached = {Main};
    std::vector<std::string> Work = {Main};
    while (!Work.empty()) {
      std::string F = Work.back();
      Work.pop_back();
      for (const std::string &Next : Callees[F])
        if (Reached.insert(Next).second)
          Work.push_back(Next);
    }
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
