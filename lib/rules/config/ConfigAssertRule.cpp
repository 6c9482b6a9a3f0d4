//===- ConfigAssertRule.cpp - config-assert -------------------------------===//
#include "rules/config/ConfigAssertRule.h"
#include "config/Glob.h"
#include "rules/config/KeyCoverage.h"

#include <cmath>
#include <sstream>

namespace bel::rules::config {
namespace {

using bel::config::AssertSpec;
using bel::config::ConfigNode;
using bel::config::EffectiveConfig;
using bel::config::MapEntry;

std::string number(double D) {
  std::ostringstream S;
  S << D;
  return S.str();
}

KeyPath keyPath(llvm::StringRef Dotted) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Dotted.split(Parts, '.');
  return {Parts.begin(), Parts.end()};
}

std::optional<double> numberAt(const MapEntry *E) {
  double D;
  if (!E || !E->Value.isScalar() || llvm::StringRef(E->Value.Value).getAsDouble(D))
    return std::nullopt;
  return D;
}

size_t leafCount(const ConfigNode &N) {
  if (!N.isMapping() || N.Entries.empty())
    return 1;
  size_t Count = 0;
  for (const MapEntry &E : N.Entries)
    Count += leafCount(E.Value);
  return Count;
}

/// Checks one measured number; reports where \p At points.
class Checker {
public:
  Checker(const AssertSpec &A, FindingSink &Sink) : A(A), Sink(Sink) {}

  void check(double Measured, const std::string &What, report::Location At,
             const std::vector<report::Note> &More = {}) {
    std::string Broken;
    if (A.Min && Measured < *A.Min)
      Broken = "at least " + number(*A.Min);
    else if (A.Max && Measured > *A.Max)
      Broken = "at most " + number(*A.Max);
    else if (A.Equals && Measured != *A.Equals)
      Broken = number(*A.Equals);
    if (Broken.empty())
      return;
    report(What + " is " + number(Measured) + ", but the manifest "
                  "[asserts](1) " + Broken,
           At, More);
  }

  void report(const std::string &Message, report::Location At,
              const std::vector<report::Note> &More) {
    report::Finding F;
    F.Loc = std::move(At);
    F.Message = Message;
    F.Related.push_back({A.Loc, "asserted here"});
    for (const report::Note &N : More)
      F.Related.push_back(N);
    Sink.report(std::move(F));
  }

private:
  const AssertSpec &A;
  FindingSink &Sink;
};

void checkConfig(const AssertSpec &A, const EffectiveConfig &C,
                 const facts::Program &P, Checker &Check) {
  report::Location File{C.Path, 1, 1};
  if (A.What == AssertSpec::CountKeys)
    return Check.check(double(leafCount(C.Root)),
                       "the number of keys in '" + C.Path + "'", File);
  const MapEntry *E = findEntry(C.Root, keyPath(A.Key), P.Aliases);
  if (!E)
    return; // Nothing to measure; a missing key is another rule's finding.
  std::optional<double> Measured;
  std::string What;
  if (A.What == AssertSpec::Items) {
    if (!E->Value.isSequence() && !E->Value.isMapping())
      return;
    Measured = double(E->Value.isSequence() ? E->Value.Items.size()
                                            : E->Value.Entries.size());
    What = "the number of entries under '" + A.Key + "'";
  } else {
    Measured = numberAt(E);
    What = "'" + A.Key + "'";
  }
  if (!Measured)
    return;
  Check.check(*Measured, What, E->KeyLoc);
  if (A.EqualsKey.empty())
    return;
  const MapEntry *Other = findEntry(C.Root, keyPath(A.EqualsKey), P.Aliases);
  std::optional<double> Expected = numberAt(Other);
  if (Expected && *Expected != *Measured)
    Check.report(What + " is " + number(*Measured) + ", but the manifest "
                     "[asserts](1) it equals '" + A.EqualsKey + "', which is " +
                     number(*Expected),
                 E->KeyLoc, {{Other->KeyLoc, "'" + A.EqualsKey + "'"}});
}

} // namespace

void ConfigAssertRule::check(const facts::Program &P, FindingSink &Sink) {
  for (const AssertSpec &A : P.Manifest->Asserts) {
    Checker Check(A, Sink);
    if (A.What == AssertSpec::CountConfigs) {
      Check.check(double(P.Configs->Configs.size()), "the number of configs",
                  A.Loc);
      continue;
    }
    if (A.What == AssertSpec::CountStages) {
      if (P.HasCodeFacts)
        Check.check(double(P.Stages.size()), "the number of stages", A.Loc);
      continue;
    }
    for (const EffectiveConfig &C : P.Configs->Configs) {
      bool Selected = A.Configs.empty();
      for (const std::string &G : A.Configs)
        Selected |= bel::config::globMatch(G, C.Path);
      // A base that only others extend is checked through them.
      if (Selected && !(A.Configs.empty() && P.Configs->isExtended(C.Path)))
        checkConfig(A, C, P, Check);
    }
  }
}

std::unique_ptr<Rule> createConfigAssertRule() {
  return std::make_unique<ConfigAssertRule>();
}

} // namespace bel::rules::config
