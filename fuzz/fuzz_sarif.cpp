//===- fuzz_sarif.cpp - libFuzzer target: SARIF and JSON output ----------===//
//
// Builds a Report from the fuzz bytes (messages, paths, arguments and notes
// of any bytes, invalid UTF-8 included), emits it as SARIF and as bel's JSON,
// and parses both back with nlohmann::json: each must be one valid JSON
// document, and every text that was valid UTF-8 must come back unchanged.
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "report/Emitters.h"
#include "report/RuleCatalog.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/raw_ostream.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstring>
#include <string>

using namespace bel;
using nlohmann::json;

namespace {

std::string bytes(FuzzedDataProvider &P) {
  return P.ConsumeRandomLengthString(48);
}

report::Level level(FuzzedDataProvider &P) {
  return report::Level(P.ConsumeIntegralInRange<int>(0, 2));
}

report::Location location(FuzzedDataProvider &P) {
  report::Location L;
  L.Path = bytes(P);
  L.Line = P.ConsumeIntegral<unsigned>();
  L.Column = P.ConsumeIntegral<unsigned>();
  L.EndLine = P.ConsumeIntegral<unsigned>();
  L.EndColumn = P.ConsumeIntegral<unsigned>();
  return L;
}

report::Note note(FuzzedDataProvider &P) {
  report::Note N;
  N.Loc = location(P);
  N.Message = bytes(P);
  return N;
}

/// A rule id: one bel knows (so the SARIF lists its descriptor) or any bytes.
std::string ruleId(FuzzedDataProvider &P) {
  const auto &Rules = report::allRules();
  if (!Rules.empty() && P.ConsumeBool())
    return Rules[P.ConsumeIntegralInRange<size_t>(0, Rules.size() - 1)].Id;
  return bytes(P);
}

report::Finding finding(FuzzedDataProvider &P) {
  report::Finding F;
  F.RuleId = ruleId(P);
  F.Severity = level(P);
  F.Message = bytes(P);
  F.Loc = location(P);
  for (int I = P.ConsumeIntegralInRange(0, 3); I > 0; --I)
    F.Related.push_back(note(P));
  for (int I = P.ConsumeIntegralInRange(0, 2); I > 0; --I) {
    report::CodeFlow Flow;
    Flow.Message = bytes(P);
    for (int J = P.ConsumeIntegralInRange(0, 3); J > 0; --J)
      Flow.Steps.push_back(note(P));
    F.Flows.push_back(std::move(Flow));
  }
  F.Fingerprint = bytes(P);
  if (P.ConsumeBool())
    F.Suppressed = report::Suppression{bytes(P)};
  if (P.ConsumeBool())
    F.Baseline = report::BaselineState(P.ConsumeIntegralInRange<int>(0, 2));
  for (int I = P.ConsumeIntegralInRange(0, 2); I > 0; --I)
    F.Properties[bytes(P)] = bytes(P);
  return F;
}

report::Report makeReport(FuzzedDataProvider &P) {
  report::Report R;
  R.Run.ToolName = bytes(P);
  for (int I = P.ConsumeIntegralInRange(0, 3); I > 0; --I)
    R.Run.Arguments.push_back(bytes(P));
  R.Run.ExitCode = P.ConsumeIntegral<int>();
  R.Run.ExecutionSuccessful = P.ConsumeBool();
  R.Run.AutomationId = bytes(P);
  // Few rules: each descriptor carries its whole doc page.
  for (int I = P.ConsumeIntegralInRange(0, 2); I > 0; --I)
    R.Rules.push_back({ruleId(P), level(P)});
  for (int I = P.ConsumeIntegralInRange(0, 6); I > 0; --I)
    R.Findings.push_back(finding(P));
  const auto &Known = report::allNotifications();
  for (int I = P.ConsumeIntegralInRange(0, 3); I > 0; --I) {
    report::Notification N;
    N.Id = !Known.empty() && P.ConsumeBool()
               ? Known[P.ConsumeIntegralInRange<size_t>(0, Known.size() - 1)].Id
               : bytes(P);
    N.Severity = level(P);
    N.Message = bytes(P);
    if (P.ConsumeBool())
      N.Loc = location(P);
    R.Notifications.push_back(std::move(N));
  }
  return R;
}

bool validUtf8(const std::string &S) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(S.data());
  return llvm::isLegalUTF8String(&Begin, Begin + S.size());
}

