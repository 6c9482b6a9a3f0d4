//===- ConfigRedundantSettingRule.h - config-redundant-setting -*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGREDUNDANTSETTINGRULE_H
#define BEL_RULES_CONFIG_CONFIGREDUNDANTSETTINGRULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// A setting repeats the value it would have anyway.
///
/// Three cases: a config sets a key to the value it inherits through
/// `extends`; a config sets a key to the default every read of it in the code
/// falls back to; a mapping sets the same key twice (yaml-cpp and nlohmann
/// silently keep one of the two).
class ConfigRedundantSettingRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGREDUNDANTSETTINGRULE_H
