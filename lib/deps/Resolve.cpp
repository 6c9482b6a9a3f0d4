//===- Resolve.cpp - the files a stage really opens -----------------------===//
#include "deps/Resolve.h"
#include "config/Glob.h"

#include <algorithm>
#include <map>

namespace bel::deps {
namespace {

using facts::PathPart;
using report::Location;

/// One way a path resolves so far.
struct Partial {
  std::string Text, Why, ViaConfig, ViaKey;
  Location ViaLoc;
  std::vector<Location> Sites;
  Location WhyLoc;
};

/// Paths built from several config values multiply; past this many ways a
/// path is no longer a dependency anyone could list.
constexpr size_t MaxWays = 64;
constexpr unsigned MaxCallDepth = 8;

bool within(const Location &Inner, const Location &Outer) {
  if (Inner.Path != Outer.Path || !Outer.hasRegion())
    return false;
  auto Start = [](const Location &L) { return std::make_pair(L.Line, L.Column); };
  auto End = [](const Location &L) {
    return L.EndLine ? std::make_pair(L.EndLine, L.EndColumn)
                     : std::make_pair(L.Line, L.Column);
  };
  return Start(Outer) <= Start(Inner) && Start(Inner) <= End(Outer);
}

const config::ConfigNode *lookup(const config::ConfigNode &Root,
                                 const std::vector<std::string> &Keys) {
  const config::ConfigNode *N = &Root;
  for (const std::string &K : Keys) {
    const config::MapEntry *E = N->isMapping() ? N->find(K) : nullptr;
    if (!E)
      return nullptr;
    N = &E->Value;
  }
  return N;
}

} // namespace

struct AccessResolver::Impl {
  const facts::Program &P;
  struct Site {
    const facts::TUFacts *TU;
    const facts::Call *C;
  };
  std::map<std::string, std::vector<Site>> CallsTo;

  explicit Impl(const facts::Program &P) : P(P) {
    for (const facts::TUFacts &TU : P.TUs)
      for (const facts::Call &C : TU.Calls)
        if (!C.Args.empty())
          CallsTo[C.Callee].push_back({&TU, &C});
  }

  /// The ways \p Parts resolve in function \p Fn of \p TU. Parameters
  /// resolve together, one call site at a time: `Open("data", "train")` and
  /// `Open("cache", "valid")` give two paths, not four.
  std::vector<Partial> resolve(const std::vector<PathPart> &Parts,
                               const facts::TUFacts &TU, const std::string &Fn,
                               const facts::Stage &S,
                               const std::set<std::string> &Reach,
                               unsigned Depth) const {
    const PathPart *FirstParam = nullptr;
    for (const PathPart &Part : Parts)
      if (Part.K == PathPart::Parameter && !FirstParam)
        FirstParam = &Part;
    if (!FirstParam)
      return combine(Parts, TU, S, nullptr, Reach, Depth);
    std::vector<Partial> Out;
    auto It = CallsTo.find(Fn);
    if (Depth < MaxCallDepth && It != CallsTo.end())
      for (const Site &Call : It->second) {
        if (!Reach.count(facts::Program::nodeOf(*Call.TU, Call.C->Caller)))
          continue;
        for (Partial W : combine(Parts, TU, S, &Call, Reach, Depth)) {
          W.Sites.push_back(Call.C->Loc);
          Out.push_back(std::move(W));
        }
      }
    if (Out.empty())
      Out.push_back({"",
                     "the path is the parameter '" + FirstParam->Text +
                         "', and no call reached from stage '" + S.Name +
                         "' passes a path bel can resolve",
                     "", "", {}, {}, {}});
    return Out;
  }

  /// The product of every part's options; parameters take what \p Call
  /// passes.
  std::vector<Partial> combine(const std::vector<PathPart> &Parts,
                               const facts::TUFacts &TU, const facts::Stage &S,
                               const Site *Call,
                               const std::set<std::string> &Reach,
                               unsigned Depth) const {
    std::vector<Partial> Ways = {Partial{}};
    for (const PathPart &Part : Parts) {
      std::vector<Partial> Options;
      switch (Part.K) {
      case PathPart::Literal:
        Options.push_back({Part.Text, "", "", "", {}, {}, {}});
        break;
      case PathPart::Value:
        Options = valueOptions(Part, TU, S);
        break;
      case PathPart::Parameter:
        if (Call && size_t(Part.Param) < Call->C->Args.size() &&
            !Call->C->Args[Part.Param].empty())
          Options = resolve(Call->C->Args[Part.Param], *Call->TU,
                            Call->C->Caller, S, Reach, Depth + 1);
        else
          Options.push_back({"",
                             "the path is the parameter '" + Part.Text +
                                 "', and a call reached from stage '" + S.Name +
                                 "' passes no path bel can see",
                             "", "", {}, {}, Call ? Call->C->Loc : Location{}});
        break;
      }
      std::vector<Partial> Next;
      for (const Partial &W : Ways) {
        if (!W.Why.empty()) {
          Next.push_back(W);
          continue;
        }
        for (const Partial &O : Options) {
          if (Next.size() >= MaxWays)
            break;
          Partial N = W;
          if (!O.Why.empty()) {
            N.Text.clear();
            N.Why = O.Why;
            N.WhyLoc = O.WhyLoc;
          } else {
            N.Text += O.Text;
          }
          if (!O.ViaConfig.empty()) {
            N.ViaConfig = O.ViaConfig;
            N.ViaKey = O.ViaKey;
            N.ViaLoc = O.ViaLoc;
          }
          N.Sites.insert(N.Sites.end(), O.Sites.begin(), O.Sites.end());
          Next.push_back(std::move(N));
        }
      }
      Ways = std::move(Next);
    }
    return Ways;
  }