/// \p Got must be the JSON string \p Want, where \p Want is valid UTF-8.
void expectText(const json &Got, const std::string &Want) {
  if (!Got.is_string())
    fuzz::fail();
  if (validUtf8(Want) && Got.get_ref<const std::string &>() != Want)
    fuzz::fail();
}

/// \p Got must be a URI reference of RFC 3986 characters only whose
/// percent-decoding is \p Path, byte for byte (a path need not be UTF-8).
void expectUri(const json &Got, const std::string &Path) {
  if (!Got.is_string())
    fuzz::fail();
  const std::string &Uri = Got.get_ref<const std::string &>();
  std::string Decoded;
  for (size_t I = 0; I < Uri.size(); ++I) {
    unsigned char C = Uri[I];
    if (C == '%') {
      if (I + 2 >= Uri.size() || !isxdigit(Uri[I + 1]) ||
          !isxdigit(Uri[I + 2]))
        fuzz::fail();
      Decoded += char(std::stoi(Uri.substr(I + 1, 2), nullptr, 16));
      I += 2;
      continue;
    }
    if (C >= 0x80 || !(isalnum(C) || (C && strchr("-._~/!$&'()*+,;=:@", C))))
      fuzz::fail();
    Decoded += char(C);
  }
  if (Decoded != Path)
    fuzz::fail();
}

template <typename Emit> json emitAndParse(const report::Report &R, Emit E) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  E(R, OS);
  OS.flush();
  json J = json::parse(Out, /*cb=*/nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object())
    fuzz::fail();
  return J;
}

void checkSarif(const report::Report &R) {
  json J = emitAndParse(R, report::emitSarif);
  const json &Run = J.at("runs").at(0);
  const json &Results = Run.at("results");
  if (Results.size() != R.Findings.size())
    fuzz::fail();
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const report::Finding &F = R.Findings[I];
    const json &Res = Results.at(I);
    expectText(Res.at("ruleId"), F.RuleId);
    expectText(Res.at("message").at("text"), F.Message);
    expectUri(Res.at("locations")
                  .at(0)
                  .at("physicalLocation")
                  .at("artifactLocation")
                  .at("uri"),
              F.Loc.Path);
    for (size_t N = 0; N < F.Related.size(); ++N)
      expectText(Res.at("relatedLocations").at(N).at("message").at("text"),
                 report::stripMessageLinks(F.Related[N].Message));
  }
  const json &Notes =
      Run.at("invocations").at(0).at("toolExecutionNotifications");
  if (Notes.size() != R.Notifications.size())
    fuzz::fail();
  for (size_t I = 0; I < R.Notifications.size(); ++I)
    expectText(Notes.at(I).at("message").at("text"),
               R.Notifications[I].Message);
  const json &Args = Run.at("invocations").at(0).at("arguments");
  for (size_t I = 0; I < R.Run.Arguments.size(); ++I)
    expectText(Args.at(I), R.Run.Arguments[I]);
}

void checkJson(const report::Report &R) {
  json J = emitAndParse(R, report::emitJson);
  const json &Findings = J.at("findings");
  if (Findings.size() != R.Findings.size())
    fuzz::fail();
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const report::Finding &F = R.Findings[I];
    const json &Out = Findings.at(I);
    expectText(Out.at("message"), F.Message);
    expectText(Out.at("location").at("path"), F.Loc.Path);
    if (Out.at("location").at("line") != F.Loc.Line)
      fuzz::fail();
    for (size_t N = 0; N < F.Related.size(); ++N)
      expectText(Out.at("related").at(N).at("message"), F.Related[N].Message);
  }
  if (J.at("notifications").size() != R.Notifications.size())
    fuzz::fail();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  FuzzedDataProvider P(Data, Size);
  report::Report R = makeReport(P);
  // Emitters receive a sorted, deduplicated list.
  report::sortAndDeduplicate(R.Findings);
  report::sortAndDeduplicate(R.Notifications);
  checkSarif(R);
  checkJson(R);
  return 0;
}
