//===- DataUnresolvedSourceRule.h - data-unresolved-source -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAUNRESOLVEDSOURCERULE_H
#define BEL_RULES_DATA_DATAUNRESOLVEDSOURCERULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A data read or write names a path that cannot be resolved statically.
///
/// Paths are resolved per stage (literals, constants, concatenation,
/// config values, parameters at their call sites); what is left — an
/// environment variable, a command-line argument, a variable that changes,
/// a config key no config sets — is reported with the reason, once per
/// access, naming the stages that reach it.
class DataUnresolvedSourceRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAUNRESOLVEDSOURCERULE_H
