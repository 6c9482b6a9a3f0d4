//===- DataUnconsumedOutputRule.h - data-unconsumed-output -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAUNCONSUMEDOUTPUTRULE_H
#define BEL_RULES_DATA_DATAUNCONSUMEDOUTPUTRULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A stage writes a dataset that no stage reads and that is not a declared
/// final output.
class DataUnconsumedOutputRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAUNCONSUMEDOUTPUTRULE_H
