//===- EmitterTest.cpp - text, SARIF and JSON output of a Report ----------===//
#include "report/Emitters.h"
#include "report/Fingerprint.h"
#include "report/RuleCatalog.h"

#include "TempDir.h"

#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace bel::report;
using bel::unittest::TempDir;
using nlohmann::json;

namespace {

/// A report with one finding of each rule: the unused setting has two
/// related notes, a code flow and a suppression-free twin; tests add to it.
Report sampleReport() {
  Report R;
  R.Run.Arguments = {"-p", "build", "src/train.cpp"};
  R.Rules = {{"config-missing-setting", Level::Error},
             {"config-unused-setting", Level::Warning}};

  Finding Unused;
  Unused.RuleId = "config-unused-setting";
  Unused.Severity = Level::Warning;
  Unused.Message = "key 'model.dropout' is set but never read; it overrides "
                   "the [base value](1)";
  Unused.Loc = Location{"configs/train.yaml", 3, 3, 3, 10};
  Unused.Related = {
      Note{Location{"configs/base.yaml", 2, 3, 2, 10}, "[base value](1) here"},
      Note{Location{"src/train.cpp", 4, 14}, "config loaded here"}};
  Unused.Fingerprint = "0123456789abcdef";

  Finding Missing;
  Missing.RuleId = "config-missing-setting";
  Missing.Severity = Level::Error;
  Missing.Message = "key 'model.lr' is read without a default but not set";
  Missing.Loc = Location{"src/train.cpp", 5, 28, 5, 32}; // "lr" with quotes
  Missing.Fingerprint = "fedcba9876543210";

  R.Findings = {Unused, Missing};
  return R;
}

/// The project files the sample report points into.
void writeSources(const TempDir &Dir) {
  Dir.write("configs/base.yaml", "model:\n  dropout: 0.1\n");
  Dir.write("configs/train.yaml",
            "extends: base.yaml\nmodel:\n  dropout: 0.2\n");
  Dir.write("src/train.cpp",
            "#include <yaml-cpp/yaml.h>\n"
            "int main() {\n"
            "  auto Cfg =\n"
            "      YAML::LoadFile(\"configs/train.yaml\");\n"
            "  double Lr = Cfg[\"model\"][\"lr\"].as<double>();\n"
            "}\n");
}

std::string text(const Report &R, const std::string &Root) {
  SourceCache Sources(Root);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitText(R, Sources, OS);
  OS.flush();
  return Out;
}

std::string sarif(const Report &R) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitSarif(R, OS);
  OS.flush();
  return Out;
}

