//===- CodeDeadExperimentalPathRule.h - code-dead-experimental-path -*- C++ -*-===//
#ifndef BEL_RULES_CODE_CODEDEADEXPERIMENTALPATHRULE_H
#define BEL_RULES_CODE_CODEDEADEXPERIMENTALPATHRULE_H

#include "rules/Rule.h"

namespace bel::rules::code {

/// A branch never runs: its condition takes the same value under every config and default.
///
/// The condition is one setting (a config key or a flag) tested for truth or
/// compared with a literal, and it evaluates alike in every config the stage
/// loads and in the code's default; or it is a constant (`if (false)`, a
/// constexpr global, `#if 0`). Settings named like experiments keep the
/// rule's level, others are reported one level lower.
class CodeDeadExperimentalPathRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::code

#endif // BEL_RULES_CODE_CODEDEADEXPERIMENTALPATHRULE_H
