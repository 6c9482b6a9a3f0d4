//===- ConfigAssertRule.h - config-assert ----------------------*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGASSERTRULE_H
#define BEL_RULES_CONFIG_CONFIGASSERTRULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// A fact the manifest asserts about the configs does not hold.
///
/// `asserts:` in .bel.yaml bounds what bel counts: the number of configs,
/// of keys in a config, of stages, of entries under a key (the features
/// listed in `features.columns`), or the number at a key; against numbers
/// or against another key of the same config.
class ConfigAssertRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGASSERTRULE_H
