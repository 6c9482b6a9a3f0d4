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
const bel::config::KeyAliases NoAliases;

bool covers(const ConfigRead &R, const std::string &Config, const KeyPath &Key,
            const bel::config::KeyAliases &Aliases = NoAliases) {
  return readCovers(R, Config, Key, Aliases);
}
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
  EXPECT_TRUE(covers(R, Train, {"model", "lr"}));
  EXPECT_FALSE(covers(R, Train, {"model", "layers"}));
  EXPECT_FALSE(covers(R, Train, {"lr"}));
  EXPECT_FALSE(covers(R, Train, {"opt", "model", "lr"}));
}

TEST(KeyCoverage, AnchoredReadOfADescendantCoversTheAncestorKey) {
  // Reading model.lr reads part of 'model': the key 'model' is used.
  EXPECT_TRUE(covers(anchored({"model", "lr"}), Train, {"model"}));
  EXPECT_FALSE(covers(anchored({"model", "lr"}), Train, {"opt"}));
}

TEST(KeyCoverage, AncestorValueReadCoversEveryDescendant) {
  ConfigRead R = anchored({"model"});
  EXPECT_TRUE(covers(R, Train, {"model"}));
  EXPECT_TRUE(covers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(covers(R, Train, {"model", "opt", "beta"}));
  EXPECT_FALSE(covers(R, Train, {"modelx", "lr"}));
  EXPECT_FALSE(covers(R, Train, {"seed"}));
}

TEST(KeyCoverage, PresenceReadCoversOnlyItsOwnKey) {
  ConfigRead R = anchored({"model"}, ReadKind::Presence);
  EXPECT_TRUE(covers(R, Train, {"model"}));
  EXPECT_FALSE(covers(R, Train, {"model", "lr"}));
  EXPECT_FALSE(covers(R, Train, {"model", "opt", "beta"}));
}

TEST(KeyCoverage, SubtreeReadCoversEverythingBelow) {
  ConfigRead R = anchored({"model"}, ReadKind::Subtree);
  EXPECT_TRUE(covers(R, Train, {"model"}));
  EXPECT_TRUE(covers(R, Train, {"model", "opt", "beta"}));
  EXPECT_FALSE(covers(R, Train, {"data"}));
}

TEST(KeyCoverage, RootSubtreeReadCoversTheWholeConfig) {
  ConfigRead R = anchored({}, ReadKind::Subtree);
  EXPECT_TRUE(covers(R, Train, {"seed"}));
  EXPECT_TRUE(covers(R, Train, {"model", "lr"}));
}

TEST(KeyCoverage, ReadFromAnotherConfigFileDoesNotCover) {
  ConfigRead R = anchored({"model", "lr"}, ReadKind::Value, Eval);
  EXPECT_FALSE(covers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(covers(R, Eval, {"model", "lr"}));
}

TEST(KeyCoverage, AnchoredReadOfAnUnnamedConfigCoversAnyConfig) {
  // The load did not name its file literally: it may be any config.
  ConfigRead R = anchored({"model", "lr"}, ReadKind::Value, "");
  EXPECT_TRUE(covers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(covers(R, Eval, {"model", "lr"}));
}

TEST(KeyCoverage, UnanchoredReadMatchesKeysBySuffix) {
  ConfigRead R = unanchored({"lr"});
  EXPECT_TRUE(covers(R, Train, {"lr"}));
  EXPECT_TRUE(covers(R, Train, {"model", "lr"}));
  EXPECT_TRUE(covers(R, Eval, {"opt", "adam", "lr"}));
  EXPECT_FALSE(covers(R, Train, {"model", "lr_decay"}));
  EXPECT_FALSE(covers(R, Train, {"model"}));

  ConfigRead Path = unanchored({"opt", "lr"});
  EXPECT_TRUE(covers(Path, Train, {"model", "opt", "lr"}));
  EXPECT_FALSE(covers(Path, Train, {"model", "lr"}));
  EXPECT_FALSE(covers(Path, Train, {"opt", "model", "lr"}));
}

TEST(KeyCoverage, UnanchoredValueReadCoversWhatIsBelowTheMatch) {
  ConfigRead R = unanchored({"opt"});
  EXPECT_TRUE(covers(R, Train, {"model", "opt", "beta"}));
  ConfigRead Presence = unanchored({"opt"}, ReadKind::Presence);
  EXPECT_TRUE(covers(Presence, Train, {"model", "opt"}));
  EXPECT_FALSE(covers(Presence, Train, {"model", "opt", "beta"}));
}

TEST(KeyCoverage, UnanchoredReadWithNoKeysCoversNothing) {
  for (ReadKind Kind :
       {ReadKind::Value, ReadKind::Presence, ReadKind::Subtree}) {
    ConfigRead R = unanchored({}, Kind);
    EXPECT_FALSE(covers(R, Train, {"seed"}));
    EXPECT_FALSE(covers(R, Train, {"model", "lr"}));
  }
}

TEST(KeyCoverage, DottedJoinsKeys) {
  EXPECT_EQ(dotted({"model", "opt", "lr"}), "model.opt.lr");
  EXPECT_EQ(dotted({"seed"}), "seed");
  EXPECT_EQ(dotted({}), "");
}

} // namespace

// A key spelled by an alias is read when any spelling of it is.
TEST(KeyCoverage, AliasesNameOneSetting) {
  bel::config::KeyAliases Aliases;
  Aliases.addGroup({"num_trees", "num_iterations", "n_estimators"});
  ConfigRead R = anchored({"model", "num_trees"});
  EXPECT_TRUE(covers(R, Train, {"model", "n_estimators"}, Aliases));
  EXPECT_TRUE(covers(R, Train, {"model", "num_trees"}, Aliases));
  EXPECT_FALSE(covers(R, Train, {"model", "depth"}, Aliases));
  EXPECT_FALSE(covers(R, Train, {"model", "n_estimators"}));
  bel::config::ConfigNode Root;
  Root.NodeKind = bel::config::ConfigNode::Mapping;
  Root.Entries.push_back({"n_estimators", {"c.yaml", 3, 1}, {}});
  EXPECT_NE(findKey(Root, "num_trees", Aliases), nullptr);
  EXPECT_EQ(findKey(Root, "num_trees", NoAliases), nullptr);
}
