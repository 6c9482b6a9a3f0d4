//===- CodeGlueRule.cpp - code-glue ---------------------------------------===//
#include "rules/code/CodeGlueRule.h"

#include <cstdio>

namespace bel::rules::code {
namespace {

std::string ratio(unsigned Part, unsigned Whole) {
  char Buf[16];
  std::snprintf(Buf, sizeof(Buf), "%.2f", Whole ? double(Part) / Whole : 0.0);
  return Buf;
}

} // namespace

void CodeGlueRule::check(const facts::Program &P, FindingSink &Sink) {
  for (const facts::TUFacts &TU : P.TUs) {
    // The file's ratio counts every function defined in it.
    std::map<std::string, std::pair<unsigned, unsigned>> Files;
    for (const facts::FunctionMetric &M : TU.Metrics) {
      Files[M.Loc.Path].first += M.Glue;
      Files[M.Loc.Path].second += M.Statements;
    }
    for (const facts::FunctionMetric &M : TU.Metrics) {
      if (M.Statements < P.Manifest->GlueMinStatements ||
          double(M.Glue) / M.Statements < P.Manifest->GlueThreshold)
        continue;
      report::Finding F;
      F.Loc = M.Loc;
      F.Message = "function '" + M.Name + "' is glue: " + std::to_string(M.Glue) +
                  " of its " + std::to_string(M.Statements) +
                  " statements only move data from one type to another (ratio " +
                  ratio(M.Glue, M.Statements) + ")";
      auto [FileGlue, FileStatements] = Files[M.Loc.Path];
      F.Properties = {{"glueRatio", ratio(M.Glue, M.Statements)},
                      {"glueStatements", std::to_string(M.Glue)},
                      {"statements", std::to_string(M.Statements)},
                      {"fileGlueRatio", ratio(FileGlue, FileStatements)}};
      Sink.report(std::move(F));
    }
  }
}

std::unique_ptr<Rule> createCodeGlueRule() {
  return std::make_unique<CodeGlueRule>();
}

} // namespace bel::rules::code
