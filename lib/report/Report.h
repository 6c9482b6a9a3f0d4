//===- Report.h - everything an emitter needs about one run ----*- C++ -*-===//
#ifndef BEL_REPORT_REPORT_H
#define BEL_REPORT_REPORT_H

#include "report/Finding.h"

#include <string>
#include <vector>

namespace bel::report {

/// How the tool was run, for SARIF's invocation object.
struct RunInfo {
  std::string ToolName = "bel-lint";
  std::vector<std::string> Arguments; ///< argv without argv[0]
  int ExitCode = 0;
  bool ExecutionSuccessful = true;
  /// SARIF runAutomationDetails.id, "category/": GitHub keeps a separate
  /// alert set per category.
  std::string AutomationId = "bel-lint/";
};

/// A rule as enabled for this run, with the level the manifest gave it.
struct EnabledRule {
  std::string Id;
  Level Severity;
};

/// The input of every emitter: sorted, deduplicated, fingerprinted findings.
struct Report {
  RunInfo Run;
  std::vector<EnabledRule> Rules; ///< in Rules.def order
  std::vector<Finding> Findings;
  std::vector<Notification> Notifications;
};

} // namespace bel::report

#endif // BEL_REPORT_REPORT_H
