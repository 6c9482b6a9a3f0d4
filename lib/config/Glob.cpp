//===- Glob.cpp - path globs for the manifest -----------------------------===//
#include "config/Glob.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace bel::config {
namespace {

/// Alternatives beyond this many are dropped: "{a,b}" twenty times over is
/// a million patterns, not a config glob.
constexpr size_t MaxAlternatives = 256;
constexpr size_t MaxPatternLength = 4096;

/// Expands the first '{a,b}' group, recursively: "x.{a,b}" -> x.a, x.b.
/// At most \p Limit alternatives are kept.
void expandBraces(llvm::StringRef P, std::vector<std::string> &Out,
                  size_t Limit = MaxAlternatives) {
  if (Out.size() >= Limit)
    return;
  size_t Open = P.find('{');
  size_t Close = Open == llvm::StringRef::npos ? Open : P.find('}', Open);
  if (Close == llvm::StringRef::npos) {
    Out.push_back(P.str());
    return;
  }
  llvm::SmallVector<llvm::StringRef, 4> Alts;
  P.slice(Open + 1, Close).split(Alts, ',');
  for (llvm::StringRef A : Alts)
    expandBraces((P.substr(0, Open) + A + P.substr(Close + 1)).str(), Out,
                 Limit);
}

bool matchClass(llvm::StringRef &P, char C) {
  // P starts after '['; consumes through ']'.
  size_t End = P.find(']');
  if (End == llvm::StringRef::npos)
    return false;
  llvm::StringRef Set = P.substr(0, End);
  P = P.substr(End + 1);
  bool Negate = Set.consume_front("!") || Set.consume_front("^");
  bool Hit = false;
  for (size_t I = 0; I < Set.size(); ++I) {
    if (I + 2 < Set.size() && Set[I + 1] == '-') {
      Hit |= C >= Set[I] && C <= Set[I + 2];
      I += 2;
    } else {
      Hit |= C == Set[I];
    }
  }
  return Hit != Negate;
}

/// Matches one brace-free pattern. Every (pattern offset, path offset) pair
/// is decided once, so "a*a*a*...b" costs |pattern| x |path| steps, not an
/// exponential backtrack (a manifest glob is input, and bel-fuzz-manifest
/// found one that took minutes).
class SimpleMatcher {
public:
  SimpleMatcher(llvm::StringRef Pattern, llvm::StringRef Path)
      : Pattern(Pattern), Path(Path),
        Memo((Pattern.size() + 1) * (Path.size() + 1), Unknown) {}

  bool matches() { return match(0, 0); }

private:
  enum : signed char { Unknown = -1 };

  bool match(size_t PI, size_t SI) {
    signed char &M = Memo[PI * (Path.size() + 1) + SI];
    if (M == Unknown)
      M = compute(PI, SI);
    return M;
  }

  bool compute(size_t PI, size_t SI) {
    llvm::StringRef P = Pattern.substr(PI), S = Path.substr(SI);
    if (P.empty())
      return S.empty();
    if (P.startswith("**")) {
      size_t Next = PI + 2;
      bool Slash = Next < Pattern.size() && Pattern[Next] == '/';
      if (Slash)
        ++Next;
      // '**/' matches zero or more whole components.
      for (size_t I = 0; I <= S.size(); ++I)
        if ((I == 0 || S[I - 1] == '/' || !Slash) && match(Next, SI + I))
          return true;
      return false;
    }
    char C = P.front();
    if (C == '*') {
      for (size_t I = 0; I <= S.size(); ++I) {
        if (match(PI + 1, SI + I))
          return true;
        if (I < S.size() && S[I] == '/')
          return false;
      }
      return false;
    }
    if (S.empty())
      return false;
    if (C == '?')
      return S.front() != '/' && match(PI + 1, SI + 1);
    if (C == '[') {
      llvm::StringRef Rest = P.drop_front();
      if (!matchClass(Rest, S.front()))
        return false;
      return match(Pattern.size() - Rest.size(), SI + 1);
    }
    return C == S.front() && match(PI + 1, SI + 1);
  }

  llvm::StringRef Pattern, Path;
  std::vector<signed char> Memo;
};

} // namespace

std::string globLimitProblem(llvm::StringRef Pattern) {
  if (Pattern.size() > MaxPatternLength)
    return "glob is longer than " + std::to_string(MaxPatternLength) +
           " bytes; it matches nothing";
  std::vector<std::string> Alternatives;
  expandBraces(Pattern, Alternatives, MaxAlternatives + 1);
  if (Alternatives.size() > MaxAlternatives)
    return "glob expands to more than " + std::to_string(MaxAlternatives) +
           " brace alternatives; those past the " +
           std::to_string(MaxAlternatives) + "th match nothing";
  return "";
}

bool globMatch(llvm::StringRef Pattern, llvm::StringRef Path) {
  // A longer "glob" is not one; it would only cost memory and stack.
  if (Pattern.size() > MaxPatternLength)
    return false;
  std::vector<std::string> Alternatives;
  expandBraces(Pattern, Alternatives);
  for (const std::string &A : Alternatives)
    if (SimpleMatcher(A, Path).matches())
      return true;
  return false;
}

std::string normalizePath(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::path::native(P, llvm::sys::path::Style::posix);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  std::string S(P.str());
  while (S.find("//") != std::string::npos)
    S.replace(S.find("//"), 2, "/");
  return S;
}

std::vector<std::string> findFiles(llvm::StringRef Root,
                                   const std::vector<std::string> &Patterns,
                                   const std::vector<std::string> &Excludes) {
  std::vector<std::string> Out;
  std::error_code EC;
  // Symbolic links to directories are not entered: they may lead out of the
  // root, or back into it for ever.
  llvm::sys::fs::recursive_directory_iterator It(Root, EC,
                                                 /*follow_symlinks=*/false),
      End;
  for (; It != End && !EC; It.increment(EC)) {
    llvm::StringRef Full = It->path();
    llvm::StringRef Name = llvm::sys::path::filename(Full);
    llvm::sys::fs::file_type Type = It->type();
    if (Type == llvm::sys::fs::file_type::directory_file) {
      if (Name.startswith("."))
        It.no_push();
      continue;
    }
    if (Type == llvm::sys::fs::file_type::symlink_file &&
        llvm::sys::fs::is_directory(Full))
      continue;
    std::string Rel = Full.substr(Root.size()).ltrim('/').str();
    auto Matches = [&](const std::vector<std::string> &Globs) {
      return std::any_of(Globs.begin(), Globs.end(), [&](const std::string &G) {
        return globMatch(G, Rel);
      });
    };
    if (Matches(Patterns) && !Matches(Excludes))
      Out.push_back(Rel);
  }
  std::sort(Out.begin(), Out.end());
  return Out;
}

} // namespace bel::config
