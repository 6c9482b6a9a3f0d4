//===- Program.cpp - the reduce step: facts of all TUs, linked ------------===//
#include "facts/Program.h"

#include "llvm/Support/Path.h"

#include <algorithm>

namespace bel::facts {

std::vector<const Stage *> Program::stagesOf(const std::string &Config) const {
  std::vector<const Stage *> Out;
  for (const Stage &S : Stages)
    if (S.Configs.count(Config))
      Out.push_back(&S);
  return Out;
}

std::vector<const TUFacts *> Program::tusOf(const Stage &S) const {
  std::vector<const TUFacts *> Out;
  for (const TUFacts &TU : TUs)
    if (&TU == S.TU || !TU.DefinesMain)
      Out.push_back(&TU);
  return Out;
}

namespace {

using ParamKey = std::pair<std::string, int>;

ParamKey passKey(const ConfigRead &R) { return {R.PassedTo, R.PassedToParam}; }
ParamKey baseKey(const ConfigRead &R) { return {R.BaseFunction, R.BaseParam}; }

/// Places reads through parameters at their call sites: `lr` read through
/// parameter 0 of `Fit`, called somewhere as `Fit(cfg["model"])`, is a read
/// of `model.lr` of that caller's config, attributed to the caller's TU.
/// Chains of calls are followed for a few rounds; direct recursion is not.
void linkParameterReads(std::vector<TUFacts> &TUs) {
  constexpr int MaxRounds = 8;
  std::set<ParamKey> Linked;
  for (int Round = 0; Round < MaxRounds; ++Round) {
    std::map<ParamKey, std::vector<ConfigRead>> ByParam;
    for (const TUFacts &TU : TUs)
      for (const ConfigRead &R : TU.Reads)
        if (R.BaseParam >= 0 && !R.BaseFunction.empty())
          ByParam[baseKey(R)].push_back(R);
    bool Changed = false;
    for (TUFacts &TU : TUs) {
      std::vector<ConfigRead> Out;
      for (ConfigRead &R : TU.Reads) {
        auto It = R.PassedTo.empty() ? ByParam.end() : ByParam.find(passKey(R));
        if (It == ByParam.end() || R.PassedTo == R.BaseFunction) {
          Out.push_back(std::move(R));
          continue;
        }
        Linked.insert(It->first);
        for (const ConfigRead &C : It->second) {
          ConfigRead N = C;
          N.Keys = R.Keys;
          N.Keys.insert(N.Keys.end(), C.Keys.begin(), C.Keys.end());
          N.Anchored = R.Anchored;
          N.ConfigPath = R.ConfigPath;
          N.BaseFunction = R.BaseFunction;
          N.BaseParam = R.BaseParam;
          Out.push_back(std::move(N));
        }
        Changed = true;
      }
      TU.Reads = std::move(Out);
    }
    if (!Changed)
      break;
  }
  // A parameter seen at a call site is read where it is passed; its reads
  // matched by suffix alone would only blur what is unused.
  for (TUFacts &TU : TUs)
    TU.Reads.erase(std::remove_if(TU.Reads.begin(), TU.Reads.end(),
                                  [&](const ConfigRead &R) {
                                    return Linked.count(baseKey(R)) > 0;
                                  }),
                   TU.Reads.end());
}

} // namespace

std::string Program::nodeOf(const TUFacts &TU, const std::string &USR) {
  return !USR.empty() && USR == TU.MainUSR ? TU.File + "#main" : USR;
}

std::set<std::string> Program::reachable(const Stage &S) const {
  if (!S.TU || S.TU->MainUSR.empty())
    return {};
  std::map<std::string, std::vector<std::string>> Callees;
  for (const TUFacts &TU : TUs)
    for (const Call &C : TU.Calls)
      Callees[nodeOf(TU, C.Caller)].push_back(C.Callee);
  std::string Main = nodeOf(*S.TU, S.TU->MainUSR);
  std::set<std::string> Reached = {Main};
  std::vector<std::string> Work = {Main};
  while (!Work.empty()) {
    std::string F = Work.back();
    Work.pop_back();
    for (const std::string &Next : Callees[F])
      if (Reached.insert(Next).second)
        Work.push_back(Next);
  }
  return Reached;
}

Program buildProgram(const config::Manifest &M, const config::ConfigSet &C,
                     std::vector<TUFacts> TUs, bool HasCodeFacts,
                     config::KeyAliases Aliases) {
  Program P;
  P.Manifest = &M;
  P.Configs = &C;
  P.TUs = std::move(TUs);
  P.HasCodeFacts = HasCodeFacts;
  P.Aliases = std::move(Aliases);
  linkParameterReads(P.TUs);

  auto StageFor = [&](const std::string &Name) -> Stage & {
    for (Stage &S : P.Stages)
      if (S.Name == Name)
        return S;
    P.Stages.emplace_back();
    P.Stages.back().Name = Name;
    return P.Stages.back();
  };

  // The manifest's stages first: they may rename a TU's stage.
  for (const config::StageSpec &Spec : M.Stages) {
    Stage &S = StageFor(Spec.Name);
    S.MainFile = Spec.Main;
    for (const std::string &Cfg : Spec.Configs) {
      S.Configs.insert(Cfg);
      S.ManifestConfigs.insert(Cfg);
    }
  }
  for (const TUFacts &TU : P.TUs) {
    if (!TU.DefinesMain)
      continue;
    std::string Name = llvm::sys::path::stem(TU.File).str();
    for (const config::StageSpec &Spec : M.Stages)
      if (Spec.Main == TU.File)
        Name = Spec.Name;
    Stage &S = StageFor(Name);
    S.MainFile = TU.File;
    // A literal path of a known config, loaded or opened, ties it.
    auto Tie = [&](const std::string &Path, const Location &Loc) {
      if (!Path.empty() && C.find(Path)) {
        S.Configs.insert(Path);
        S.LoadSites[Path].push_back(Loc);
      }
    };
    for (const ConfigLoad &L : TU.Loads)
      Tie(L.Path, L.Loc);
    for (const DataAccess &A : TU.Accesses)
      if (A.Mode != config::Access::Write)
        Tie(A.Path, A.Loc);
  }
  std::sort(P.Stages.begin(), P.Stages.end(),
            [](const Stage &A, const Stage &B) { return A.Name < B.Name; });
  // Pointers into TUs only after the vectors stop moving.
  for (Stage &S : P.Stages)
    for (const TUFacts &TU : P.TUs)
      if (TU.DefinesMain && TU.File == S.MainFile)
        S.TU = &TU;
  return P;
}

} // namespace bel::facts
