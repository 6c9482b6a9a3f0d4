//===- CompileDatabase.cpp - checking compile_commands.json first ---------===//
#include "analysis/CompileDatabase.h"

#include "support/JsonError.h"

#include "llvm/Support/JSON.h"

namespace bel::analysis {
namespace {

report::Notification problem(const std::string &Message,
                             report::Location Loc) {
  return report::Notification{
      "bel-no-compile-database", report::Level::Error,
      "invalid compilation database: " + Message +
          "; C++ sources were not analyzed",
      std::move(Loc)};
}

/// Why entry \p E is not one LLVM can use, or "".
std::string entryProblem(const llvm::json::Value &E) {
  const llvm::json::Object *O = E.getAsObject();
  if (!O)
    return "is not an object";
  for (const char *Key : {"directory", "file"})
    if (!O->getString(Key))
      return std::string("has no string \"") + Key + "\"";
  if (O->getString("command"))
    return "";
  const llvm::json::Array *Args = O->getArray("arguments");
  if (!Args)
    return "has neither \"command\" nor \"arguments\"";
  for (const llvm::json::Value &A : *Args)
    if (!A.getAsString())
      return "has an \"arguments\" item that is not a string";
  return "";
}

} // namespace

std::optional<report::Notification>
checkCompileDatabase(llvm::StringRef Text, const std::string &Shown) {
  llvm::Expected<llvm::json::Value> J = llvm::json::parse(Text);
  if (!J) {
    support::JsonParseError E = support::splitJsonParseError(J.takeError());
    return problem("invalid JSON: " + E.What,
                   report::Location{Shown, E.Line, E.Column});
  }
  const llvm::json::Array *Entries = J->getAsArray();
  if (!Entries)
    return problem("the top level must be an array of entries",
                   report::Location{Shown, 1, 1});
  for (size_t I = 0; I < Entries->size(); ++I) {
    std::string Why = entryProblem((*Entries)[I]);
    if (!Why.empty())
      return problem("entry " + std::to_string(I + 1) + " " + Why,
                     report::Location{Shown, 1, 1});
  }
  return std::nullopt;
}

} // namespace bel::analysis
