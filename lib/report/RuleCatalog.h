//===- RuleCatalog.h - metadata of every rule and notification -*- C++ -*-===//
//
// Rule metadata comes from rules/Rules.def and the doc pages rules/<group>/
// <id>.md (embedded at build time); taxa from Taxonomy.def. Emitters and
// --list-rules read it from here, so there is one source for each fact.
//===----------------------------------------------------------------------===//
#ifndef BEL_REPORT_RULECATALOG_H
#define BEL_REPORT_RULECATALOG_H

#include "report/Finding.h"

#include <string>
#include <vector>

namespace bel::report {

/// What a user and a SARIF viewer know about a rule.
struct RuleInfo {
  std::string Id;        ///< "config-unused-setting"
  std::string Name;      ///< "ConfigUnusedSetting"
  std::string Group;     ///< "config"
  Level DefaultLevel = Level::Warning;
  std::string Taxon;     ///< a Taxonomy.def id
  std::string Precision; ///< SARIF precision
  std::string Summary;   ///< the first sentence of the doc
  std::string FullDescription; ///< the doc's first paragraph
  std::string HelpText;        ///< the doc's "How to fix" section, plain
  std::string HelpMarkdown;    ///< the whole doc page
  std::string DocPath;         ///< "rules/config/config-unused-setting.md"
};

struct TaxonInfo {
  std::string Id, Name, Section, Description;
};

struct NotificationInfo {
  std::string Id, Name;
  Level DefaultLevel;
  std::string Summary, Help;
};

/// Every implemented rule, in Rules.def order.
const std::vector<RuleInfo> &allRules();
/// The rule with \p Id, or null.
const RuleInfo *findRule(const std::string &Id);
const std::vector<TaxonInfo> &allTaxa();
const std::vector<NotificationInfo> &allNotifications();

/// Where rule docs are published: BEL_REPOSITORY_URL + "/blob/main/".
std::string docsBaseUri();
std::string toolVersion();
std::string informationUri();

} // namespace bel::report

#endif // BEL_REPORT_RULECATALOG_H