  /// A value: the config read inside it, looked up in each config the
  /// stage loads (or the one the read's load names).
  std::vector<Partial> valueOptions(const PathPart &Part, const facts::TUFacts &TU,
                                    const facts::Stage &S) const {
    const facts::ConfigRead *Read = nullptr;
    for (const facts::ConfigRead &R : TU.Reads)
      if (R.Kind == facts::ReadKind::Value && !R.Keys.empty() &&
          within(R.Loc, Part.Loc) && (!Read || R.Loc < Read->Loc))
        Read = &R;
    auto Unresolved = [&](std::string Why) {
      return std::vector<Partial>{{"", std::move(Why), "", "", {}, {}, Part.Loc}};
    };
    if (!Read) {
      if (!Part.Why.empty())
        return Unresolved(Part.Why == "SQL" ? "the SQL statement is not a literal, '" +
                                                   Part.Text + "'"
                                             : "the path is " + Part.Why + ", '" +
                                                   Part.Text + "'");
      return Unresolved("'" + Part.Text +
                        "' is not a literal, a constant or a config value");
    }
    std::string Key = Read->dottedKey();
    if (Read->Api == facts::ConfigApi::Env)
      return Unresolved("the path comes from the environment variable '" + Key + "'");
    std::set<std::string> Configs = S.Configs;
    if (Read->Anchored && !Read->ConfigPath.empty())
      Configs = {Read->ConfigPath};
    std::vector<Partial> Out;
    for (const std::string &C : Configs) {
      const config::EffectiveConfig *E = P.Configs->find(C);
      if (!E || !facts::apiReadsFormat(Read->Api, int(E->Format)))
        continue;
      const config::ConfigNode *N = lookup(E->Root, Read->Keys);
      if (N && N->isScalar() && N->Type != config::ScalarType::Null)
        Out.push_back({N->Value, "", C, Key, N->Loc, {}, {}});
    }
    if (Out.empty())
      return Unresolved("the path comes from the config key '" + Key +
                        "', which no config of stage '" + S.Name + "' sets");
    return Out;
  }

};

AccessResolver::AccessResolver(const facts::Program &P)
    : I(std::make_unique<Impl>(P)) {}
AccessResolver::~AccessResolver() = default;

std::vector<ResolvedAccess>
AccessResolver::accessesOf(const facts::Stage &S) const {
  std::vector<ResolvedAccess> Out;
  std::set<std::string> Reach = I->P.reachable(S);
  for (const facts::TUFacts &TU : I->P.TUs)
    for (const facts::DataAccess &A : TU.Accesses) {
      // Facts cached before functions had USRs: the stage's own TU only.
      bool Mine = A.FunctionUSR.empty()
                      ? &TU == S.TU
                      : Reach.count(facts::Program::nodeOf(TU, A.FunctionUSR)) > 0;
      if (!Mine)
        continue;
      std::vector<PathPart> Parts = A.Parts;
      if (Parts.empty() && !A.Path.empty())
        Parts.push_back({PathPart::Literal, A.Path, -1, {}, ""});
      for (Partial &W : I->resolve(Parts, TU, A.FunctionUSR, S, Reach, 0)) {
        // A stream only a config parser reads is a config load, unless its
        // file is data (a JSON file no configs glob names).
        if (A.ParsedAsConfig &&
            (!W.Why.empty() || I->P.Configs->find(config::normalizePath(W.Text))))
          continue;
        ResolvedAccess R;
        R.Access = &A;
        R.TU = &TU;
        R.Why = std::move(W.Why);
        R.WhyLoc = W.WhyLoc;
        if (R.Why.empty())
          R.Path = config::normalizePath(W.Text);
        R.ViaConfig = std::move(W.ViaConfig);
        R.ViaKey = std::move(W.ViaKey);
        R.ViaLoc = W.ViaLoc;
        R.CallSites = std::move(W.Sites);
        Out.push_back(std::move(R));
      }
    }
  std::sort(Out.begin(), Out.end(), [](const ResolvedAccess &A, const ResolvedAccess &B) {
    return std::tie(A.Access->Loc, A.Path, A.ViaConfig, A.CallSites) <
           std::tie(B.Access->Loc, B.Path, B.ViaConfig, B.CallSites);
  });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](const ResolvedAccess &A, const ResolvedAccess &B) {
                          return A.Access == B.Access && A.Path == B.Path &&
                                 A.ViaConfig == B.ViaConfig && A.Why == B.Why &&
                                 A.CallSites == B.CallSites;
                        }),
            Out.end());
  return Out;
}

} // namespace bel::deps
