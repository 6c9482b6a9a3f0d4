//===- RuleCatalog.cpp - rule metadata from Rules.def and the docs --------===//
#include "report/RuleCatalog.h"
#include "report/BuildInfo.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace bel::report {
namespace {

struct EmbeddedDoc {
  const char *Id;
  const char *Path;
  const char *Body;
};

const EmbeddedDoc Docs[] = {
#include "report/RuleDocs.inc"
};

const EmbeddedDoc *findDoc(llvm::StringRef Id) {
  for (const EmbeddedDoc &D : Docs)
    if (Id == D.Id)
      return &D;
  return nullptr;
}

/// "ConfigUnusedSettingRule" -> "ConfigUnusedSetting".
std::string nameOfClass(llvm::StringRef Class) {
  Class.consume_back("Rule");
  return Class.str();
}

/// Joins the lines of one markdown paragraph with spaces.
std::string unwrap(llvm::StringRef Para) {
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Para.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (L.empty())
      continue;
    if (!Out.empty())
      Out += ' ';
    Out += L.str();
  }
  return Out;
}

/// The doc page: "# id", a blank line, the first paragraph, then sections
/// ("## How to fix", ...). Returns the first paragraph and the text of the
/// "How to fix" section, both unwrapped.
void parseDoc(llvm::StringRef Body, RuleInfo &R) {
  R.HelpMarkdown = Body.str();
  llvm::StringRef Rest = Body;
  // Skip the title line.
  Rest = Rest.split('\n').second.ltrim();
  R.FullDescription = unwrap(Rest.split("\n\n").first);
  size_t Fix = Rest.find("## How to fix");
  if (Fix != llvm::StringRef::npos) {
    llvm::StringRef Section = Rest.substr(Fix).split('\n').second;
    size_t End = Section.find("\n## ");
    R.HelpText = unwrap(Section.substr(0, End));
  }
  if (R.HelpText.empty())
    R.HelpText = R.FullDescription;
}

std::vector<RuleInfo> buildRules() {
  std::vector<RuleInfo> Rules;
#define BEL_RULE(ID, CLASS, GROUP, LEVEL, TAXON, PRECISION, SUMMARY)          \
  {                                                                            \
    RuleInfo R;                                                                \
    R.Id = ID;                                                                 \
    R.Name = nameOfClass(#CLASS);                                              \
    R.Group = #GROUP;                                                          \
    R.DefaultLevel = Level::LEVEL;                                             \
    R.Taxon = TAXON;                                                           \
    R.Precision = PRECISION;                                                   \
    R.Summary = SUMMARY;                                                       \
    if (const EmbeddedDoc *D = findDoc(ID)) {                                  \
      R.DocPath = D->Path;                                                     \
      parseDoc(D->Body, R);                                                    \
    }                                                                          \
    Rules.push_back(std::move(R));                                             \
  }
#include "rules/Rules.def"
  return Rules;
}

} // namespace

const std::vector<RuleInfo> &allRules() {
  static const std::vector<RuleInfo> Rules = buildRules();
  return Rules;
}

const RuleInfo *findRule(const std::string &Id) {
  for (const RuleInfo &R : allRules())
    if (R.Id == Id)
      return &R;
  return nullptr;
}

const std::vector<TaxonInfo> &allTaxa() {
  static const std::vector<TaxonInfo> Taxa = {
#define BEL_TAXON(ID, NAME, SECTION, DESCRIPTION)                              \
  {ID, NAME, SECTION, DESCRIPTION},
#include "report/Taxonomy.def"
  };
  return Taxa;
}

const std::vector<NotificationInfo> &allNotifications() {
  static const std::vector<NotificationInfo> Notes = {
#define BEL_NOTIFICATION(ID, NAME, LEVEL, SUMMARY, HELP)                       \
  {ID, NAME, Level::LEVEL, SUMMARY, HELP},
#include "report/Notifications.def"
  };
  return Notes;
}

std::string docsBaseUri() { return std::string(BEL_REPOSITORY_URL) + "/blob/main/"; }
std::string toolVersion() { return BEL_VERSION; }
std::string informationUri() { return BEL_REPOSITORY_URL; }

} // namespace bel::report
