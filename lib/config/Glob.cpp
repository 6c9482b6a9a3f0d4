//===- Glob.cpp - path globs for the manifest -----------------------------===//
#include "config/Glob.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace bel::config {
namespace {

/// Expands the first '{a,b}' group, recursively: "x.{a,b}" -> x.a, x.b.
void expandBraces(llvm::StringRef P, std::vector<std::string> &Out) {
  size_t Open = P.find('{');
  size_t Close = Open == llvm::StringRef::npos ? Open : P.find('}', Open);
  if (Close == llvm::StringRef::npos) {
    Out.push_back(P.str());
    return;
  }
  llvm::SmallVector<llvm::StringRef, 4> Alts;
  P.slice(Open + 1, Close).split(Alts, ',');
  for (llvm::StringRef A : Alts)
    expandBraces((P.substr(0, Open) + A + P.substr(Close + 1)).str(), Out);
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

bool matchSimple(llvm::StringRef P, llvm::StringRef S) {
  while (!P.empty()) {
    if (P.startswith("**")) {
      P = P.drop_front(2);
      bool Slash = P.consume_front("/");
      // '**/' matches zero or more whole components.
      for (size_t I = 0; I <= S.size(); ++I) {
        if ((I == 0 || S[I - 1] == '/' || !Slash) &&
            matchSimple(P, S.substr(I)))
          return true;
      }
      return false;
    }
    char C = P.front();
    if (C == '*') {
      P = P.drop_front();
      for (size_t I = 0; I <= S.size(); ++I) {
        if (matchSimple(P, S.substr(I)))
          return true;
        if (I < S.size() && S[I] == '/')
          return false;
      }
      return false;
    }
    if (S.empty())
      return false;
    if (C == '?') {
      if (S.front() == '/')
        return false;
    } else if (C == '[') {
      P = P.drop_front();
      if (!matchClass(P, S.front()))
        return false;
      S = S.drop_front();
      continue;
    } else if (C != S.front()) {
      return false;
    }
    P = P.drop_front();
    S = S.drop_front();
  }
  return S.empty();
}

} // namespace

bool globMatch(llvm::StringRef Pattern, llvm::StringRef Path) {
  std::vector<std::string> Alternatives;
  expandBraces(Pattern, Alternatives);
  for (const std::string &A : Alternatives)
    if (matchSimple(A, Path))
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
