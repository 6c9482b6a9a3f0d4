//===- DataUnusedReadRule.cpp - data-unused-read --------------------------===//
#include "rules/data/DataUnusedReadRule.h"

namespace bel::rules::data {

void DataUnusedReadRule::check(const facts::Program &P, FindingSink &Sink) {
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::UnusedColumn &C : TU.UnusedColumns) {
      report::Finding F;
      F.Loc = C.Loc;
      F.Message = "column '" + C.Column + "' is looked up into '" + C.Var +
                  "' with '" + C.Api + "' but never used";
      Sink.report(std::move(F));
    }
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::DataAccess &A : TU.Accesses) {
      if (!A.Unused || A.ParsedAsConfig || A.Mode != config::Access::Read ||
          (!A.Path.empty() && P.Configs && P.Configs->find(A.Path)))
        continue;
      const std::string What = A.Path.empty() ? A.Source : A.Path;
      report::Finding F;
      F.Loc = A.UnusedLoc;
      if (A.UnusedLoc == A.Loc) {
        F.Message = "'" + A.UnusedWhat + "' opens '" + What +
                    "' for reading, but nothing is ever read from it";
      } else {
        F.Message = "'" + A.UnusedWhat + "' holds data read from '" + What +
                    "' but is never used";
        F.Related.push_back({A.Loc, "opened here"});
      }
      Sink.report(std::move(F));
    }
}

std::unique_ptr<Rule> createDataUnusedReadRule() {
  return std::make_unique<DataUnusedReadRule>();
}

} // namespace bel::rules::data
