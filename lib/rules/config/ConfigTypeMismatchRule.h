//===- ConfigTypeMismatchRule.h - config-type-mismatch ---------*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGTYPEMISMATCHRULE_H
#define BEL_RULES_CONFIG_CONFIGTYPEMISMATCHRULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// Code reads a setting as a type the config's value cannot convert to.
///
/// The C++ type asked for (`as<int>()`, `get<std::string>()`, an implicit
/// conversion) is compared with the YAML or JSON value, by the conversion
/// rules of the library that reads it: yaml-cpp reads any scalar as a string
/// and accepts yes/no as booleans; nlohmann converts numbers into each other
/// but nothing else. Types bel does not know (user structs) are not judged.
class ConfigTypeMismatchRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGTYPEMISMATCHRULE_H
