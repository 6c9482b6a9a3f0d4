//===- DataCorrectionCascadeRule.h - data-correction-cascade -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATACORRECTIONCASCADERULE_H
#define BEL_RULES_DATA_DATACORRECTIONCASCADERULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A stage trains a model on the predictions of another model.
///
/// A stage that trains (a train API) or writes a model artifact, whose
/// inputs include, transitively, the outputs of a predicting stage that
/// loads none of the models it writes: a correction model stacked on
/// another. Serving is not a cascade, and a loop through a model's own
/// outputs is a feedback loop. The chain is the SARIF code flow.
class DataCorrectionCascadeRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATACORRECTIONCASCADERULE_H
