//===- Suppressions.h - inline `bel-lint: ignore[...]` comments -*- C++ -*-===//
//
//   code;  // bel-lint: ignore[rule-id] reason        this line
//   // bel-lint: ignore[rule-a, rule-b] reason         the next line
//   key: 1  # bel-lint: ignore[config-unused-setting] read by the rollback job
//   // bel-lint: ignore-begin[rule-id] reason  ...  // bel-lint: ignore-end
//
// `*` stands for every rule. A suppressed finding stays in SARIF with its
// justification, leaves text output and does not fail the run; a
// suppression that matches nothing is reported, so none goes stale.
//===----------------------------------------------------------------------===//
#ifndef BEL_LINT_SUPPRESSIONS_H
#define BEL_LINT_SUPPRESSIONS_H

#include "report/Report.h"
#include "report/SourceCache.h"

#include <string>
#include <vector>

namespace bel::lint {

struct SuppressionComment {
  report::Location Loc;          ///< The comment.
  std::vector<std::string> Rules;
  std::string Reason;
  unsigned FirstLine = 0, LastLine = 0; ///< The lines it covers.
  bool Used = false;
};

/// The suppression comments of one file, blocks closed; an ignore-begin
/// without an ignore-end covers the rest of the file.
std::vector<SuppressionComment> scanSuppressions(const std::string &Path,
                                                 report::SourceCache &Sources);

/// Marks the findings of \p R that a comment in \p Files covers, and reports
/// the comments that cover none.
void applySuppressions(report::Report &R, const std::vector<std::string> &Files,
                       report::SourceCache &Sources);

} // namespace bel::lint

#endif // BEL_LINT_SUPPRESSIONS_H
