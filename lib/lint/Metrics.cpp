//===- Metrics.cpp - bel-lint --metrics: the glue table -------------------===//
#include "lint/Metrics.h"

#include "llvm/Support/Format.h"

#include <map>
#include <set>

namespace bel::lint {
namespace {

struct Totals {
  unsigned Functions = 0, Statements = 0, Glue = 0;
  void add(const facts::FunctionMetric &M) {
    ++Functions;
    Statements += M.Statements;
    Glue += M.Glue;
  }
};

void table(llvm::raw_ostream &OS, const char *Title,
           const std::map<std::string, Totals> &Rows) {
  size_t Width = std::string(Title).size();
  for (const auto &[Name, T] : Rows)
    Width = std::max(Width, Name.size());
  OS << llvm::left_justify(Title, Width) << "  functions  statements   glue  ratio\n";
  for (const auto &[Name, T] : Rows)
    OS << llvm::left_justify(Name, Width) << "  "
       << llvm::format("%9u  %10u  %5u  %5.2f", T.Functions, T.Statements, T.Glue,
                       T.Statements ? double(T.Glue) / T.Statements : 0.0)
       << "\n";
}

} // namespace

void printMetrics(const facts::Program &P, llvm::raw_ostream &OS) {
  std::map<std::string, Totals> Files, Stages;
  std::map<std::string, std::vector<const facts::FunctionMetric *>> ByNode;
  // A function defined in a header is seen by every TU that includes it.
  std::set<std::pair<std::string, report::Location>> Seen;
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::FunctionMetric &M : TU.Metrics) {
      std::string Node = facts::Program::nodeOf(TU, M.USR);
      if (!Seen.insert({Node, M.Loc}).second)
        continue;
      Files[M.Loc.Path].add(M);
      ByNode[Node].push_back(&M);
    }
  for (const facts::Stage &S : P.Stages)
    for (const std::string &Node : P.reachable(S))
      for (const facts::FunctionMetric *M : ByNode[Node])
        Stages[S.Name].add(*M);
  table(OS, "file", Files);
  OS << "\n";
  table(OS, "stage", Stages);
}

} // namespace bel::lint
