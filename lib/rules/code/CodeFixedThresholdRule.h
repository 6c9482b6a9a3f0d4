//===- CodeFixedThresholdRule.h - code-fixed-threshold ---------*- C++ -*-===//
#ifndef BEL_RULES_CODE_CODEFIXEDTHRESHOLDRULE_H
#define BEL_RULES_CODE_CODEFIXEDTHRESHOLDRULE_H

#include "rules/Rule.h"

namespace bel::rules::code {

/// A model's prediction is compared with a number written in the code.
///
/// The prediction is the result (or out argument) of a predict API the rule
/// packs declare, followed within its function into the variable that holds
/// it; the comparison has a numeric literal on the other side.
class CodeFixedThresholdRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::code

#endif // BEL_RULES_CODE_CODEFIXEDTHRESHOLDRULE_H
