//===- DataUndeclaredConsumerRule.h - data-undeclared-consumer -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAUNDECLAREDCONSUMERRULE_H
#define BEL_RULES_DATA_DATAUNDECLAREDCONSUMERRULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A stage reads a dataset whose manifest entry does not list it among the
/// consumers.
class DataUndeclaredConsumerRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAUNDECLAREDCONSUMERRULE_H
