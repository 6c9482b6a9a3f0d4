//===- ConfigUnusedSettingRule.h - config-unused-setting -------*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGUNUSEDSETTINGRULE_H
#define BEL_RULES_CONFIG_CONFIGUNUSEDSETTINGRULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// A key is set in a configuration file but no code reads it.
///
/// A config is judged against the reads of the stages it is tied to (and of
/// library TUs); a config tied to none, against all code. A key inherited
/// through `extends` is reported at the file that sets it, and only when it
/// is unused in every config that inherits it. The topmost unused key of a
/// subtree is reported, not each key below it.
class ConfigUnusedSettingRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGUNUSEDSETTINGRULE_H
