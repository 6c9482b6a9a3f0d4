//===- DiffCommand.cpp - bel-lint diff A B ----------------------------------===//
#include "Commands.h"
#include "config/ConfigDiff.h"
#include "config/ConfigSet.h"
#include "config/Glob.h"
#include "report/Emitters.h"
#include "support/RootFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

#include <nlohmann/json.hpp>

namespace bel::tool {
namespace {

/// \p Path (as the user typed it) relative to the real root, or "".
std::string underRoot(const std::string &Root, const std::string &Path) {
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(Path, Real))
    return "";
  return support::pathBelowRoot(Root, Real).value_or("").str();
}

const char *marker(config::DiffKind K) {
  switch (K) {
  case config::DiffKind::Same:
    return " ";
  case config::DiffKind::Changed:
    return "~";
  case config::DiffKind::Removed:
    return "-";
  case config::DiffKind::Added:
    return "+";
  }
  return " ";
}

void printText(const std::string &A, const std::string &B,
               const std::vector<config::DiffRow> &Rows, llvm::raw_ostream &OS) {
  OS.enable_colors(llvm::WithColor(OS).colorsEnabled());
  size_t KeyWidth = 3, LeftWidth = A.size();
  for (const config::DiffRow &R : Rows) {
    KeyWidth = std::max(KeyWidth, R.Key.size());
    if (R.Left)
      LeftWidth = std::max(LeftWidth, R.Left->Value.size());
  }
  OS << "  " << llvm::left_justify("key", KeyWidth) << "  "
     << llvm::left_justify(A, LeftWidth) << "  " << B << "\n";
  for (const config::DiffRow &R : Rows) {
    auto Color = R.Kind == config::DiffKind::Changed   ? llvm::raw_ostream::YELLOW
                 : R.Kind == config::DiffKind::Removed ? llvm::raw_ostream::RED
                 : R.Kind == config::DiffKind::Added   ? llvm::raw_ostream::GREEN
                                                       : llvm::raw_ostream::SAVEDCOLOR;
    if (R.Kind != config::DiffKind::Same)
      OS.changeColor(Color);
    OS << marker(R.Kind) << " " << llvm::left_justify(R.Key, KeyWidth) << "  "
       << llvm::left_justify(R.Left ? R.Left->Value : "", LeftWidth) << "  "
       << (R.Right ? R.Right->Value : "");
    if (R.Kind != config::DiffKind::Same)
      OS.resetColor();
    OS << "\n";
  }
}

nlohmann::json origin(const config::FlatSetting &S) {
  return {{"value", S.Value},
          {"path", S.Origin.Path},
          {"line", S.Origin.Line},
          {"column", S.Origin.Column}};
}

} // namespace

int runDiff(const lint::LintOptions &Opts, const std::string &A,
            const std::string &B, bool Json, llvm::raw_ostream &OS) {
  llvm::SmallString<256> Root;
  if (llvm::sys::fs::real_path(Opts.Root, Root)) {
    llvm::WithColor::error(llvm::errs(), "bel-lint")
        << Opts.Root << ": cannot open the project root\n";
    return 2;
  }
  std::string RelA = underRoot(std::string(Root), A);
  std::string RelB = underRoot(std::string(Root), B);
  for (const auto &[Given, Rel] : {std::pair{A, RelA}, std::pair{B, RelB}})
    if (Rel.empty()) {
      llvm::WithColor::error(llvm::errs(), "bel-lint")
          << Given << ": not a file inside the project root " << Opts.Root
          << "\n";
      return 2;
    }
  std::vector<report::Notification> Problems;
  config::ConfigSet Set = config::loadConfigSet(Root, {RelA, RelB}, Problems);
  report::Report Errors;
  Errors.Notifications = Problems;
  report::SourceCache Sources(std::string(Root.str()));
  report::emitText(Errors, Sources, llvm::errs());
  const config::EffectiveConfig *CA = Set.find(RelA), *CB = Set.find(RelB);
  if (!CA || !CB)
    return 2;
  std::vector<config::DiffRow> Rows =
      config::diffSettings(config::flatten(CA->Root), config::flatten(CB->Root));
  bool Differ = false;
  for (const config::DiffRow &R : Rows)
    Differ |= R.Kind != config::DiffKind::Same;
  if (Json) {
    nlohmann::json Out = {{"left", RelA}, {"right", RelB}, {"keys", nlohmann::json::array()}};
    for (const config::DiffRow &R : Rows) {
      static const char *const Kinds[] = {"same", "changed", "removed", "added"};
      nlohmann::json Row = {{"key", R.Key}, {"status", Kinds[int(R.Kind)]}};
      if (R.Left)
        Row["left"] = origin(*R.Left);
      if (R.Right)
        Row["right"] = origin(*R.Right);
      Out["keys"].push_back(Row);
    }
    OS << Out.dump(2) << "\n";
  } else {
    printText(RelA, RelB, Rows, OS);
  }
  return Problems.empty() ? (Differ ? 1 : 0) : 2;
}

} // namespace bel::tool
