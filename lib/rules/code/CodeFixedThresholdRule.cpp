//===- CodeFixedThresholdRule.cpp - code-fixed-threshold ------------------===//
#include "rules/code/CodeFixedThresholdRule.h"

namespace bel::rules::code {

void CodeFixedThresholdRule::check(const facts::Program &P, FindingSink &Sink) {
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::Threshold &T : TU.Thresholds) {
      report::Finding F;
      F.Loc = T.Loc;
      F.Message = "a [prediction](1) of '" + T.Api +
                  "' is compared with the fixed threshold " + T.Literal;
      F.Related.push_back({T.Prediction, "the prediction"});
      Sink.report(std::move(F));
    }
}

std::unique_ptr<Rule> createCodeFixedThresholdRule() {
  return std::make_unique<CodeFixedThresholdRule>();
}

} // namespace bel::rules::code
