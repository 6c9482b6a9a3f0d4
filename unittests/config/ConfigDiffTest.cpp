//===- ConfigDiffTest.cpp - flattening and aligning effective configs -----===//
#include "config/ConfigDiff.h"
#include "ParseHelpers.h"

#include <gtest/gtest.h>

using namespace bel::config;

namespace {

std::vector<FlatSetting> flat(const char *Yaml) {
  return flatten(bel::unittest::parseOk("c.yaml", Yaml).Root);
}

TEST(ConfigDiff, FlattensToDottedLeavesWithOrigins) {
  auto S = flat("model:\n  lr: 0.1\n  layers: [1, 2]\nempty: {}\nname: x\n");
  ASSERT_EQ(S.size(), 4u);
  EXPECT_EQ(S[0].Key, "model.lr");
  EXPECT_EQ(S[0].Value, "0.1");
  EXPECT_EQ(S[0].Origin.Line, 2u);
  EXPECT_EQ(S[0].Origin.Column, 3u);
  EXPECT_EQ(S[1].Key, "model.layers");
  EXPECT_EQ(S[1].Value, "[1, 2]");
  EXPECT_EQ(S[2].Key, "empty");
  EXPECT_EQ(S[2].Value, "{}");
  EXPECT_EQ(S[3].Value, "x");
}

// Strings that would read as another type are quoted: '64' is not 64.
TEST(ConfigDiff, QuotesStringsThatLookLikeOtherTypes) {
  auto S = flat("a: '64'\nb: 'true'\nc: ''\nd: \"it's\"\ne: plain\nf: ~\n");
  ASSERT_EQ(S.size(), 6u);
  EXPECT_EQ(S[0].Value, "'64'");
  EXPECT_EQ(S[1].Value, "'true'");
  EXPECT_EQ(S[2].Value, "''");
  EXPECT_EQ(S[3].Value, "'it''s'");
  EXPECT_EQ(S[4].Value, "plain");
  EXPECT_EQ(S[5].Value, "null");
}

TEST(ConfigDiff, AlignsByKeyAndMarksEachRow) {
  auto Rows = diffSettings(flat("a: 1\nb: 2\nc: 3\n"), flat("b: 2\nc: 4\nd: 5\n"));
  ASSERT_EQ(Rows.size(), 4u);
  EXPECT_EQ(Rows[0].Key, "a");
  EXPECT_EQ(Rows[0].Kind, DiffKind::Removed);
  EXPECT_FALSE(Rows[0].Right.has_value());
  EXPECT_EQ(Rows[1].Kind, DiffKind::Same);
  EXPECT_EQ(Rows[2].Kind, DiffKind::Changed);
  EXPECT_EQ(Rows[2].Left->Value, "3");
  EXPECT_EQ(Rows[2].Right->Value, "4");
  EXPECT_EQ(Rows[3].Kind, DiffKind::Added);
}

} // namespace
