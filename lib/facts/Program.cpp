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

Program buildProgram(const config::Manifest &M, const config::ConfigSet &C,
                     std::vector<TUFacts> TUs, bool HasCodeFacts) {
  Program P;
  P.Manifest = &M;
  P.Configs = &C;
  P.TUs = std::move(TUs);
  P.HasCodeFacts = HasCodeFacts;

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
