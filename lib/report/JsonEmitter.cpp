//===- JsonEmitter.cpp - bel's own JSON output of a Report ----------------===//
#include "report/Emitters.h"

#include <nlohmann/json.hpp>

namespace bel::report {
namespace {

using nlohmann::json;

json location(const Location &L) {
  return json{{"path", L.Path},
              {"line", L.Line},
              {"column", L.Column},
              {"endLine", L.EndLine},
              {"endColumn", L.EndColumn}};
}

json note(const Note &N) {
  return json{{"location", location(N.Loc)}, {"message", N.Message}};
}

} // namespace

void emitJson(const Report &R, llvm::raw_ostream &OS) {
  json Findings = json::array();
  for (const Finding &F : R.Findings) {
    json J = {{"ruleId", F.RuleId},
              {"level", levelName(F.Severity)},
              {"message", F.Message},
              {"location", location(F.Loc)},
              {"fingerprint", F.Fingerprint},
              {"related", json::array()},
              {"codeFlows", json::array()}};
    for (const Note &N : F.Related)
      J["related"].push_back(note(N));
    for (const CodeFlow &Flow : F.Flows) {
      json Steps = json::array();
      for (const Note &N : Flow.Steps)
        Steps.push_back(note(N));
      J["codeFlows"].push_back({{"message", Flow.Message}, {"steps", Steps}});
    }
    if (F.Suppressed)
      J["suppression"] = {{"justification", F.Suppressed->Justification}};
    if (!F.Properties.empty())
      J["properties"] = F.Properties;
    Findings.push_back(J);
  }
  json Notes = json::array();
  for (const Notification &N : R.Notifications) {
    json J = {{"id", N.Id}, {"level", levelName(N.Severity)},
              {"message", N.Message}};
    if (N.Loc)
      J["location"] = location(*N.Loc);
    Notes.push_back(J);
  }
  json Out = {{"tool", R.Run.ToolName},
              {"exitCode", R.Run.ExitCode},
              {"findings", Findings},
              {"notifications", Notes}};
  OS << Out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

} // namespace bel::report
