//===- FindingTest.cpp - ordering, deduplication and level names ----------===//
#include "report/Finding.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::report;

namespace {

Finding finding(const std::string &Path, unsigned Line, unsigned Column,
                const std::string &Rule, const std::string &Message = "m") {
  Finding F;
  F.RuleId = Rule;
  F.Message = Message;
  F.Loc = Location{Path, Line, Column};
  return F;
}

std::string order(const std::vector<Finding> &Findings) {
  std::string S;
  for (const Finding &F : Findings)
    S += F.Loc.Path + ":" + std::to_string(F.Loc.Line) + ":" +
         std::to_string(F.Loc.Column) + ":" + F.RuleId + ":" + F.Message + " ";
  return S;
}

TEST(Finding, SortOrderIsPathLineColumnRuleMessage) {
  std::vector<Finding> Findings = {
      finding("b.yaml", 1, 1, "r"),     finding("a.yaml", 10, 1, "r"),
      finding("a.yaml", 2, 5, "r"),     finding("a.yaml", 2, 1, "z"),
      finding("a.yaml", 2, 1, "a"),     finding("a.yaml", 2, 1, "a", "b"),
      finding("a.yaml", 2, 1, "a", "a")};
  sortAndDeduplicate(Findings);
  EXPECT_EQ(order(Findings), "a.yaml:2:1:a:a a.yaml:2:1:a:b a.yaml:2:1:a:m "
                             "a.yaml:2:1:z:m a.yaml:2:5:r:m a.yaml:10:1:r:m "
                             "b.yaml:1:1:r:m ");
}

TEST(Finding, ExactDuplicatesAreDropped) {
  std::vector<Finding> Findings = {finding("a.yaml", 1, 1, "r"),
                                   finding("a.yaml", 1, 1, "r"),
                                   finding("a.yaml", 1, 1, "r", "other")};
  sortAndDeduplicate(Findings);
  EXPECT_EQ(Findings.size(), 2u);
}

TEST(Finding, NotificationsAreSortedAndDeduplicated) {
  std::vector<Notification> Notes = {
      Notification{"bel-config-parse-error", Level::Error, "x",
                   Location{"b.yaml", 1, 1}},
      Notification{"bel-no-compile-database", Level::Error, "y", std::nullopt},
      Notification{"bel-config-parse-error", Level::Error, "x",
                   Location{"b.yaml", 1, 1}},
      Notification{"bel-config-parse-error", Level::Error, "x",
                   Location{"a.yaml", 3, 1}}};
  sortAndDeduplicate(Notes);
  ASSERT_EQ(Notes.size(), 3u);
  EXPECT_FALSE(Notes[0].Loc.has_value()); // no location sorts first
  EXPECT_EQ(Notes[1].Loc->Path, "a.yaml");
  EXPECT_EQ(Notes[2].Loc->Path, "b.yaml");
}

TEST(Finding, LevelNamesRoundTrip) {
  for (Level L : {Level::Note, Level::Warning, Level::Error})
    EXPECT_EQ(parseLevel(levelName(L)), L);
  EXPECT_EQ(parseLevel("Warning"), std::nullopt);
  EXPECT_EQ(parseLevel("off"), std::nullopt);
}

} // namespace
