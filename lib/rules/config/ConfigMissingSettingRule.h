//===- ConfigMissingSettingRule.h - config-missing-setting -----*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGMISSINGSETTINGRULE_H
#define BEL_RULES_CONFIG_CONFIGMISSINGSETTINGRULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// A key that code reads without a default is not set by a config the code
/// loads.
///
/// Only reads bel can place are judged: the key path starts at the root of a
/// config the stage loads (a literal path, or the stage's configs in the
/// manifest), the read has no default, and no presence test of the key (or
/// of a parent) guards it in the same function.
class ConfigMissingSettingRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGMISSINGSETTINGRULE_H
