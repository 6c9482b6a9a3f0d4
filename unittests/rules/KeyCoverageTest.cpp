//===- KeyCoverageTest.cpp - which config keys a code read covers ---------===//
#include "rules/config/KeyCoverage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::rules;
using bel::facts::ConfigRead;
using bel::facts::ReadKind;

namespace {

const char *const Train = "configs/train.yaml";
const char *const Eval = "configs/eval.yaml";

ConfigRead anchored(KeyPath Keys, ReadKind Kind = ReadKind::Value,
                    std::string ConfigPath = Train) {
  ConfigRead R;
  R.Keys = std::move(Keys);
  R.Kind = Kind;
  R.Anchored = true;
  R.ConfigPath = std::move(ConfigPath);
  return R;
}

ConfigRead unanchored(KeyPath Keys, ReadKind Kind = ReadKind::Value) {
  ConfigRead R;
  R.Keys = std::move(Keys);
  R.Kind = Kind;
  R.Anchored = false;
  return R;
}

TEST(KeyCoverage, AnchoredReadCoversExactlyItsKey) {
  ConfigRead R = anchored({"model", "lr"});
  EXPECT_TRUE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_FALSE(readCovers(R, Train, {"model", "layers"}));
  EXPECT_FALSE(readCovers(R, Train, {"lr"}));
  EXPECT_FALSE(readCovers(R, Train, {"opt", "model", "lr"}));
}

TEST(KeyCoverage, AnchoredReadOfADescendantCoversTheAncestorKey) {
  // Reading model.lr reads part of 'model': the key 'model' is used.
  EXPECT_TRUE(readCovers(anchored({"model", "lr"}), Train, {"model"}));
  EXPECT_FALSE(readCovers(anchored({"model", "lr"}), Train, {"opt"}));
}

TEST(KeyCoverage, AncestorValueReadCoversEveryDescendant) {
  ConfigRead R = anchored({"model"});
  EXPECT_TRUE(readCovers(R, Train, {"model"}));
  EXPECT_TRUE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(readCovers(R, Train, {"model", "opt", "beta"}));
  EXPECT_FALSE(readCovers(R, Train, {"modelx", "lr"}));
  EXPECT_FALSE(readCovers(R, Train, {"seed"}));
}

TEST(KeyCoverage, PresenceReadCoversOnlyItsOwnKey) {
  ConfigRead R = anchored({"model"}, ReadKind::Presence);
  EXPECT_TRUE(readCovers(R, Train, {"model"}));
  EXPECT_FALSE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_FALSE(readCovers(R, Train, {"model", "opt", "beta"}));
}

TEST(KeyCoverage, SubtreeReadCoversEverythingBelow) {
  ConfigRead R = anchored({"model"}, ReadKind::Subtree);
  EXPECT_TRUE(readCovers(R, Train, {"model"}));
  EXPECT_TRUE(readCovers(R, Train, {"model", "opt", "beta"}));
  EXPECT_FALSE(readCovers(R, Train, {"data"}));
}

TEST(KeyCoverage, RootSubtreeReadCoversTheWholeConfig) {
  ConfigRead R = anchored({}, ReadKind::Subtree);
  EXPECT_TRUE(readCovers(R, Train, {"seed"}));
  EXPECT_TRUE(readCovers(R, Train, {"model", "lr"}));
}

TEST(KeyCoverage, ReadFromAnotherConfigFileDoesNotCover) {
  ConfigRead R = anchored({"model", "lr"}, ReadKind::Value, Eval);
  EXPECT_FALSE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(readCovers(R, Eval, {"model", "lr"}));
}

TEST(KeyCoverage, AnchoredReadOfAnUnnamedConfigCoversAnyConfig) {
  // The load did not name its file literally: it may be any config.
  ConfigRead R = anchored({"model", "lr"}, ReadKind::Value, "");
  EXPECT_TRUE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(readCovers(R, Eval, {"model", "lr"}));
}

TEST(KeyCoverage, UnanchoredReadMatchesKeysBySuffix) {
  ConfigRead R = unanchored({"lr"});
  EXPECT_TRUE(readCovers(R, Train, {"lr"}));
  EXPECT_TRUE(readCovers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(readCovers(R, Eval, {"opt", "adam", "lr"}));
  EXPECT_FALSE(readCovers(R, Train, {"model", "lr_decay"}));
  EXPECT_FALSE(readCovers(R, Train, {"model"}));

  ConfigRead Path = unanchored({"opt", "lr"});
  EXPECT_TRUE(readCovers(Path, Train, {"model", "opt", "lr"}));
  EXPECT_FALSE(readCovers(Path, Train, {"model", "lr"}));
  EXPECT_FALSE(readCovers(Path, Train, {"opt", "model", "lr"}));
}

TEST(KeyCoverage, UnanchoredValueReadCoversWhatIsBelowTheMatch) {
  ConfigRead R = unanchored({"opt"});
  EXPECT_TRUE(readCovers(R, Train, {"model", "opt", "beta"}));
  ConfigRead Presence = unanchored({"opt"}, ReadKind::Presence);
  EXPECT_TRUE(readCovers(Presence, Train, {"model", "opt"}));
  EXPECT_FALSE(readCovers(Presence, Train, {"model", "opt", "beta"}));
}

TEST(KeyCoverage, UnanchoredReadWithNoKeysCoversNothing) {
  for (ReadKind Kind :
       {ReadKind::Value, ReadKind::Presence, ReadKind::Subtree}) {
    ConfigRead R = unanchored({}, Kind);
    EXPECT_FALSE(readCovers(R, Train, {"seed"}));
    EXPECT_FALSE(readCovers(R, Train, {"model", "lr"}));
  }
}

TEST(KeyCoverage, DottedJoinsKeys) {
  EXPECT_EQ(dotted({"model", "opt", "lr"}), "model.opt.lr");
  EXPECT_EQ(dotted({"seed"}), "seed");
  EXPECT_EQ(dotted({}), "");
}

} // namespace
