//===- ConfigUnreviewedChangeRule.h - config-unreviewed-change -*- C++ -*-===//
#ifndef BEL_RULES_CONFIG_CONFIGUNREVIEWEDCHANGERULE_H
#define BEL_RULES_CONFIG_CONFIGUNREVIEWEDCHANGERULE_H

#include "rules/Rule.h"

namespace bel::rules::config {

/// A config is not under version control, or changed without the review the
/// manifest's policy asks for.
///
/// Always: a config git does not track (ignored files are left alone). With
/// `review:` in .bel.yaml: uncommitted changes (require_clean), a last change
/// whose commit has none of the review trailers and did not come in through
/// a merge, a config no CODEOWNERS rule owns (codeowners).
class ConfigUnreviewedChangeRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::config

#endif // BEL_RULES_CONFIG_CONFIGUNREVIEWEDCHANGERULE_H
