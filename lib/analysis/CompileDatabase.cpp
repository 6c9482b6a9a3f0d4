//===- CompileDatabase.cpp - checking compile_commands.json first ---------===//
#include "analysis/CompileDatabase.h"

#include "support/JsonError.h"
#include "support/Utf8.h"

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

/// Where byte \p Offset of \p Text is, as a location in \p Shown.
report::Location locationOf(llvm::StringRef Text, size_t Offset,
                            const std::string &Shown) {
  llvm::StringRef Before = Text.take_front(Offset);
  size_t LineStart = Before.rfind('\n') + 1; // npos + 1 == 0
  return report::Location{
      Shown, unsigned(Before.count('\n')) + 1,
      support::columnOfByte(Text.substr(LineStart), Offset - LineStart)};
}

/// The byte where element \p Index of the top-level array of \p Text
/// starts. llvm::json keeps no positions; once it has parsed the text, a
/// skim that knows only strings and nesting finds the element.
size_t elementOffset(llvm::StringRef Text, size_t Index) {
  size_t I = Text.find('[') + 1, Element = 0;
  unsigned Depth = 0;
  bool AtElement = true;
  for (; I < Text.size(); ++I) {
    char C = Text[I];
    if (AtElement && !llvm::StringRef(" \t\r\n").contains(C)) {
      if (Element == Index)
        return I;
      AtElement = false;
    }
    if (C == '"') {
      for (++I; I < Text.size() && Text[I] != '"'; ++I)
        I += Text[I] == '\\';
    } else if (C == '[' || C == '{') {
      ++Depth;
    } else if (C == ']' || C == '}') {
      --Depth;
    } else if (C == ',' && Depth == 0) {
      ++Element;
      AtElement = true;
    }
  }
  return 0;
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
                   locationOf(Text, Text.find_first_not_of(" \t\r\n"), Shown));
  for (size_t I = 0; I < Entries->size(); ++I) {
    std::string Why = entryProblem((*Entries)[I]);
    if (!Why.empty())
      return problem("entry " + std::to_string(I + 1) + " " + Why,
                     locationOf(Text, elementOffset(Text, I), Shown));
  }
  return std::nullopt;
}

} // namespace bel::analysis
