//===- DataUnusedReadRule.h - data-unused-read -*- C++ -*-===//
#ifndef BEL_RULES_DATA_DATAUNUSEDREADRULE_H
#define BEL_RULES_DATA_DATAUNUSEDREADRULE_H

#include "rules/Rule.h"

namespace bel::rules::data {

/// Data is opened for reading and never read, or read into a value that is
/// never used.
///
/// A stream or FILE* that is only checked and closed costs the pipeline a
/// dependency it does not need; so does a table read into a local that
/// nothing uses.
class DataUnusedReadRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAUNUSEDREADRULE_H
