//===- DataFeedbackLoopRule.h - data-feedback-loop -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAFEEDBACKLOOPRULE_H
#define BEL_RULES_DATA_DATAFEEDBACKLOOPRULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A stage's outputs flow back into its own inputs.
///
/// In each cycle of the graph, the read that closes a loop is the one of a
/// model's predictions (a dataset written by a predicting stage) by a stage
/// that, without that read, still reaches the predicting stage: the model's
/// outputs flow back into its training data. A cycle without predictions is
/// reported at its first read. The chain is the SARIF code flow.
class DataFeedbackLoopRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAFEEDBACKLOOPRULE_H
