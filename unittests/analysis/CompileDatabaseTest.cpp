//===- CompileDatabaseTest.cpp - compile_commands.json checked first ------===//
#include "analysis/CompileDatabase.h"

#include <gtest/gtest.h>

namespace bel::analysis {
namespace {

/// "line:col: message" of the problem, or "ok".
std::string check(llvm::StringRef Text) {
  auto P = checkCompileDatabase(Text, "build/compile_commands.json");
  if (!P)
    return "ok";
  EXPECT_EQ(P->Id, "bel-no-compile-database");
  EXPECT_TRUE(P->Loc && P->Loc->Path == "build/compile_commands.json");
  return std::to_string(P->Loc->Line) + ":" + std::to_string(P->Loc->Column) +
         ": " + P->Message;
}

TEST(CompileDatabase, AcceptsCommandAndArgumentsEntries) {
  EXPECT_EQ(check(R"([{"directory": "/b", "file": "a.cc", "command": "c++ a.cc"},
                      {"directory": "/b", "file": "b.cc", "arguments": ["c++", "b.cc"]}])"),
            "ok");
}

TEST(CompileDatabase, ASyntaxErrorIsReportedAtItsLineAndColumn) {
  EXPECT_EQ(check("[{\"file\": \"a.cc\",\n"),
            "2:1: invalid compilation database: invalid JSON: Expected object "
            "key; C++ sources were not analyzed");
}

TEST(CompileDatabase, TheShapeOfEveryEntryIsChecked) {
  EXPECT_EQ(check("\n  {\"file\": 1}"),
            "2:3: invalid compilation database: the top level must be an array "
            "of entries; C++ sources were not analyzed");
  EXPECT_EQ(check(R"([{"directory": "/b", "file": "a.cc", "command": "c++"}, 3])"),
            "1:57: invalid compilation database: entry 2 is not an object; C++ "
            "sources were not analyzed");
  EXPECT_EQ(check(R"([{"directory": "/b", "file": "a.cc"}])"),
            "1:2: invalid compilation database: entry 1 has neither "
            "\"command\" nor \"arguments\"; C++ sources were not analyzed");
  EXPECT_EQ(check(R"([{"file": "a.cc", "command": "c++"}])"),
            "1:2: invalid compilation database: entry 1 has no string "
            "\"directory\"; C++ sources were not analyzed");
  EXPECT_EQ(check(R"([{"directory": "/b", "file": "a.cc", "arguments": ["c++", 1]}])"),
            "1:2: invalid compilation database: entry 1 has an \"arguments\" "
            "item that is not a string; C++ sources were not analyzed");
}

TEST(CompileDatabase, AShapeErrorIsAtItsEntryPastStringsAndNesting) {
  // Commas and brackets inside strings and nested values are skipped; the
  // column counts code points ('é' is one).
  EXPECT_EQ(check("[\n"
                  "  {\"directory\": \"/b,[{\\\"\", \"file\": \"a.cc\",\n"
                  "   \"arguments\": [\"c++\", \"-DX={1,2}\"]},\n"
                  "  {\"directory\": \"/b\", \"file\": \"\xc3\xa9.cc\", \"command\": \"c++\"}, "
                  "{\"file\": \"b.cc\"}\n"
                  "]"),
            "4:58: invalid compilation database: entry 3 has no string "
            "\"directory\"; C++ sources were not analyzed");
}

} // namespace
} // namespace bel::analysis
