//===- DataUnstableDependencyRule.h - data-unstable-dependency -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAUNSTABLEDEPENDENCYRULE_H
#define BEL_RULES_DATA_DATAUNSTABLEDEPENDENCYRULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A stage reads data that may change under it: declared unstable, unpinned,
/// or another model's output.
///
/// The manifest declares it `unstable`, or lists it under
/// `pinned_datasets` without a `pinned` version, or it is written by
/// another stage that predicts (its content is another model's output and
/// moves whenever that model changes).
class DataUnstableDependencyRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAUNSTABLEDEPENDENCYRULE_H
