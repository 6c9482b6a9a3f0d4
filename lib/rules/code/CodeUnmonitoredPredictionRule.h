//===- CodeUnmonitoredPredictionRule.h - code-unmonitored-prediction -*- C++ -*-===//
#ifndef BEL_RULES_CODE_CODEUNMONITOREDPREDICTIONRULE_H
#define BEL_RULES_CODE_CODEUNMONITOREDPREDICTIONRULE_H

#include "rules/Rule.h"

namespace bel::rules::code {

/// A stage predicts but never reports to a monitoring or logging API.
///
/// From each stage's main, the calls between project functions are followed
/// across TUs; a stage that reaches a predict API of the rule packs and no
/// monitoring API (glog, absl logging, spdlog, prometheus-cpp, or the
/// project's own in a rule pack) is reported at its first prediction.
class CodeUnmonitoredPredictionRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::code

#endif // BEL_RULES_CODE_CODEUNMONITOREDPREDICTIONRULE_H