json sarifJson(const Report &R) {
  std::string S = sarif(R);
  json J = json::parse(S, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(J.is_discarded()) << "SARIF output is not JSON:\n" << S;
  return J;
}

TEST(TextEmitter, PrintsClangStyleDiagnosticsWithSnippetAndNotes) {
  TempDir Dir;
  writeSources(Dir);
  Report R = sampleReport();
  EXPECT_EQ(text(R, Dir.root()),
            "configs/train.yaml:3:3: warning: key 'model.dropout' is set but "
            "never read; it overrides the base value [config-unused-setting]\n"
            "  dropout: 0.2\n"
            "  ^~~~~~~\n"
            "configs/base.yaml:2:3: note: base value here\n"
            "src/train.cpp:4:14: note: config loaded here\n"
            "src/train.cpp:5:28: error: key 'model.lr' is read without a "
            "default but not set [config-missing-setting]\n"
            "  double Lr = Cfg[\"model\"][\"lr\"].as<double>();\n" +
                std::string(27, ' ') + "^~~~\n");
}

TEST(TextEmitter, HidesSuppressedFindings) {
  TempDir Dir;
  writeSources(Dir);
  Report R = sampleReport();
  R.Findings[0].Suppressed = Suppression{"kept for the sweep"};
  std::string Out = text(R, Dir.root());
  EXPECT_EQ(Out.find("config-unused-setting"), std::string::npos) << Out;
  EXPECT_EQ(Out.find("note:"), std::string::npos) << Out;
  EXPECT_NE(Out.find("[config-missing-setting]"), std::string::npos) << Out;
}

TEST(TextEmitter, PrintsNotificationsFirstAsErrorsNamingTheirDescriptor) {
  TempDir Dir;
  writeSources(Dir);
  Report R = sampleReport();
  R.Notifications = {Notification{"bel-config-parse-error", Level::Error,
                                  "invalid YAML: illegal map value",
                                  Location{"configs/base.yaml", 2, 3}},
                     Notification{"bel-no-compile-database", Level::Error,
                                  "no compile_commands.json", std::nullopt}};
  std::string Out = text(R, Dir.root());
  EXPECT_EQ(Out.rfind("configs/base.yaml:2:3: error: invalid YAML: illegal "
                      "map value [bel-config-parse-error]\n"
                      "  dropout: 0.1\n"
                      "  ^\n"
                      "bel-lint: error: no compile_commands.json "
                      "[bel-no-compile-database]\n"
                      "configs/train.yaml:3:3: warning: ",
                      0),
            0u)
      << Out;
}

TEST(TextEmitter, OmitsTheSnippetWhenTheLineIsUnavailable) {
  TempDir Dir; // no files: every snippet is missing
  Report R = sampleReport();
  R.Findings.resize(1);
  R.Findings[0].Related.clear();
  R.Findings[0].Message = "plain";
  EXPECT_EQ(text(R, Dir.root()),
            "configs/train.yaml:3:3: warning: plain [config-unused-setting]\n");
}

TEST(TextEmitter, WholeFileFindingHasNoPositionAndNoSnippet) {
  TempDir Dir;
  writeSources(Dir);
  Report R;
  Finding F;
  F.RuleId = "config-unused-setting";
  F.Message = "no key of this file is read";
  F.Loc = Location{"configs/base.yaml"};
  R.Findings = {F};
  EXPECT_EQ(text(R, Dir.root()), "configs/base.yaml: warning: no key of this "
                                 "file is read [config-unused-setting]\n");
}

/// A report of one finding "m" of rule "r" at \p L.
Report oneFindingAt(Location L) {
  Report R;
  Finding F;
  F.RuleId = "r";
  F.Message = "m";
  F.Loc = std::move(L);
  R.Findings = {F};
  return R;
}

TEST(TextEmitter, CaretKeepsTabsSoItLinesUp) {
  TempDir Dir;
  Dir.write("a.cpp", "\tx = 1;\n");
  Report R = oneFindingAt(Location{"a.cpp", 1, 2, 1, 3});
  EXPECT_EQ(text(R, Dir.root()), "a.cpp:1:2: warning: m [r]\n\tx = 1;\n\t^\n");
}

TEST(TextEmitter, ShowsControlBytesAndInvalidUtf8AsQuestionMarks) {
  TempDir Dir;
  Dir.write("a.yaml", "k: \x1b[2Jcaf\xe9 \xc3\xa9\n");
  Report R = oneFindingAt(Location{"a.yaml", 1, 1});
  // The escape sequence would clear the terminal; the valid 'é' is kept.
  EXPECT_EQ(text(R, Dir.root()), "a.yaml:1:1: warning: m [r]\nk: ?[2Jcaf? \xc3\xa9\n^\n");
}

TEST(TextEmitter, CaretCountsCodePointsAndPadsByTerminalWidth) {
  TempDir Dir;
  // Column 12 is 'lr': after 'é' (two bytes, one cell) and '模型' (six
  // bytes, four cells).
  Dir.write("a.yaml", "caf\xc3\xa9 \xe6\xa8\xa1\xe5\x9e\x8b: {lr: 1}\n");
  Report R = oneFindingAt(Location{"a.yaml", 1, 12, 1, 14});
  EXPECT_EQ(text(R, Dir.root()),
            "a.yaml:1:12: warning: m [r]\n"
            "caf\xc3\xa9 \xe6\xa8\xa1\xe5\x9e\x8b: {lr: 1}\n" +
                std::string(13, ' ') + "^~\n");
  // A range over a wide character underlines both of its cells.
  R = oneFindingAt(Location{"a.yaml", 1, 6, 1, 7});
  std::string Out = text(R, Dir.root());
  EXPECT_EQ(Out.substr(Out.rfind('\n', Out.size() - 2) + 1), "     ^~\n");
}

TEST(TextEmitter, ShowsC1ControlsAsQuestionMarksToo) {
  TempDir Dir;
  Dir.write("a.yaml", "k: \xc2\x9b" "2J\n"); // U+009B, the 8-bit CSI
  Report R = oneFindingAt(Location{"a.yaml", 1, 4});
  EXPECT_EQ(text(R, Dir.root()), "a.yaml:1:4: warning: m [r]\nk: ?2J\n   ^\n");
}

TEST(TextEmitter, CutsALongLineToAWindowAroundTheColumn) {
  TempDir Dir;
  Dir.write("a.json", std::string(1000, 'a') + "X" + std::string(1000, 'b') + "\n");
  Report R = oneFindingAt(Location{"a.json", 1, 1001});
  std::string Out = text(R, Dir.root());
  std::string Line = std::string("...") + std::string(60, 'a') + "X" +
                     std::string(59, 'b') + "...";
  std::string Caret = std::string(3 + 60, ' ') + "^";
  EXPECT_EQ(Out, "a.json:1:1001: warning: m [r]\n" + Line + "\n" + Caret + "\n");
}

TEST(StripMessageLinks, KeepsTheLinkTextOnly) {
  EXPECT_EQ(stripMessageLinks("see [base value](1)"), "see base value");
  EXPECT_EQ(stripMessageLinks("[a](1) and [b](12)"), "a and b");
  EXPECT_EQ(stripMessageLinks("no links"), "no links");
  EXPECT_EQ(stripMessageLinks("cfg['lr'][0]"), "cfg['lr'][0]");
  EXPECT_EQ(stripMessageLinks("[text](x)"), "[text](x)");
  EXPECT_EQ(stripMessageLinks("[text]()"), "[text]()");
  EXPECT_EQ(stripMessageLinks("[text] (1)"), "[text] (1)");
  EXPECT_EQ(stripMessageLinks("[unclosed"), "[unclosed");
}

TEST(SummaryLine, CountsByLevelSuppressionsAndNotifications) {
  Report R = sampleReport();
  EXPECT_EQ(summaryLine(R), "1 error, 1 warning, 0 notes generated.");
  R.Findings[0].Suppressed = Suppression{"why"};
  R.Notifications.push_back(
      Notification{"bel-skipped-file", Level::Warning, "x", std::nullopt});
  EXPECT_EQ(summaryLine(R), "1 error, 0 warnings, 0 notes, 1 suppressed; "
                            "1 tool notification generated.");
}

TEST(SarifEmitter, IsVersion210WithOneRunOfTheTool) {
  json J = sarifJson(sampleReport());
  EXPECT_EQ(J["version"], "2.1.0");
  EXPECT_EQ(J["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_TRUE(J["runs"].is_array());
  ASSERT_EQ(J["runs"].size(), 1u);
  const json &Run = J["runs"][0];
  EXPECT_EQ(Run["tool"]["driver"]["name"], "bel-lint");
  EXPECT_EQ(Run["tool"]["driver"]["version"], toolVersion());
  EXPECT_EQ(Run["columnKind"], "unicodeCodePoints");
  EXPECT_TRUE(Run["originalUriBaseIds"].contains("%SRCROOT%"));
  // The root is declared without a uri: no absolute path in the log.
  EXPECT_FALSE(Run["originalUriBaseIds"]["%SRCROOT%"].contains("uri"));
  EXPECT_EQ(Run["automationDetails"]["id"], "bel-lint/");
  const json &Invocation = Run["invocations"][0];
  EXPECT_EQ(Invocation["commandLine"], "bel-lint -p build src/train.cpp");
  EXPECT_EQ(Invocation["executionSuccessful"], true);
}

TEST(SarifEmitter, ListsTheEnabledRulesAndResultsPointIntoThem) {
  Report R = sampleReport();
  json J = sarifJson(R);
  const json &Run = J["runs"][0];
  const json &Rules = Run["tool"]["driver"]["rules"];
  ASSERT_EQ(Rules.size(), 2u);
  EXPECT_EQ(Rules[0]["id"], "config-missing-setting");
  EXPECT_EQ(Rules[1]["id"], "config-unused-setting");
  EXPECT_EQ(Rules[1]["shortDescription"]["text"],
            findRule("config-unused-setting")->Summary);
  EXPECT_EQ(Rules[1]["defaultConfiguration"]["level"], "warning");

  const json &Results = Run["results"];
  ASSERT_EQ(Results.size(), 2u);
  for (size_t I = 0; I < Results.size(); ++I) {
    SCOPED_TRACE(I);
    const json &Res = Results[I];
    EXPECT_EQ(Res["ruleId"], R.Findings[I].RuleId);
    size_t Index = Res["ruleIndex"].get<size_t>();
    ASSERT_LT(Index, Rules.size());
    EXPECT_EQ(Rules[Index]["id"], Res["ruleId"]);
  }
  EXPECT_EQ(Results[0]["ruleIndex"], 1);
  EXPECT_EQ(Results[1]["ruleIndex"], 0);
  EXPECT_EQ(Results[1]["level"], "error");
}

TEST(SarifEmitter, RuleLevelFromTheManifestOverridesTheDefault) {
  Report R = sampleReport();
  R.Rules[1].Severity = Level::Error;
  json J = sarifJson(R);
  EXPECT_EQ(J["runs"][0]["tool"]["driver"]["rules"][1]["defaultConfiguration"]
             ["level"],
            "error");
}

TEST(SarifEmitter, ResultLocationsAreRelativeToSrcRoot) {
  json J = sarifJson(sampleReport());
  const json &Res = J["runs"][0]["results"][0];
  // An array even with one element: a one-element brace list in nlohmann
  // can collapse to the element itself.
  ASSERT_TRUE(Res["locations"].is_array());
  ASSERT_EQ(Res["locations"].size(), 1u);
  const json &Phys = Res["locations"][0]["physicalLocation"];
  EXPECT_EQ(Phys["artifactLocation"]["uri"], "configs/train.yaml");
  EXPECT_EQ(Phys["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(Phys["region"]["startLine"], 3);
  EXPECT_EQ(Phys["region"]["startColumn"], 3);
  EXPECT_EQ(Phys["region"]["endLine"], 3);
  EXPECT_EQ(Phys["region"]["endColumn"], 10);
  // The message keeps its links for SARIF viewers.
  EXPECT_EQ(Res["message"]["text"], sampleReport().Findings[0].Message);
}

TEST(SarifEmitter, UrisArePercentEncodedWhereRfc3986AsksIt) {
  Report R = sampleReport();
  R.Findings[0].Loc.Path = "configs/my run#1/caf\xe9 100%.yaml";
  json J = sarifJson(R);
  EXPECT_EQ(J["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
             ["artifactLocation"]["uri"],
            "configs/my%20run%231/caf%E9%20100%25.yaml");
}

TEST(SarifEmitter, WholeFileLocationHasNoRegion) {
  Report R = sampleReport();
  R.Findings[0].Loc = Location{"configs/train.yaml"};
  json J = sarifJson(R);
  const json &Phys =
      J["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_FALSE(Phys.contains("region"));
}

TEST(SarifEmitter, PartialFingerprintUsesBelsKey) {
  json J = sarifJson(sampleReport());
  const json &FP = J["runs"][0]["results"][0]["partialFingerprints"];
  ASSERT_EQ(FP.size(), 1u);
  EXPECT_EQ(std::string(FingerprintKey), "belFindingHash/v1");
  EXPECT_EQ(FP["belFindingHash/v1"], "0123456789abcdef");
}

TEST(SarifEmitter, RelatedLocationsAreNumberedFromOne) {
  json J = sarifJson(sampleReport());
  const json &Related = J["runs"][0]["results"][0]["relatedLocations"];
  ASSERT_EQ(Related.size(), 2u);
  EXPECT_EQ(Related[0]["id"], 1);
  EXPECT_EQ(Related[1]["id"], 2);
  EXPECT_EQ(Related[0]["message"]["text"], "base value here");
  EXPECT_EQ(Related[0]["physicalLocation"]["artifactLocation"]["uri"],
            "configs/base.yaml");
  EXPECT_EQ(Related[1]["physicalLocation"]["region"]["startLine"], 4);
  // A finding without notes has no relatedLocations at all.
  EXPECT_FALSE(J["runs"][0]["results"][1].contains("relatedLocations"));
}

TEST(SarifEmitter, CodeFlowsAreWrittenWhenSet) {
  Report R = sampleReport();
  EXPECT_FALSE(sarifJson(R)["runs"][0]["results"][0].contains("codeFlows"));
  R.Findings[0].Flows = {
      CodeFlow{"how the value flows",
               {Note{Location{"src/prep.cpp", 7, 3}, "prep writes 'x'"},
                Note{Location{"src/train.cpp", 9, 5}, "train reads 'x'"}}}};
  json J = sarifJson(R);
  const json &Flows = J["runs"][0]["results"][0]["codeFlows"];
  ASSERT_TRUE(Flows.is_array());
  ASSERT_EQ(Flows.size(), 1u);
  ASSERT_TRUE(Flows[0]["threadFlows"].is_array());
  ASSERT_EQ(Flows[0]["threadFlows"].size(), 1u);
  EXPECT_EQ(Flows[0]["message"]["text"], "how the value flows");
  const json &Steps = Flows[0]["threadFlows"][0]["locations"];
  ASSERT_EQ(Steps.size(), 2u);
  EXPECT_EQ(Steps[0]["executionOrder"], 1);
  EXPECT_EQ(Steps[1]["executionOrder"], 2);
  EXPECT_EQ(Steps[1]["location"]["message"]["text"], "train reads 'x'");
  EXPECT_EQ(Steps[1]["location"]["physicalLocation"]["artifactLocation"]["uri"],
            "src/train.cpp");
}

TEST(SarifEmitter, SuppressionsAreWrittenWhenSet) {
  Report R = sampleReport();
  EXPECT_FALSE(sarifJson(R)["runs"][0]["results"][0].contains("suppressions"));
  R.Findings[0].Suppressed = Suppression{"kept for the sweep"};
  json J = sarifJson(R);
  // A suppressed finding is still a result, marked as suppressed.
  ASSERT_EQ(J["runs"][0]["results"].size(), 2u);
  const json &Supp = J["runs"][0]["results"][0]["suppressions"];
  ASSERT_TRUE(Supp.is_array());
  ASSERT_EQ(Supp.size(), 1u);
  EXPECT_EQ(Supp[0]["kind"], "inSource");
  EXPECT_EQ(Supp[0]["status"], "accepted");
  EXPECT_EQ(Supp[0]["justification"], "kept for the sweep");
}

TEST(SarifEmitter, NotificationsAreToolExecutionNotifications) {
  Report R = sampleReport();
  R.Notifications = {Notification{"bel-config-parse-error", Level::Error,
                                  "invalid YAML: illegal map value",
                                  Location{"configs/bad.yaml", 1, 5}},
                     Notification{"bel-skipped-file", Level::Warning, "skipped",
                                  std::nullopt}};
  json J = sarifJson(R);
  const json &Run = J["runs"][0];
  const json &Notes = Run["invocations"][0]["toolExecutionNotifications"];
  ASSERT_EQ(Notes.size(), 2u);
  EXPECT_EQ(Notes[0]["descriptor"]["id"], "bel-config-parse-error");
  EXPECT_EQ(Notes[0]["level"], "error");
  EXPECT_EQ(Notes[0]["message"]["text"], "invalid YAML: illegal map value");
  ASSERT_TRUE(Notes[0]["locations"].is_array());
  EXPECT_EQ(
      Notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
      "configs/bad.yaml");
  EXPECT_FALSE(Notes[1].contains("locations"));
  EXPECT_EQ(Notes[1]["level"], "warning");
  // Each descriptor index points at its entry in tool.driver.notifications.
  const json &Descriptors = Run["tool"]["driver"]["notifications"];
  for (const json &N : Notes) {
    size_t Index = N["descriptor"]["index"].get<size_t>();
    ASSERT_LT(Index, Descriptors.size());
    EXPECT_EQ(Descriptors[Index]["id"], N["descriptor"]["id"]);
  }
}

TEST(SarifEmitter, IsByteIdenticalForIdenticalInput) {
  Report R = sampleReport();
  R.Findings[0].Suppressed = Suppression{"x"};
  R.Notifications = {
      Notification{"bel-skipped-file", Level::Warning, "s", std::nullopt}};
  std::string First = sarif(R);
  EXPECT_EQ(First, sarif(R));
  EXPECT_EQ(First.back(), '\n');
  // Pretty-printed with two spaces, not one long line.
  EXPECT_EQ(First.rfind("{\n  \"$schema\"", 0), 0u) << First.substr(0, 40);
}

TEST(SarifEmitter, EmptyReportIsStillAValidRun) {
  Report R;
  json J = sarifJson(R);
  ASSERT_EQ(J["runs"].size(), 1u);
  EXPECT_TRUE(J["runs"][0]["results"].is_array());
  EXPECT_TRUE(J["runs"][0]["results"].empty());
  EXPECT_TRUE(J["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST(JsonEmitter, WritesTheFindingModel) {
  Report R = sampleReport();
  R.Findings[0].Suppressed = Suppression{"why"};
  R.Notifications = {
      Notification{"bel-skipped-file", Level::Warning, "s", Location{"x.cpp"}}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitJson(R, OS);
  OS.flush();
  json J = json::parse(Out, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(J.is_discarded()) << Out;
  EXPECT_EQ(J["tool"], "bel-lint");
  ASSERT_EQ(J["findings"].size(), 2u);
  const json &F = J["findings"][0];
  EXPECT_EQ(F["ruleId"], "config-unused-setting");
  EXPECT_EQ(F["level"], "warning");
  EXPECT_EQ(F["message"], R.Findings[0].Message);
  EXPECT_EQ(F["location"]["path"], "configs/train.yaml");
  EXPECT_EQ(F["location"]["line"], 3);
  EXPECT_EQ(F["location"]["column"], 3);
  EXPECT_EQ(F["location"]["endColumn"], 10);
  EXPECT_EQ(F["fingerprint"], "0123456789abcdef");
  ASSERT_EQ(F["related"].size(), 2u);
  EXPECT_EQ(F["related"][1]["message"], "config loaded here");
  EXPECT_EQ(F["suppression"]["justification"], "why");
  EXPECT_FALSE(J["findings"][1].contains("suppression"));
  ASSERT_EQ(J["notifications"].size(), 1u);
  EXPECT_EQ(J["notifications"][0]["id"], "bel-skipped-file");
  EXPECT_EQ(J["notifications"][0]["location"]["path"], "x.cpp");
}

} // namespace

// A result whose rule the run does not list names its rule by id only: a
// ruleIndex past the rules array would be invalid SARIF.
TEST(SarifEmitter, NoRuleIndexForUnlistedRule) {
  bel::report::Report R;
  R.Rules = {{"config-unused-setting", bel::report::Level::Warning}};
  bel::report::Finding F;
  F.RuleId = "config-missing-setting";
  F.Loc = {"a.yaml", 1, 1};
  R.Findings = {F};
  std::string S;
  llvm::raw_string_ostream OS(S);
  bel::report::emitSarif(R, OS);
  OS.flush();
  auto J = nlohmann::json::parse(S);
  const auto &Res = J["runs"][0]["results"][0];
  EXPECT_EQ(Res["ruleId"], "config-missing-setting");
  EXPECT_FALSE(Res.contains("ruleIndex"));
}
