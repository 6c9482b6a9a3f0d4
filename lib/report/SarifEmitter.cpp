//===- SarifEmitter.cpp - SARIF 2.1.0 output of a Report ------------------===//
//
// Builds the log as an nlohmann::json value (whose objects keep keys sorted)
// and prints it 2-space indented, so identical reports give identical bytes.
// Follows the shape of clang's SarifDocumentWriter but takes bel locations.
//===----------------------------------------------------------------------===//
#include "report/Emitters.h"
#include "report/Fingerprint.h"
#include "report/RuleCatalog.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstring>

namespace bel::report {
namespace {

using nlohmann::json;

constexpr const char *SrcRoot = "%SRCROOT%";
constexpr const char *TaxonomyName = "SculleyMLTechnicalDebt";

json text(const std::string &S) { return json{{"text", S}}; }

/// \p Path as an RFC 3986 relative reference: bytes other than unreserved
/// characters, '/', sub-delims, ':' and '@' are percent-encoded, so a
/// space, a '#' or a file name that is not UTF-8 still makes a valid URI.
std::string uriOf(const std::string &Path) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Path) {
    if ((C < 0x80 && isalnum(C)) || (C && strchr("-._~/!$&'()*+,;=:@", C))) {
      Out += char(C);
    } else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
  return Out;
}

json physicalLocation(const Location &L) {
  json P = {{"artifactLocation",
             {{"uri", uriOf(L.Path)}, {"uriBaseId", SrcRoot}}}};
  if (L.hasRegion()) {
    json Region = {{"startLine", L.Line}};
    if (L.Column)
      Region["startColumn"] = L.Column;
    if (L.EndLine)
      Region["endLine"] = L.EndLine;
    if (L.EndColumn)
      Region["endColumn"] = L.EndColumn;
    P["region"] = Region;
  }
  return P;
}

json location(const Location &L) {
  return json{{"physicalLocation", physicalLocation(L)}};
}

json ruleDescriptor(const RuleInfo &R, size_t TaxonIndex) {
  std::string Uri = docsBaseUri() + R.DocPath;
  json Rule = {
      {"id", R.Id},
      {"name", R.Name},
      {"shortDescription", text(R.Summary)},
      {"fullDescription", text(R.FullDescription)},
      {"help", {{"text", R.HelpText}, {"markdown", R.HelpMarkdown}}},
      {"helpUri", Uri},
      {"defaultConfiguration", {{"level", levelName(R.DefaultLevel)}}},
      {"properties",
       {{"precision", R.Precision},
        {"problem.severity", R.DefaultLevel == Level::Error ? "error"
                             : R.DefaultLevel == Level::Warning
                                 ? "warning"
                                 : "recommendation"},
        {"tags", {"ml-technical-debt", R.Group, R.Taxon, "maintainability"}}}},
      {"relationships",
       {{{"target",
          {{"id", R.Taxon},
           {"index", TaxonIndex},
           {"toolComponent", {{"name", TaxonomyName}, {"index", 0}}}}},
         {"kinds", {"relevant"}}}}}};
  return Rule;
}

json taxonomy() {
  json Taxa = json::array();
  for (const TaxonInfo &T : allTaxa())
    Taxa.push_back({{"id", T.Id},
                    {"name", T.Name},
                    {"shortDescription", text(T.Description)},
                    {"properties", {{"paperSection", T.Section}}}});
  return json{
      {"name", TaxonomyName},
      {"organization", "bel"},
      {"shortDescription",
       text("The kinds of hidden technical debt in machine-learning systems "
            "named by Sculley et al., NIPS 2015.")},
      {"informationUri",
       "https://papers.nips.cc/paper/5656-hidden-technical-debt-in-machine-"
       "learning-systems"},
      {"isComprehensive", false},
      {"taxa", Taxa}};
}

size_t taxonIndex(const std::string &Id) {
  const auto &Taxa = allTaxa();
  for (size_t I = 0; I < Taxa.size(); ++I)
    if (Taxa[I].Id == Id)
      return I;
  return 0;
}

/// %SRCROOT% is declared without a uri, so the log is the same on every
/// machine (SARIF 2.1.0 section 3.14.14).
json srcRootBase() {
  json Description = text(
      "The project root (the directory that holds .bel.yaml). Every result "
      "URI is relative to it; its absolute URI is left out so that the log "
      "is the same on every machine.");
  json Bases = json::object();
  Bases[SrcRoot] = json{{"description", Description}};
  return Bases;
}

json note(const Note &N) {
  json J = location(N.Loc);
  J["message"] = text(stripMessageLinks(N.Message));
  return J;
}

/// \p RuleIndex is the rule's place in tool.driver.rules, or -1 when the
/// run does not list it (then the result names its rule by id only).
json result(const Finding &F, long RuleIndex) {
  json J = {{"ruleId", F.RuleId},
            {"level", levelName(F.Severity)},
            {"message", text(F.Message)},
            {"locations", json::array({location(F.Loc)})},
            {"partialFingerprints", {{FingerprintKey, F.Fingerprint}}}};
  if (RuleIndex >= 0)
    J["ruleIndex"] = RuleIndex;
  if (F.Baseline)
    J["baselineState"] = baselineStateName(*F.Baseline);
  if (!F.Properties.empty())
    J["properties"] = F.Properties;
  if (!F.Related.empty()) {
    json Related = json::array();
    for (size_t I = 0; I < F.Related.size(); ++I) {
      json N = note(F.Related[I]);
      N["id"] = I + 1;
      Related.push_back(N);
    }
    J["relatedLocations"] = Related;
  }
  if (!F.Flows.empty()) {
    json Flows = json::array();
    for (const CodeFlow &Flow : F.Flows) {
      json Steps = json::array();
      for (size_t I = 0; I < Flow.Steps.size(); ++I)
        Steps.push_back({{"location", note(Flow.Steps[I])},
                         {"executionOrder", I + 1},
                         {"nestingLevel", 0}});
      json ThreadFlow = {{"locations", Steps}};
      Flows.push_back({{"message", text(Flow.Message)},
                       {"threadFlows", json::array({ThreadFlow})}});
    }
    J["codeFlows"] = Flows;
  }
  if (F.Suppressed)
    J["suppressions"] = json::array(
        {json{{"kind", "inSource"},
              {"status", "accepted"},
              {"justification", F.Suppressed->Justification}}});
  return J;
}

json notification(const Notification &N) {
  const auto &All = allNotifications();
  size_t Index = 0;
  while (Index < All.size() && All[Index].Id != N.Id)
    ++Index;
  json J = {{"descriptor", {{"id", N.Id}, {"index", Index}}},
            {"level", levelName(N.Severity)},
            {"message", text(N.Message)}};
  if (N.Loc)
    J["locations"] = json::array({location(*N.Loc)});
  return J;
}

json notificationDescriptors() {
  json Out = json::array();
  for (const NotificationInfo &N : allNotifications())
    Out.push_back({{"id", N.Id},
                   {"name", N.Name},
                   {"shortDescription", text(N.Summary)},
                   {"fullDescription", text(N.Summary)},
                   {"help", text(N.Help)},
                   {"defaultConfiguration", {{"level", levelName(N.DefaultLevel)}}}});
  return Out;
}

std::string commandLine(const RunInfo &Run) {
  std::string S = Run.ToolName;
  for (const std::string &A : Run.Arguments) {
    S += ' ';
    bool Quote = A.empty() || A.find_first_of(" \t'\"\\$") != std::string::npos;
    if (!Quote) {
      S += A;
      continue;
    }
    S += '\'';
    for (char C : A)
      S += C == '\'' ? std::string("'\\''") : std::string(1, C);
    S += '\'';
  }
  return S;
}

} // namespace

