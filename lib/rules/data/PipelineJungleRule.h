//===- PipelineJungleRule.h - pipeline-jungle -*- C++ -*-===//
#ifndef BEL_RULES_DATA_PIPELINEJUNGLERULE_H
#define BEL_RULES_DATA_PIPELINEJUNGLERULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// A pipeline passes through more scratch files in a row than the manifest
/// allows.
///
/// With `jungle: {scratch: [GLOB...], max_scratch_hops: N}`, a chain of
/// scratch datasets, each written by a stage that read the previous one, is
/// reported at the write of its first file when it holds more than N.
class PipelineJungleRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_PIPELINEJUNGLERULE_H
