//===- ExplainCommand.cpp - bel-lint explain CONFIG KEY --------------------===//
//
// Where a key's effective value comes from (the file that sets it, and each
// base value it overrides) and which code reads it.
//===----------------------------------------------------------------------===//
#include "Commands.h"
#include "config/ConfigDiff.h"
#include "config/Glob.h"
#include "rules/config/KeyCoverage.h"

#include "llvm/Support/WithColor.h"

#include <nlohmann/json.hpp>

namespace bel::tool {
namespace {

std::string at(const report::Location &L) {
  return L.Path + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

std::vector<std::string> splitKey(llvm::StringRef Key) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Key.split(Parts, '.');
  return {Parts.begin(), Parts.end()};
}

} // namespace

int runExplain(const lint::LintOptions &Opts, const std::string &Config,
               const std::string &Key, bool Json, llvm::raw_ostream &OS) {
  auto A = lint::analyze(Opts);
  if (!A) {
    llvm::WithColor::error(llvm::errs(), "bel-lint")
        << llvm::toString(A.takeError()) << "\n";
    return 2;
  }
  std::string Path = config::normalizePath(Config);
  const config::EffectiveConfig *C = (*A)->Configs.find(Path);
  if (!C) {
    llvm::WithColor::error(llvm::errs(), "bel-lint")
        << "'" << Path << "' is not one of the project's configs (see "
        << "'configs' in .bel.yaml); name it relative to the root\n";
    return 2;
  }
  std::vector<std::string> Keys = splitKey(Key);
  const config::MapEntry *E = rules::findEntry(C->Root, Keys, (*A)->Program.Aliases);
  if (!E) {
    llvm::WithColor::error(llvm::errs(), "bel-lint")
        << "'" << Path << "' does not set '" << Key << "'\n";
    return 2;
  }

  // Each base in turn, nearest first: the values this setting overrides.
  std::vector<report::Notification> Problems;
  config::ConfigSet Bases =
      config::loadConfigSet((*A)->RootRealPath, C->Bases, Problems);
  std::vector<std::pair<std::string, const config::MapEntry *>> Overridden;
  for (const std::string &B : C->Bases)
    if (const config::EffectiveConfig *BC = Bases.find(B))
      if (const config::MapEntry *BE = rules::findEntry(BC->Root, Keys, (*A)->Program.Aliases))
        if (!(BE->KeyLoc == E->KeyLoc))
          Overridden.push_back({B, BE});

  std::vector<std::pair<const facts::ConfigRead *, std::string>> Reads;
  for (const facts::Stage &S : (*A)->Program.Stages) {
    if (!S.Configs.count(Path) || !S.TU)
      continue;
    for (const facts::TUFacts *TU : (*A)->Program.tusOf(S))
      for (const facts::ConfigRead &R : TU->Reads)
        if (facts::apiReadsFormat(R.Api, C->Format) &&
            rules::readCovers(R, Path, Keys, (*A)->Program.Aliases))
          Reads.push_back({&R, S.Name});
  }
  if (Reads.empty() && (*A)->Program.stagesOf(Path).empty())
    for (const facts::TUFacts &TU : (*A)->Program.TUs)
      for (const facts::ConfigRead &R : TU.Reads)
        if (facts::apiReadsFormat(R.Api, C->Format) &&
            rules::readCovers(R, Path, Keys, (*A)->Program.Aliases))
          Reads.push_back({&R, ""});
  std::sort(Reads.begin(), Reads.end(), [](const auto &X, const auto &Y) {
    return std::tie(X.first->Loc, X.second) < std::tie(Y.first->Loc, Y.second);
  });
  Reads.erase(std::unique(Reads.begin(), Reads.end(),
                          [](const auto &X, const auto &Y) {
                            return X.first->Loc == Y.first->Loc;
                          }),
              Reads.end());

  std::string Value = config::renderValue(E->Value);
  if (Json) {
    nlohmann::json Out = {{"config", Path},
                          {"key", Key},
                          {"value", Value},
                          {"setAt", at(E->KeyLoc)},
                          {"overrides", nlohmann::json::array()},
                          {"readBy", nlohmann::json::array()},
                          {"codeAnalyzed", (*A)->Program.HasCodeFacts}};
    for (const auto &[B, BE] : Overridden)
      Out["overrides"].push_back({{"config", B},
                                  {"value", config::renderValue(BE->Value)},
                                  {"at", at(BE->KeyLoc)}});
    for (const auto &[R, Stage] : Reads)
      Out["readBy"].push_back({{"at", at(R->Loc)},
                               {"stage", Stage},
                               {"function", R->Function},
                               {"kind", facts::readKindName(R->Kind)},
                               {"type", R->Type},
                               {"default", R->HasDefault ? R->Default : ""}});
    OS << Out.dump(2) << "\n";
    return 0;
  }
  OS << Path << ": " << Key << " = " << Value << "\n";
  OS << "  set at " << at(E->KeyLoc) << "\n";
  for (const auto &[B, BE] : Overridden)
    OS << "  overrides " << config::renderValue(BE->Value) << " from " << B
       << " at " << at(BE->KeyLoc) << "\n";
  if (!(*A)->Program.HasCodeFacts) {
    OS << "  read by: unknown (no C++ was analyzed; pass -p BUILD_DIR)\n";
    return 0;
  }
  OS << "  read by:" << (Reads.empty() ? " nothing bel can see" : "") << "\n";
  for (const auto &[R, Stage] : Reads) {
    OS << "    " << at(R->Loc) << "  ";
    if (!Stage.empty())
      OS << "stage '" << Stage << "', ";
    OS << "in '" << R->Function << "', "
       << (R->Kind == facts::ReadKind::Subtree    ? "whole subtree"
           : R->Kind == facts::ReadKind::Presence ? "presence test"
                                                  : "value");
    if (!R->Type.empty())
      OS << " as '" << R->Type << "'";
    if (R->HasDefault)
      OS << ", default " << R->Default;
    OS << "\n";
  }
  return 0;
}

} // namespace bel::tool
