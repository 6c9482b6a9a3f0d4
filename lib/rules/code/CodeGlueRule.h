//===- CodeGlueRule.h - code-glue ------------------------------*- C++ -*-===//
#ifndef BEL_RULES_CODE_CODEGLUERULE_H
#define BEL_RULES_CODE_CODEGLUERULE_H

#include "rules/Rule.h"

namespace bel::rules::code {

/// A function mostly marshals data between library types.
///
/// Its glue ratio (statements that only move data across types, over all its
/// statements) reaches the manifest's `glue.threshold` (0.5), with at least
/// `glue.min_statements` (3) statements. The function's and its file's ratios
/// go into the SARIF result's properties; `bel-lint --metrics` prints them
/// for every file and stage.
class CodeGlueRule : public Rule {
public:
  void check(const facts::Program &P, FindingSink &Sink) override;
};

} // namespace bel::rules::code

#endif // BEL_RULES_CODE_CODEGLUERULE_H
