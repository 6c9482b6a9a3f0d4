//===- FingerprintTest.cpp - fingerprints survive unrelated edits ---------===//
#include "report/Fingerprint.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::report;
using bel::unittest::TempDir;

namespace {

Finding finding(const std::string &Path, unsigned Line, unsigned Column,
                const std::string &Rule = "config-unused-setting",
                const std::string &Message = "key 'lr' is never read") {
  Finding F;
  F.RuleId = Rule;
  F.Message = Message;
  F.Loc = Location{Path, Line, Column, Line, Column + 2};
  return F;
}

/// Fingerprints of \p Findings against the project files of \p Dir as they
/// are now (a fresh cache, so rewritten files are read again).
std::vector<std::string> fingerprints(const TempDir &Dir,
                                      std::vector<Finding> Findings) {
  SourceCache Sources(Dir.root());
  assignFingerprints(Findings, Sources);
  std::vector<std::string> Out;
  for (const Finding &F : Findings)
    Out.push_back(F.Fingerprint);
  return Out;
}

std::string fingerprint(const TempDir &Dir, const Finding &F) {
  return fingerprints(Dir, {F}).front();
}

const char *Config = "model:\n"
                     "  lr: 0.1\n"
                     "  layers: 3\n";

TEST(Fingerprint, IsSixteenHexDigits) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  std::string FP = fingerprint(Dir, finding("c.yaml", 2, 3));
  ASSERT_EQ(FP.size(), 16u) << FP;
  EXPECT_EQ(FP.find_first_not_of("0123456789abcdef"), std::string::npos) << FP;
}

TEST(Fingerprint, SurvivesLinesInsertedAboveTheFinding) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  std::string Before = fingerprint(Dir, finding("c.yaml", 2, 3));
  Dir.write("c.yaml", std::string("# a comment\nseed: 1\n\n") + Config);
  std::string After = fingerprint(Dir, finding("c.yaml", 5, 3));
  EXPECT_EQ(Before, After);
}

TEST(Fingerprint, SurvivesWhitespaceOnlyReformatting) {
  TempDir Dir;
  Dir.write("src/a.cpp", "int f() {\n  int lr = cfg[\"lr\"].as<int>();\n}\n");
  std::string Before = fingerprint(Dir, finding("src/a.cpp", 2, 7));
  Dir.write("src/a.cpp",
            "int f() {\n\tint  lr=cfg[ \"lr\" ].as<int>( ) ;  \r\n}\n");
  std::string After = fingerprint(Dir, finding("src/a.cpp", 2, 8));
  EXPECT_EQ(Before, After);
}

TEST(Fingerprint, ChangesWhenTheFlaggedLineChanges) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  std::string Before = fingerprint(Dir, finding("c.yaml", 2, 3));
  Dir.write("c.yaml", "model:\n  lr: 0.2\n  layers: 3\n");
  EXPECT_NE(Before, fingerprint(Dir, finding("c.yaml", 2, 3)));
}

TEST(Fingerprint, DependsOnMessageRuleAndPath) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  Dir.write("d.yaml", Config);
  std::string Base = fingerprint(Dir, finding("c.yaml", 2, 3));
  EXPECT_NE(Base,
            fingerprint(Dir, finding("c.yaml", 2, 3, "config-unused-setting",
                                     "key 'model.lr' is never read")));
  EXPECT_NE(Base, fingerprint(
                      Dir, finding("c.yaml", 2, 3, "config-missing-setting")));
  EXPECT_NE(Base, fingerprint(Dir, finding("d.yaml", 2, 3)));
}

TEST(Fingerprint, IgnoresTheColumn) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  EXPECT_EQ(fingerprint(Dir, finding("c.yaml", 2, 3)),
            fingerprint(Dir, finding("c.yaml", 2, 7)));
}

TEST(Fingerprint, IdenticalFindingsInOneFileAreNumberedInOrder) {
  TempDir Dir;
  Dir.write("c.yaml", "a:\n  lr: 1\nb:\n  lr: 1\nc:\n  lr: 1\n");
  Dir.write("d.yaml", "a:\n  lr: 1\n");
  std::vector<std::string> FPs =
      fingerprints(Dir, {finding("c.yaml", 2, 3), finding("c.yaml", 4, 3),
                         finding("c.yaml", 6, 3), finding("d.yaml", 2, 3)});
  ASSERT_EQ(FPs.size(), 4u);
  EXPECT_EQ(FPs[0].size(), 16u);
  EXPECT_EQ(FPs[1], FPs[0] + ":2");
  EXPECT_EQ(FPs[2], FPs[0] + ":3");
  // Another file has its own hash and its own count.
  EXPECT_EQ(FPs[3].size(), 16u);
  EXPECT_NE(FPs[3], FPs[0]);
}

TEST(Fingerprint, DifferentFindingsOnOneLineAreNotNumbered) {
  TempDir Dir;
  Dir.write("c.yaml", Config);
  std::vector<std::string> FPs = fingerprints(
      Dir, {finding("c.yaml", 2, 3),
            finding("c.yaml", 2, 3, "config-missing-setting", "other")});
  EXPECT_EQ(FPs[0].find(':'), std::string::npos);
  EXPECT_EQ(FPs[1].find(':'), std::string::npos);
}

TEST(Fingerprint, WorksForAMissingFileAndWholeFileFindings) {
  TempDir Dir;
  std::vector<std::string> FPs = fingerprints(
      Dir, {finding("gone.yaml", 0, 0), finding("gone.yaml", 9, 1)});
  EXPECT_EQ(FPs[0].size(), 16u);
  // No line text either way: same rule, path and message, so numbered.
  EXPECT_EQ(FPs[1], FPs[0] + ":2");
}

TEST(SourceCache, HandsOutLinesWithoutLineEndings) {
  TempDir Dir;
  Dir.write("a.txt", "one\r\ntwo\n\nfour");
  SourceCache Sources(Dir.root());
  EXPECT_EQ(Sources.line("a.txt", 1), "one");
  EXPECT_EQ(Sources.line("a.txt", 2), "two");
  EXPECT_EQ(Sources.line("a.txt", 3), "");
  EXPECT_EQ(Sources.line("a.txt", 4), "four");
  EXPECT_EQ(Sources.line("a.txt", 5), "");
  EXPECT_EQ(Sources.line("a.txt", 0), "");
  EXPECT_EQ(Sources.line("missing.txt", 1), "");
}

TEST(SourceCache, ReadsEachFileOnce) {
  TempDir Dir;
  Dir.write("a.txt", "old\n");
  SourceCache Sources(Dir.root());
  EXPECT_EQ(Sources.line("a.txt", 1), "old");
  Dir.write("a.txt", "new\n");
  EXPECT_EQ(Sources.line("a.txt", 1), "old");
}

} // namespace
