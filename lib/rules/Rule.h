//===- Rule.h - the unit of one kind of finding ----------------*- C++ -*-===//
//
// A rule reads the linked program (facts, configs, stages) and reports
// Findings through a sink. It never prints, exits or throws. Rules run in the
// reduce step: matching the AST is the collectors' job, so every rule shares
// one parse per TU.
//
// Adding a rule: a <Name>Rule.{h,cpp} pair under lib/rules/<group>/ that
// defines create<Name>Rule(), one row in rules/Rules.def, a doc page
// rules/<group>/<id>.md and a lit test test/lint/<group>/<id>.*.
//===----------------------------------------------------------------------===//
#ifndef BEL_RULES_RULE_H
#define BEL_RULES_RULE_H

#include "facts/Program.h"
#include "report/Finding.h"

#include <memory>
#include <string>
#include <vector>

namespace bel::rules {

/// Collects one rule's findings, stamping its id and level on each.
class FindingSink {
public:
  FindingSink(std::string RuleId, report::Level Severity,
              std::vector<report::Finding> &Out)
      : RuleId(std::move(RuleId)), Severity(Severity), Out(Out) {}

  void report(report::Finding F) {
    F.RuleId = RuleId;
    F.Severity = Severity;
    Out.push_back(std::move(F));
  }

  /// Reports \p F one level below the rule's, for findings the rule is
  /// less sure matter (a flag not named like an experiment).
  void reportLower(report::Finding F) {
    report(std::move(F));
    report::Finding &Last = Out.back();
    if (Last.Severity != report::Level::Note)
      Last.Severity = report::Level(int(Last.Severity) - 1);
  }

private:
  std::string RuleId;
  report::Level Severity;
  std::vector<report::Finding> &Out;
};

class Rule {
public:
  virtual ~Rule() = default;
  /// Reports what the rule finds in \p P.
  virtual void check(const facts::Program &P, FindingSink &Sink) = 0;
};

/// A rule of Rules.def, ready to run.
struct RegisteredRule {
  std::string Id;
  std::unique_ptr<Rule> (*Create)();
};

/// Every rule of Rules.def, in its order.
const std::vector<RegisteredRule> &registeredRules();

} // namespace bel::rules

#endif // BEL_RULES_RULE_H