void emitSarif(const Report &R, llvm::raw_ostream &OS) {
  json Rules = json::array();
  std::vector<std::string> Ids;
  for (const EnabledRule &E : R.Rules) {
    const RuleInfo *Info = findRule(E.Id);
    if (!Info)
      continue;
    json Rule = ruleDescriptor(*Info, taxonIndex(Info->Taxon));
    if (E.Severity != Info->DefaultLevel)
      Rule["defaultConfiguration"]["level"] = levelName(E.Severity);
    Rules.push_back(Rule);
    Ids.push_back(E.Id);
  }
  auto IndexOf = [&](const std::string &Id) -> long {
    auto It = std::find(Ids.begin(), Ids.end(), Id);
    return It == Ids.end() ? -1 : long(It - Ids.begin());
  };

  json Results = json::array();
  for (const Finding &F : R.Findings)
    Results.push_back(result(F, IndexOf(F.RuleId)));

  json Notes = json::array();
  for (const Notification &N : R.Notifications)
    Notes.push_back(notification(N));

  json Run = {
      {"tool",
       {{"driver",
         {{"name", R.Run.ToolName},
          {"version", toolVersion()},
          {"semanticVersion", toolVersion()},
          {"informationUri", informationUri()},
          {"rules", Rules},
          {"notifications", notificationDescriptors()},
          {"supportedTaxonomies", {{{"name", TaxonomyName}, {"index", 0}}}}}}}},
      {"taxonomies", {taxonomy()}},
      {"automationDetails", {{"id", R.Run.AutomationId}}},
      {"columnKind", "unicodeCodePoints"},
      {"originalUriBaseIds", srcRootBase()},
      {"invocations",
       {{{"arguments", R.Run.Arguments},
         {"commandLine", commandLine(R.Run)},
         {"executionSuccessful", R.Run.ExecutionSuccessful},
         {"exitCode", R.Run.ExitCode},
         {"toolExecutionNotifications", Notes}}}},
      {"results", Results}};

  json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", {Run}}};
  OS << Log.dump(2, ' ', /*ensure_ascii=*/false,
                 json::error_handler_t::replace)
     << '\n';
}

} // namespace bel::report
