//===- RuleRegistry.cpp - every rule, generated from Rules.def ------------===//
//
// No static initialisers and no linker anchors: each row of Rules.def names
// a factory that the rule's own .cpp defines.
//===----------------------------------------------------------------------===//
#include "rules/Rule.h"

namespace bel::rules {

#define BEL_RULE(ID, CLASS, GROUP, LEVEL, TAXON, PRECISION, SUMMARY)          \
  namespace GROUP {                                                            \
  std::unique_ptr<Rule> create##CLASS();                                       \
  }
#include "rules/Rules.def"

const std::vector<RegisteredRule> &registeredRules() {
  static const std::vector<RegisteredRule> Rules = {
#define BEL_RULE(ID, CLASS, GROUP, LEVEL, TAXON, PRECISION, SUMMARY)          \
  {ID, &GROUP::create##CLASS},
#include "rules/Rules.def"
  };
  return Rules;
}

} // namespace bel::rules
