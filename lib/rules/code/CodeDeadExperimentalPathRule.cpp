//===- CodeDeadExperimentalPathRule.cpp - code-dead-experimental-path -----===//
#include "rules/code/CodeDeadExperimentalPathRule.h"
#include "rules/code/ExperimentFlags.h"
#include "rules/config/KeyCoverage.h"

namespace bel::rules::code {
namespace {

/// "0.5f" -> "0.5", "\"fast\"" -> "fast", "std::string(\"x\")" -> "x".
std::string plain(llvm::StringRef T) {
  T = T.trim();
  if (T.consume_front("std::string(") && T.consume_back(")"))
    T = T.trim();
  if (T.size() >= 2 && T.front() == '"' && T.back() == '"')
    return T.drop_front().drop_back().str();
  double D;
  if (!T.rtrim("fFlLuU").getAsDouble(D))
    return T.rtrim("fFlLuU").str();
  return T.str();
}

std::optional<bool> truth(const std::string &V) {
  llvm::StringRef S = V;
  if (S.equals_insensitive("true") || S.equals_insensitive("yes") ||
      S.equals_insensitive("on"))
    return true;
  if (S.equals_insensitive("false") || S.equals_insensitive("no") ||
      S.equals_insensitive("off"))
    return false;
  double D;
  if (!S.getAsDouble(D))
    return D != 0;
  return std::nullopt;
}

/// The condition's value for one setting value; nullopt when bel cannot
/// tell (a comparison of text with a number, say).
std::optional<bool> evaluate(const facts::Branch &B, const std::string &Raw) {
  std::string V = plain(Raw);
  std::optional<bool> Result;
  if (B.Op.empty()) {
    Result = truth(V);
  } else {
    std::string L = plain(B.Literal);
    double X, Y;
    bool Numbers = !llvm::StringRef(V).getAsDouble(X) &&
                   !llvm::StringRef(L).getAsDouble(Y);
    if (!Numbers) {
      if (truth(V) && truth(L) && (B.Op == "==" || B.Op == "!=")) {
        X = *truth(V);
        Y = *truth(L);
        Numbers = true;
      } else if (B.Op == "==" || B.Op == "!=") {
        Result = (V == L) == (B.Op == "==");
      }
    }
    if (Numbers)
      Result = B.Op == "==" ? X == Y : B.Op == "!=" ? X != Y : B.Op == "<" ? X < Y
               : B.Op == "<=" ? X <= Y : B.Op == ">" ? X > Y : X >= Y;
  }
  if (Result && B.Negated)
    Result = !*Result;
  return Result;
}

void reportConstant(const facts::Branch &B, FindingSink &Sink) {
  const report::Location &Dead = *B.Constant ? B.Else : B.Then;
  if (!Dead.hasRegion())
    return;
  report::Finding F;
  F.Loc = Dead;
  F.Message = B.Spelling == "#if 0"
                  ? std::string("this block never compiles: it is inside '#if 0'")
                  : "this branch never runs: '" + B.Spelling + "' is always " +
                        (*B.Constant ? "true" : "false");
  Sink.report(std::move(F));
}

} // namespace

void CodeDeadExperimentalPathRule::check(const facts::Program &P,
                                         FindingSink &Sink) {
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::Branch &B : TU.Branches) {
      if (B.Constant) {
        reportConstant(B, Sink);
        continue;
      }
      // The one setting the condition reads.
      const facts::ConfigRead *Read = nullptr;
      bool Several = false;
      for (const facts::ConfigRead &R : TU.Reads)
        if (within(R.Loc, B.Value) && R.Kind == facts::ReadKind::Value) {
          Several |= Read && Read->Keys != R.Keys;
          Read = &R;
        }
      // The stage's configs must be known: a setting nothing can be said of
      // may well be set where bel cannot see.
      if (!Read || Several || configsOfRead(*Read, TU, P).empty())
        continue;
      std::vector<SettingValue> Values = valuesOf(*Read, TU, P);
      std::optional<bool> Same;
      bool Differ = false, Unknown = false;
      for (const SettingValue &V : Values) {
        std::optional<bool> E = evaluate(B, V.Text);
        Unknown |= !E;
        if (E && Same && *Same != *E)
          Differ = true;
        if (E)
          Same = E;
      }
      if (Unknown || Differ || !Same)
        continue;
      const report::Location &Dead = *Same ? B.Else : B.Then;
      if (!Dead.hasRegion())
        continue; // Always true without an else: nothing is dead here.
      report::Finding F;
      F.Loc = Dead;
      F.Message = "this branch never runs: '" + B.Spelling + "' is " +
                  (*Same ? "true" : "false") + " in every config of the " +
                  "stage" + (Read->HasDefault ? " and by default" : "");
      F.Related.push_back({Read->Loc, "'" + dotted(Read->Keys) + "' read here"});
      for (const SettingValue &V : Values)
        if (V.Where)
          F.Related.push_back({*V.Where, "set to " + V.Text + " in '" + V.Config + "'"});
      if (isExperimentFlag(Read->Keys, *P.Manifest))
        Sink.report(std::move(F));
      else
        Sink.reportLower(std::move(F));
    }
}

std::unique_ptr<Rule> createCodeDeadExperimentalPathRule() {
  return std::make_unique<CodeDeadExperimentalPathRule>();
}

} // namespace bel::rules::code
