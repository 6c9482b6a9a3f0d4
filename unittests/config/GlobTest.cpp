//===- GlobTest.cpp - manifest globs and path normalization ---------------===//
#include "config/Glob.h"

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace bel::config;
using bel::unittest::TempDir;

namespace {

TEST(Glob, DoubleStarSpansAnyNumberOfDirectories) {
  EXPECT_TRUE(globMatch("configs/**/*.yaml", "configs/a.yaml"));
  EXPECT_TRUE(globMatch("configs/**/*.yaml", "configs/x/a.yaml"));
  EXPECT_TRUE(globMatch("configs/**/*.yaml", "configs/x/y/z/a.yaml"));
  EXPECT_FALSE(globMatch("configs/**/*.yaml", "other/configs/a.yaml"));
  EXPECT_FALSE(globMatch("configs/**/*.yaml", "configsx/a.yaml"));
  EXPECT_TRUE(globMatch("**/*.csv", "a.csv"));
  EXPECT_TRUE(globMatch("**/*.csv", "data/raw/a.csv"));
  EXPECT_TRUE(globMatch("data/**", "data/a"));
  EXPECT_TRUE(globMatch("data/**", "data/x/y.csv"));
  EXPECT_FALSE(globMatch("data/**", "database/a"));
}

TEST(Glob, DoubleStarSlashMatchesWholeComponentsOnly) {
  EXPECT_FALSE(globMatch("**/train.cpp", "src/pretrain.cpp"));
  EXPECT_TRUE(globMatch("**/train.cpp", "src/train.cpp"));
}

// Found by bel-fuzz-manifest: backtracking made these take minutes (the
// test's timeout catches a regression).
TEST(Glob, ManyStarsCostPolynomialTime) {
  std::string Stars, Path(400, 'a');
  for (int I = 0; I < 60; ++I)
    Stars += "a*";
  EXPECT_FALSE(globMatch(Stars + "b", Path));
  EXPECT_TRUE(globMatch(Stars, Path));
  EXPECT_FALSE(globMatch("data" + std::string(200, '*') + "/raw/x.csv",
                         "data" + std::string(300, 'x') + "/raw/y.csv"));
  EXPECT_TRUE(globMatch("**/**/**/**/**/**/**/**/x", "a/b/c/d/e/f/g/h/i/j/x"));
}

TEST(Glob, OverlongPatternsAndBraceBombsAreBounded) {
  EXPECT_FALSE(globMatch(std::string(5000, '*'), "a"));
  std::string Bomb;
  for (int I = 0; I < 30; ++I)
    Bomb += "{a,b}";
  // 2^30 alternatives; only the first 256 are tried.
  EXPECT_TRUE(globMatch(Bomb, std::string(30, 'a')));
  EXPECT_FALSE(globMatch(Bomb, std::string(30, 'b')));
}

TEST(Glob, LimitProblemsNameWhatWouldBeDropped) {
  EXPECT_EQ(globLimitProblem("configs/**/*.{yaml,yml,json}"), "");
  EXPECT_EQ(globLimitProblem(std::string(4096, '*')), "");
  EXPECT_EQ(globLimitProblem(std::string(4097, '*')),
            "glob is longer than 4096 bytes; it matches nothing");
  // 2^8 alternatives are all kept; 2^8 + 1 are not.
  std::string Exact;
  for (int I = 0; I < 8; ++I)
    Exact += "{a,b}";
  EXPECT_EQ(globLimitProblem(Exact), "");
  EXPECT_EQ(globLimitProblem(Exact + "{a,b}"),
            "glob expands to more than 256 brace alternatives; those past "
            "the 256th match nothing");
}

TEST(Glob, StarStaysWithinOneComponent) {
  EXPECT_TRUE(globMatch("configs/*.yaml", "configs/a.yaml"));
  EXPECT_TRUE(globMatch("configs/*.yaml", "configs/.yaml"));
  EXPECT_FALSE(globMatch("configs/*.yaml", "configs/x/a.yaml"));
  EXPECT_FALSE(globMatch("*.cpp", "src/a.cpp"));
  EXPECT_TRUE(globMatch("src/*_test.cpp", "src/io_test.cpp"));
  EXPECT_FALSE(globMatch("src/*_test.cpp", "src/io_test.cpp.orig"));
  EXPECT_TRUE(globMatch("*", "a"));
  EXPECT_FALSE(globMatch("*", "a/b"));
}

TEST(Glob, QuestionMarkMatchesOneCharacterButNotASlash) {
  EXPECT_TRUE(globMatch("a?.csv", "ab.csv"));
  EXPECT_FALSE(globMatch("a?.csv", "a.csv"));
  EXPECT_FALSE(globMatch("a?.csv", "abc.csv"));
  EXPECT_FALSE(globMatch("a?b", "a/b"));
}

TEST(Glob, BracesAreAlternatives) {
  const char *P = "configs/**/*.{yaml,yml,json}";
  EXPECT_TRUE(globMatch(P, "configs/a.yaml"));
  EXPECT_TRUE(globMatch(P, "configs/x/a.yml"));
  EXPECT_TRUE(globMatch(P, "configs/a.json"));
  EXPECT_FALSE(globMatch(P, "configs/a.toml"));
  EXPECT_FALSE(globMatch(P, "configs/a.yamlx"));
  EXPECT_TRUE(globMatch("{src,lib}/*.cpp", "lib/a.cpp"));
  EXPECT_FALSE(globMatch("{src,lib}/*.cpp", "tools/a.cpp"));
  EXPECT_TRUE(globMatch("{a,b}/{c,d}", "b/c"));
}

TEST(Glob, BracketsAreCharacterClasses) {
  EXPECT_TRUE(globMatch("data/[ab].csv", "data/a.csv"));
  EXPECT_TRUE(globMatch("data/[ab].csv", "data/b.csv"));
  EXPECT_FALSE(globMatch("data/[ab].csv", "data/c.csv"));
  EXPECT_FALSE(globMatch("data/[ab].csv", "data/ab.csv"));
  EXPECT_TRUE(globMatch("part-[0-9].csv", "part-7.csv"));
  EXPECT_FALSE(globMatch("part-[0-9].csv", "part-x.csv"));
  EXPECT_TRUE(globMatch("[!a]x", "bx"));
  EXPECT_FALSE(globMatch("[!a]x", "ax"));
  EXPECT_TRUE(globMatch("[^a]x", "bx"));
}

TEST(Glob, LiteralPatternsMatchExactly) {
  EXPECT_TRUE(globMatch("src/train.cpp", "src/train.cpp"));
  EXPECT_FALSE(globMatch("src/train.cpp", "src/train.cp"));
  EXPECT_FALSE(globMatch("src/train.cp", "src/train.cpp"));
}

TEST(Glob, NormalizePathDropsDotsAndDoubleSlashes) {
  EXPECT_EQ(normalizePath("./data//x.csv"), "data/x.csv");
  EXPECT_EQ(normalizePath("a/../b"), "b");
  EXPECT_EQ(normalizePath("a/./b/../c"), "a/c");
  EXPECT_EQ(normalizePath("a//b///c"), "a/b/c");
  EXPECT_EQ(normalizePath("data/x.csv"), "data/x.csv");
}

TEST(Glob, NormalizePathKeepsLeadingParentReferences) {
  // ConfigSet relies on this to refuse bases outside the project root.
  EXPECT_EQ(normalizePath("../x.yaml"), "../x.yaml");
  EXPECT_EQ(normalizePath("configs/../../x.yaml"), "../x.yaml");
  EXPECT_EQ(normalizePath("a/b/../../.."), "..");
}

TEST(Glob, FindFilesMatchesExcludesAndSkipsHiddenDirectories) {
  TempDir Dir;
  Dir.write("configs/a.yaml", "a: 1\n");
  Dir.write("configs/exp/b.yml", "b: 1\n");
  Dir.write("configs/exp/old/c.json", "{}");
  Dir.write("configs/notes.txt", "");
  Dir.write(".git/configs/d.yaml", "");
  Dir.write("configs/.hidden/e.yaml", "");
  std::vector<std::string> Found =
      findFiles(Dir.root(), {"configs/**/*.{yaml,yml,json}", ".git/**"},
                {"configs/exp/old/**"});
  EXPECT_EQ(Found,
            (std::vector<std::string>{"configs/a.yaml", "configs/exp/b.yml"}));
}

} // namespace
