//===- SqlTables.cpp - the tables an SQL statement reads and writes -------===//
#include "analysis/SqlTables.h"

#include "llvm/ADT/StringExtras.h"

#include <vector>

namespace bel::analysis {
namespace {

/// Words, quoted names and punctuation; comments and string literals
/// dropped (a table name never hides in them).
std::vector<std::string> tokens(llvm::StringRef S) {
  std::vector<std::string> Out;
  size_t I = 0;
  while (I < S.size()) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
    } else if (S.substr(I).startswith("--")) {
      I = S.find('\n', I);
    } else if (S.substr(I).startswith("/*")) {
      size_t End = S.find("*/", I + 2);
      I = End == llvm::StringRef::npos ? End : End + 2;
    } else if (C == '\'') {
      size_t End = S.find('\'', I + 1);
      I = End == llvm::StringRef::npos ? End : End + 1;
      Out.push_back("'");
    } else if (C == '"' || C == '`' || C == '[') {
      char Close = C == '[' ? ']' : C;
      size_t End = S.find(Close, I + 1);
      if (End == llvm::StringRef::npos)
        break;
      Out.push_back(S.substr(I + 1, End - I - 1).lower());
      I = End + 1;
    } else if (llvm::isAlnum(C) || C == '_') {
      size_t J = I;
      while (J < S.size() && (llvm::isAlnum(S[J]) || S[J] == '_' || S[J] == '$'))
        ++J;
      Out.push_back(S.substr(I, J - I).lower());
      I = J;
    } else {
      Out.push_back(std::string(1, C));
      ++I;
    }
  }
  return Out;
}

bool isKeyword(const std::string &W) {
  static const char *const Words[] = {
      "select", "from", "where", "join", "inner", "left", "right", "outer",
      "cross", "natural", "on", "using", "as", "group", "order", "by", "limit",
      "union", "values", "set", "insert", "into", "update", "delete", "create",
      "table", "if", "not", "exists", "replace", "with", "lateral", "temp",
      "temporary", "or", "ignore", "abort", "fail", "rollback", "default"};
  for (const char *K : Words)
    if (W == K)
      return true;
  return false;
}

} // namespace

SqlTables sqlTables(llvm::StringRef Sql) {
  SqlTables T;
  std::vector<std::string> W = tokens(Sql);
  // The table name at W[I], with an optional schema prefix; "" if none.
  auto NameAt = [&](size_t I) -> std::pair<std::string, size_t> {
    if (I >= W.size() || W[I] == "(" || W[I] == "'" || isKeyword(W[I]) ||
        !(llvm::isAlnum(W[I][0]) || W[I][0] == '_' || W[I].size() > 1))
      return {"", I};
    std::string Name = W[I];
    if (I + 2 < W.size() && W[I + 1] == ".") {
      Name = W[I + 2];
      I += 2;
    }
    return {Name, I + 1};
  };
  auto Skip = [&](size_t I, std::initializer_list<const char *> Words) {
    while (I < W.size() && llvm::is_contained(Words, W[I]))
      ++I;
    return I;
  };
  for (size_t I = 0; I < W.size(); ++I) {
    const std::string &K = W[I];
    if (K == "from" || K == "join") {
      // DELETE FROM t writes t; FROM a, b reads both.
      bool Delete = K == "from" && I > 0 && W[I - 1] == "delete";
      size_t J = I + 1;
      while (true) {
        auto [Name, Next] = NameAt(J);
        if (Name.empty())
          break;
        (Delete ? T.Writes : T.Reads).insert(Name);
        // An alias (t AS x, t x), then a comma for another table.
        J = Next;
        if (J < W.size() && W[J] == "as")
          ++J;
        if (J < W.size() && !isKeyword(W[J]) && W[J] != "," && W[J] != "(" &&
            W[J] != ";" && W[J] != ")")
          ++J;
        if (J < W.size() && W[J] == "," && !Delete)
          ++J;
        else
          break;
      }
    } else if (K == "into" || K == "update") {
      size_t J = K == "update" ? Skip(I + 1, {"or", "replace", "ignore", "abort",
                                              "fail", "rollback"})
                               : I + 1;
      if (auto [Name, Next] = NameAt(J); !Name.empty())
        T.Writes.insert(Name);
    } else if (K == "table" && I > 0 &&
               (W[I - 1] == "create" || W[I - 1] == "temp" ||
                W[I - 1] == "temporary")) {
      size_t J = Skip(I + 1, {"if", "not", "exists"});
      if (auto [Name, Next] = NameAt(J); !Name.empty())
        T.Writes.insert(Name);
    }
  }
  // WITH name [(columns)] AS (...): a common table expression names the
  // statement's own result, no table of the database.
  for (size_t I = 1; I + 2 < W.size(); ++I) {
    if (W[I - 1] != "with" && W[I - 1] != "recursive" && W[I - 1] != ",")
      continue;
    size_t J = I + 1;
    if (W[J] == "(")
      while (J < W.size() && W[J] != ")")
        ++J;
    if (J < W.size() && W[J] == ")")
      ++J;
    if (J + 1 < W.size() && W[J] == "as" && W[J + 1] == "(") {
      T.Reads.erase(W[I]);
      T.Writes.erase(W[I]);
    }
  }
  return T;
}

} // namespace bel::analysis
