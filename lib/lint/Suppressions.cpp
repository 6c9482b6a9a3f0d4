//===- Suppressions.cpp - inline `bel-lint: ignore[...]` comments ---------===//
#include "lint/Suppressions.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <map>

namespace bel::lint {
namespace {

constexpr llvm::StringLiteral Marker = "bel-lint:";

struct Parsed {
  enum Kind { Line, Begin, End } K;
  std::vector<std::string> Rules;
  std::string Reason;
  unsigned Column;
};

/// The directive in \p Text, if it holds one after a comment marker.
std::optional<Parsed> parseDirective(llvm::StringRef Text) {
  size_t At = Text.find(Marker);
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  // Only in a comment: `//`, `#` or `;` before the marker.
  llvm::StringRef Before = Text.substr(0, At).rtrim();
  if (!(Before.endswith("//") || Before.endswith("#") || Before.endswith(";") ||
        Before.endswith("/*")))
    return std::nullopt;
  llvm::StringRef Rest = Text.substr(At + Marker.size()).ltrim();
  Parsed P;
  P.Column = unsigned(At) + 1;
  if (Rest.consume_front("ignore-end")) {
    P.K = Parsed::End;
    return P;
  }
  if (Rest.consume_front("ignore-begin"))
    P.K = Parsed::Begin;
  else if (Rest.consume_front("ignore"))
    P.K = Parsed::Line;
  else
    return std::nullopt;
  if (!Rest.consume_front("["))
    return std::nullopt;
  size_t Close = Rest.find(']');
  if (Close == llvm::StringRef::npos)
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 4> Ids;
  Rest.substr(0, Close).split(Ids, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Id : Ids)
    P.Rules.push_back(Id.trim().str());
  P.Reason = Rest.substr(Close + 1).trim().rtrim("*/").trim().str();
  return P;
}

} // namespace

std::vector<SuppressionComment> scanSuppressions(const std::string &Path,
                                                 report::SourceCache &Sources) {
  std::vector<SuppressionComment> Out;
  std::vector<size_t> Open;
  unsigned Lines = Sources.lineCount(Path);
  for (unsigned L = 1; L <= Lines; ++L) {
    const std::string &Text = Sources.line(Path, L);
    if (Text.find(Marker.data()) == std::string::npos)
      continue;
    std::optional<Parsed> P = parseDirective(Text);
    if (!P)
      continue;
    if (P->K == Parsed::End) {
      if (!Open.empty()) {
        Out[Open.back()].LastLine = L;
        Open.pop_back();
      }
      continue;
    }
    SuppressionComment C;
    C.Loc = report::Location{Path, L, P->Column};
    C.Rules = P->Rules;
    C.Reason = P->Reason;
    C.FirstLine = L;
    // A comment alone on its line covers the next line as well.
    size_t CommentStart = Text.find_first_of("/#;");
    bool Alone = CommentStart != std::string::npos &&
                 llvm::StringRef(Text).substr(0, CommentStart).trim().empty();
    C.LastLine = P->K == Parsed::Begin ? Lines : (Alone ? L + 1 : L);
    if (P->K == Parsed::Begin)
      Open.push_back(Out.size());
    Out.push_back(std::move(C));
  }
  return Out;
}

void applySuppressions(report::Report &R, const std::vector<std::string> &Files,
                       report::SourceCache &Sources) {
  std::map<std::string, std::vector<SuppressionComment>> ByFile;
  for (const std::string &F : Files)
    if (!ByFile.count(F))
      ByFile[F] = scanSuppressions(F, Sources);
  for (report::Finding &F : R.Findings) {
    auto It = ByFile.find(F.Loc.Path);
    if (It == ByFile.end())
      It = ByFile.emplace(F.Loc.Path, scanSuppressions(F.Loc.Path, Sources)).first;
    for (SuppressionComment &C : It->second) {
      bool RuleMatches = std::any_of(C.Rules.begin(), C.Rules.end(),
                                     [&](const std::string &Id) {
                                       return Id == "*" || Id == F.RuleId;
                                     });
      if (RuleMatches && F.Loc.Line >= C.FirstLine && F.Loc.Line <= C.LastLine) {
        F.Suppressed = report::Suppression{C.Reason};
        C.Used = true;
        break;
      }
    }
  }
  for (const auto &[File, Comments] : ByFile)
    for (const SuppressionComment &C : Comments)
      if (!C.Used)
        R.Notifications.push_back(report::Notification{
            "bel-unused-suppression", report::Level::Warning,
            "suppression of '" + llvm::join(C.Rules, "', '") +
                "' matches no finding",
            C.Loc});
}

} // namespace bel::lint
