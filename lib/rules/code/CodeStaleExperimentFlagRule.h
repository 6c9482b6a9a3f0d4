//===- CodeStaleExperimentFlagRule.h - code-stale-experiment-flag -*- C++ -*-===//
#ifndef BEL_RULES_CODE_CODESTALEEXPERIMENTFLAGRULE_H
#define BEL_RULES_CODE_CODESTALEEXPERIMENTFLAGRULE_H

#include "rules/Rule.h"

namespace bel::rules::code {

/// An experiment flag the code reads is set by no config, or set alike by every config.
///
/// Either way the experiment no longer varies: its losing branch is dead
/// weight, and the flag and the branch can go. A flag is an experiment flag
/// by the manifest's `experiment_flags` globs, or by bel's defaults.
class CodeStaleExperimentFlagRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::code

#endif // BEL_RULES_CODE_CODESTALEEXPERIMENTFLAGRULE_H
