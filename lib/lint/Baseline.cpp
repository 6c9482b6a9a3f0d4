//===- Baseline.cpp - compare a run with an earlier SARIF log -------------===//
#include "lint/Baseline.h"
#include "report/Fingerprint.h"

#include "llvm/Support/MemoryBuffer.h"

#include <nlohmann/json.hpp>

#include <set>

namespace bel::lint {

llvm::Expected<std::vector<report::Finding>> readSarifResults(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "%s: %s", Path.str().c_str(),
                                   Buf.getError().message().c_str());
  std::vector<report::Finding> Out;
  try {
    nlohmann::json Log = nlohmann::json::parse((*Buf)->getBuffer().begin(),
                                               (*Buf)->getBuffer().end());
    for (const auto &Run : Log.at("runs"))
      for (const auto &Result : Run.at("results")) {
        if (Result.value("baselineState", "") == "absent")
          continue; // Gone already when that log was written.
        report::Finding F;
        F.RuleId = Result.at("ruleId").get<std::string>();
        F.Severity = report::parseLevel(Result.value("level", "warning"))
                         .value_or(report::Level::Warning);
        F.Message = Result.at("message").at("text").get<std::string>();
        F.Fingerprint = Result.at("partialFingerprints")
                            .at(report::FingerprintKey)
                            .get<std::string>();
        const auto &Physical = Result.at("locations").at(0).at("physicalLocation");
        F.Loc.Path = Physical.at("artifactLocation").at("uri").get<std::string>();
        if (Physical.contains("region")) {
          const auto &R = Physical.at("region");
          F.Loc.Line = R.value("startLine", 0u);
          F.Loc.Column = R.value("startColumn", 0u);
          F.Loc.EndLine = R.value("endLine", 0u);
          F.Loc.EndColumn = R.value("endColumn", 0u);
        }
        Out.push_back(std::move(F));
      }
  } catch (const std::exception &E) {
    return llvm::createStringError(std::errc::invalid_argument,
                                   "%s: not a SARIF log bel wrote: %s",
                                   Path.str().c_str(), E.what());
  }
  return Out;
}

void compareWithBaseline(report::Report &R,
                         const std::vector<report::Finding> &Baseline) {
  auto Key = [](const report::Finding &F) {
    return std::make_pair(F.RuleId, F.Fingerprint);
  };
  std::set<std::pair<std::string, std::string>> Before, Now;
  for (const report::Finding &F : Baseline)
    Before.insert(Key(F));
  for (report::Finding &F : R.Findings) {
    F.Baseline = Before.count(Key(F)) ? report::BaselineState::Unchanged
                                      : report::BaselineState::New;
    Now.insert(Key(F));
  }
  for (const report::Finding &F : Baseline)
    if (!Now.count(Key(F))) {
      report::Finding Gone = F;
      Gone.Baseline = report::BaselineState::Absent;
      R.Findings.push_back(std::move(Gone));
    }
  report::sortAndDeduplicate(R.Findings);
}

} // namespace bel::lint
