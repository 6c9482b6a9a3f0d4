//===- ConfigSetTest.cpp - `extends` resolution and per-file problems -----===//
#include "config/ConfigSet.h"

#include "ParseHelpers.h"
#include "TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::config;
using bel::report::Notification;
using bel::unittest::TempDir;

namespace {

/// A project root below a TempDir, so that a test can put a file just
/// outside the root ("../x.yaml") without writing outside the TempDir.
class ConfigSetTest : public ::testing::Test {
protected:
  TempDir Dir;
  std::string Root = Dir.root() + "/project";
  std::vector<Notification> Problems;

  void write(const std::string &RelPath, llvm::StringRef Text) {
    Dir.write("project/" + RelPath, Text);
  }

  ConfigSet load(const std::vector<std::string> &Paths) {
    return loadConfigSet(Root, Paths, Problems);
  }

  /// The keys of a mapping, in order.
  static std::vector<std::string> keys(const ConfigNode &N) {
    std::vector<std::string> Out;
    for (const MapEntry &E : N.Entries)
      Out.push_back(E.Key);
    return Out;
  }

  std::string problemsText() const {
    std::string S;
    for (const Notification &N : Problems) {
      S += N.Id + ": " + N.Message;
      if (N.Loc)
        S += " @" + N.Loc->Path + ":" + std::to_string(N.Loc->Line) + ":" +
             std::to_string(N.Loc->Column);
      S += "\n";
    }
    return S;
  }
};

TEST_F(ConfigSetTest, ChildOverridesBaseAndMappingsMergeKeyByKey) {
  write("configs/base.yaml", "model:\n"
                             "  lr: 0.1\n"
                             "  layers: 3\n"
                             "seed: 1\n");
  write("configs/child.yaml", "extends: base.yaml\n"
                              "model:\n"
                              "  lr: 0.01\n"
                              "epochs: 5\n");
  ConfigSet Set = load({"configs/child.yaml", "configs/base.yaml"});
  EXPECT_TRUE(Problems.empty()) << problemsText();
  ASSERT_EQ(Set.Configs.size(), 2u);
  // Sorted by path.
  EXPECT_EQ(Set.Configs[0].Path, "configs/base.yaml");
  EXPECT_EQ(Set.Configs[1].Path, "configs/child.yaml");

  const EffectiveConfig *Child = Set.find("configs/child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_EQ(keys(Child->Root),
            (std::vector<std::string>{"model", "seed", "epochs"}));
  const MapEntry *Model = Child->Root.find("model");
  ASSERT_NE(Model, nullptr);
  EXPECT_EQ(keys(Model->Value), (std::vector<std::string>{"lr", "layers"}));

  const MapEntry *Lr = Model->Value.find("lr");
  EXPECT_EQ(Lr->Value.Value, "0.01");
  EXPECT_EQ(Lr->KeyLoc.Path, "configs/child.yaml");
  EXPECT_EQ(Lr->KeyLoc.Line, 3u);
  EXPECT_EQ(Lr->KeyLoc.Column, 3u);
  EXPECT_EQ(Lr->Value.Loc.Path, "configs/child.yaml");

  // A key only the base sets keeps the base file's position.
  const MapEntry *Layers = Model->Value.find("layers");
  EXPECT_EQ(Layers->Value.Value, "3");
  EXPECT_EQ(Layers->KeyLoc.Path, "configs/base.yaml");
  EXPECT_EQ(Layers->KeyLoc.Line, 3u);
  EXPECT_EQ(Layers->KeyLoc.Column, 3u);
  const MapEntry *Seed = Child->Root.find("seed");
  ASSERT_NE(Seed, nullptr);
  EXPECT_EQ(Seed->KeyLoc.Path, "configs/base.yaml");
  EXPECT_EQ(Seed->KeyLoc.Line, 4u);
  const MapEntry *Epochs = Child->Root.find("epochs");
  ASSERT_NE(Epochs, nullptr);
  EXPECT_EQ(Epochs->KeyLoc.Path, "configs/child.yaml");
  EXPECT_EQ(Epochs->KeyLoc.Line, 4u);

  EXPECT_EQ(Child->Bases, (std::vector<std::string>{"configs/base.yaml"}));
  // The base itself is unchanged by being extended.
  const EffectiveConfig *Base = Set.find("configs/base.yaml");
  ASSERT_NE(Base, nullptr);
  EXPECT_EQ(Base->Root.find("model")->Value.find("lr")->Value.Value, "0.1");
  EXPECT_TRUE(Base->Bases.empty());
}

TEST_F(ConfigSetTest, ExtendsIsRemovedFromTheEffectiveTree) {
  write("base.yaml", "a: 1\n");
  write("child.yaml", "extends: base.yaml\nb: 2\n");
  ConfigSet Set = load({"child.yaml"});
  const EffectiveConfig *Child = Set.find("child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_EQ(Child->Root.find("extends"), nullptr);
  EXPECT_EQ(keys(Child->Root), (std::vector<std::string>{"a", "b"}));
}

TEST_F(ConfigSetTest, NonMappingValuesReplaceInsteadOfMerging) {
  write("base.yaml", "layers: [64, 32]\n"
                     "opt: {name: adam, beta: 0.9}\n");
  write("child.yaml", "extends: base.yaml\n"
                      "layers: [8]\n"
                      "opt: sgd\n");
  ConfigSet Set = load({"child.yaml"});
  const EffectiveConfig *Child = Set.find("child.yaml");
  ASSERT_NE(Child, nullptr);
  const MapEntry *Layers = Child->Root.find("layers");
  ASSERT_NE(Layers, nullptr);
  ASSERT_EQ(Layers->Value.Items.size(), 1u);
  EXPECT_EQ(Layers->Value.Items[0].Value, "8");
  const MapEntry *Opt = Child->Root.find("opt");
  ASSERT_NE(Opt, nullptr);
  EXPECT_TRUE(Opt->Value.isScalar());
  EXPECT_EQ(Opt->Value.Value, "sgd");
  EXPECT_EQ(Opt->KeyLoc.Path, "child.yaml");
}

TEST_F(ConfigSetTest, ListOfBasesMergesInOrderAndRecordsEveryBase) {
  write("configs/a.yaml", "x: a\ny: a\n");
  write("configs/b.yaml", "extends: common/c.yaml\ny: b\n");
  write("configs/common/c.yaml", "z: c\n");
  write("configs/child.yaml", "extends: [a.yaml, b.yaml]\nw: child\n");
  ConfigSet Set = load({"configs/child.yaml"});
  EXPECT_TRUE(Problems.empty()) << problemsText();
  const EffectiveConfig *Child = Set.find("configs/child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_EQ(Child->Root.find("x")->Value.Value, "a");
  EXPECT_EQ(Child->Root.find("y")->Value.Value, "b"); // later base wins
  EXPECT_EQ(Child->Root.find("y")->KeyLoc.Path, "configs/b.yaml");
  EXPECT_EQ(Child->Root.find("z")->Value.Value, "c");
  EXPECT_EQ(Child->Root.find("z")->KeyLoc.Path, "configs/common/c.yaml");
  EXPECT_EQ(Child->Bases,
            (std::vector<std::string>{"configs/a.yaml", "configs/b.yaml",
                                      "configs/common/c.yaml"}));
  // Only the listed config is a config of the set; its bases are extended.
  EXPECT_EQ(Set.Configs.size(), 1u);
  EXPECT_EQ(Set.ExtendedPaths,
            (std::vector<std::string>{"configs/a.yaml", "configs/b.yaml",
                                      "configs/common/c.yaml"}));
}

TEST_F(ConfigSetTest, BasePathsAreRelativeToTheExtendingFile) {
  write("configs/base.yaml", "a: 1\n");
  write("configs/exp/run.yaml", "extends: ../base.yaml\n");
  ConfigSet Set = load({"configs/exp/run.yaml"});
  EXPECT_TRUE(Problems.empty()) << problemsText();
  const EffectiveConfig *Run = Set.find("configs/exp/run.yaml");
  ASSERT_NE(Run, nullptr);
  EXPECT_EQ(Run->Bases, (std::vector<std::string>{"configs/base.yaml"}));
  ASSERT_NE(Run->Root.find("a"), nullptr);
}

TEST_F(ConfigSetTest, ExtendedPathsAndIsExtended) {
  write("base.yaml", "a: 1\n");
  write("child.yaml", "extends: base.yaml\n");
  write("other.yaml", "b: 1\n");
  ConfigSet Set = load({"base.yaml", "child.yaml", "other.yaml"});
  EXPECT_EQ(Set.ExtendedPaths, (std::vector<std::string>{"base.yaml"}));
  EXPECT_TRUE(Set.isExtended("base.yaml"));
  EXPECT_FALSE(Set.isExtended("child.yaml"));
  EXPECT_FALSE(Set.isExtended("other.yaml"));
  EXPECT_EQ(Set.find("missing.yaml"), nullptr);
}

TEST_F(ConfigSetTest, CycleIsReportedAtTheExtendsValueAndBothConfigsLoad) {
  write("a.yaml", "extends: b.yaml\nx: 1\n");
  write("b.yaml", "y: 2\nextends: a.yaml\n");
  ConfigSet Set = load({"a.yaml", "b.yaml"});
  ASSERT_EQ(Problems.size(), 2u) << problemsText();
  // Sorted by position: a.yaml's reference, then b.yaml's.
  EXPECT_EQ(Problems[0].Id, "bel-config-extends-error");
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, "a.yaml");
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 10u);
  EXPECT_EQ(Problems[0].Message, "'extends' cycle: b.yaml -> a.yaml -> b.yaml");
  EXPECT_EQ(Problems[1].Id, "bel-config-extends-error");
  EXPECT_EQ(Problems[1].Loc->Path, "b.yaml");
  EXPECT_EQ(Problems[1].Loc->Line, 2u);
  EXPECT_EQ(Problems[1].Loc->Column, 10u);
  EXPECT_EQ(Problems[1].Message, "'extends' cycle: a.yaml -> b.yaml -> a.yaml");

  ASSERT_EQ(Set.Configs.size(), 2u);
  const EffectiveConfig *A = Set.find("a.yaml");
  ASSERT_NE(A, nullptr);
  EXPECT_NE(A->Root.find("x"), nullptr);
  EXPECT_NE(A->Root.find("y"), nullptr);
  EXPECT_EQ(A->Root.find("extends"), nullptr);
  const EffectiveConfig *B = Set.find("b.yaml");
  ASSERT_NE(B, nullptr);
  EXPECT_NE(B->Root.find("x"), nullptr);
  EXPECT_NE(B->Root.find("y"), nullptr);
}

TEST_F(ConfigSetTest, SelfExtensionIsACycle) {
  write("self.yaml", "extends: self.yaml\nk: v\n");
  ConfigSet Set = load({"self.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-extends-error");
  EXPECT_EQ(Problems[0].Message, "'extends' cycle: self.yaml -> self.yaml");
  const EffectiveConfig *Self = Set.find("self.yaml");
  ASSERT_NE(Self, nullptr);
  EXPECT_NE(Self->Root.find("k"), nullptr);
  EXPECT_TRUE(Self->Bases.empty());
}

TEST_F(ConfigSetTest, MissingBaseIsReportedAndOwnKeysStillLoad) {
  write("configs/child.yaml", "extends:\n  - nothere.yaml\nlr: 1\n");
  ConfigSet Set = load({"configs/child.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-extends-error");
  EXPECT_EQ(Problems[0].Message,
            "base config 'configs/nothere.yaml' does not exist");
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, "configs/child.yaml");
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  const EffectiveConfig *Child = Set.find("configs/child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_NE(Child->Root.find("lr"), nullptr);
  EXPECT_TRUE(Child->Bases.empty());
  EXPECT_TRUE(Set.ExtendedPaths.empty());
}

TEST_F(ConfigSetTest, BaseOutsideTheRootIsRefusedAndNotRead) {
  Dir.write("x.yaml", "secret: 1\n"); // exists, but outside the root
  write("child.yaml", "extends: ../x.yaml\nown: 1\n");
  ConfigSet Set = load({"child.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-extends-error");
  EXPECT_NE(Problems[0].Message.find("outside the project root"),
            std::string::npos)
      << Problems[0].Message;
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 10u);
  const EffectiveConfig *Child = Set.find("child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_EQ(Child->Root.find("secret"), nullptr);
  EXPECT_NE(Child->Root.find("own"), nullptr);
}

TEST_F(ConfigSetTest, EscapingThroughSubdirectoriesIsRefusedToo) {
  write("configs/child.yaml", "extends: ../../x.yaml\n");
  load({"configs/child.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_NE(Problems[0].Message.find("outside the project root"),
            std::string::npos);
}

TEST_F(ConfigSetTest, AbsoluteBaseIsRefused) {
  write("child.yaml", "extends: /etc/passwd\n");
  load({"child.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-extends-error");
  EXPECT_NE(Problems[0].Message.find("absolute path"), std::string::npos);
}

TEST_F(ConfigSetTest, NonStringBaseInTheListIsReported) {
  write("base.yaml", "a: 1\n");
  write("child.yaml", "extends: [{a: 1}, base.yaml]\n");
  ConfigSet Set = load({"child.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Message, "'extends' takes a path or a list of paths");
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 11u);
  const EffectiveConfig *Child = Set.find("child.yaml");
  ASSERT_NE(Child, nullptr);
  EXPECT_EQ(Child->Bases, (std::vector<std::string>{"base.yaml"}));
}

TEST_F(ConfigSetTest, MalformedFileIsAParseErrorAndOthersStillLoad) {
  write("configs/bad.yaml", "a: b: c\n");
  write("configs/good.yaml", "k: 1\n");
  ConfigSet Set = load({"configs/bad.yaml", "configs/good.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-parse-error");
  EXPECT_EQ(Problems[0].Severity, bel::report::Level::Error);
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, "configs/bad.yaml");
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  EXPECT_EQ(Problems[0].Message, "invalid YAML: illegal map value");
  ASSERT_EQ(Set.Configs.size(), 1u);
  EXPECT_EQ(Set.Configs[0].Path, "configs/good.yaml");
}

TEST_F(ConfigSetTest, MalformedJsonConfigIsAParseErrorAtItsPosition) {
  write("c.json", "{\"a\": 1,}");
  ConfigSet Set = load({"c.json"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-parse-error");
  EXPECT_EQ(Problems[0].Loc->Column, 9u);
  EXPECT_TRUE(Set.Configs.empty());
}

TEST_F(ConfigSetTest, MalformedBaseIsReportedOnceForAllItsChildren) {
  write("bad.yaml", "a: b: c\n");
  write("one.yaml", "extends: bad.yaml\nk: 1\n");
  write("two.yaml", "extends: bad.yaml\nk: 2\n");
  ConfigSet Set = load({"bad.yaml", "one.yaml", "two.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-config-parse-error");
  EXPECT_EQ(Set.Configs.size(), 2u);
  ASSERT_NE(Set.find("one.yaml"), nullptr);
  EXPECT_NE(Set.find("one.yaml")->Root.find("k"), nullptr);
}

TEST_F(ConfigSetTest, UnreadableFileIsSkippedAtItsFirstLine) {
  ConfigSet Set = load({"nothere.yaml"});
  ASSERT_EQ(Problems.size(), 1u) << problemsText();
  EXPECT_EQ(Problems[0].Id, "bel-skipped-file");
  EXPECT_EQ(Problems[0].Severity, bel::report::Level::Warning);
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, "nothere.yaml");
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Message.rfind("config is unreadable", 0), 0u)
      << Problems[0].Message;
  EXPECT_TRUE(Set.Configs.empty());
}

TEST_F(ConfigSetTest, TopLevelListOrValueIsAWarningAtItsStart) {
  write("list.json", "\n [1, 2]");
  write("value.yaml", "text\n");
  write("empty.yaml", "");
  write("map.yaml", "k: 1\n");
  ConfigSet Set = load({"empty.yaml", "list.json", "map.yaml", "value.yaml"});
  EXPECT_EQ(problemsText(),
            "bel-config-not-mapping: config's top level is a list, not a "
            "mapping of settings; no key in it was checked @list.json:2:2\n"
            "bel-config-not-mapping: config's top level is a single value, "
            "not a mapping of settings; no key in it was checked "
            "@value.yaml:1:1\n");
  EXPECT_EQ(Problems[0].Severity, bel::report::Level::Warning);
  EXPECT_EQ(Set.Configs.size(), 4u); // Still loaded: the diff rules use them.
}

TEST_F(ConfigSetTest, JsonConfigsExtendYamlBases) {
  write("base.yaml", "a: 1\nb: 1\n");
  write("run.json", "{\"extends\": \"base.yaml\", \"b\": 2}");
  ConfigSet Set = load({"run.json"});
  EXPECT_TRUE(Problems.empty()) << problemsText();
  const EffectiveConfig *Run = Set.find("run.json");
  ASSERT_NE(Run, nullptr);
  EXPECT_EQ(keys(Run->Root), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Run->Root.find("b")->Value.Value, "2");
  EXPECT_EQ(Run->Root.find("b")->KeyLoc.Path, "run.json");
}

TEST_F(ConfigSetTest, DuplicatePathsAreLoadedOnce) {
  write("a.yaml", "k: 1\n");
  ConfigSet Set = load({"a.yaml", "a.yaml"});
  EXPECT_EQ(Set.Configs.size(), 1u);
}

TEST(ConfigSet, ToNotificationKeepsTheLocationOfALocatedError) {
  bel::report::Location Loc{"c.yaml", 3, 4};
  Notification N = toNotification(makeLocatedError(Loc, "boom"),
                                  "bel-config-parse-error", "fallback.yaml");
  EXPECT_EQ(N.Id, "bel-config-parse-error");
  EXPECT_EQ(N.Message, "boom");
  ASSERT_TRUE(N.Loc.has_value());
  EXPECT_EQ(*N.Loc, Loc);

  Notification Plain = toNotification(
      llvm::createStringError(std::errc::io_error, "disk on fire"),
      "bel-config-parse-error", "fallback.yaml");
  EXPECT_EQ(Plain.Message, "disk on fire");
  ASSERT_TRUE(Plain.Loc.has_value());
  EXPECT_EQ(Plain.Loc->Path, "fallback.yaml");
  EXPECT_FALSE(Plain.Loc->hasRegion());
}

} // namespace

// `extends` with a mapping or with nothing is an error, not ignored.
TEST(ConfigSet, ExtendsMappingOrEmptyIsReported) {
  bel::unittest::TempDir Dir;
  Dir.write("m.yaml", "extends: {a: 1}\nk: 1\n");
  Dir.write("n.yaml", "extends:\nk: 1\n");
  std::vector<bel::report::Notification> P;
  ConfigSet Set = loadConfigSet(Dir.root(), {"m.yaml", "n.yaml"}, P);
  ASSERT_EQ(P.size(), 2u);
  for (const auto &N : P) {
    EXPECT_EQ(N.Id, "bel-config-extends-error");
    EXPECT_NE(N.Message.find("takes a path or a list of paths"), std::string::npos);
  }
  EXPECT_EQ(Set.Configs.size(), 2u); // Both configs are still analyzed.
}

// An override equal to the inherited value is recorded with both positions;
// a changed value and a merged mapping are not.
TEST(ConfigSet, RecordsOverridesEqualToTheBase) {
  TempDir Dir;
  Dir.write("base.yaml", "batch: 64\nlr: 0.1\nopt: {m: 0.9}\n");
  Dir.write("train.yaml", "extends: base.yaml\nbatch: 64.0\nlr: 0.05\nopt: {m: 0.9}\n");
  std::vector<Notification> P;
  ConfigSet Set = loadConfigSet(Dir.root(), {"train.yaml"}, P);
  ASSERT_TRUE(P.empty());
  const EffectiveConfig *C = Set.find("train.yaml");
  ASSERT_NE(C, nullptr);
  ASSERT_EQ(C->Overrides.size(), 2u);
  EXPECT_EQ(C->Overrides[0].Keys, (std::vector<std::string>{"batch"}));
  EXPECT_EQ(C->Overrides[0].Key.Path, "train.yaml");
  EXPECT_EQ(C->Overrides[0].Key.Line, 2u);
  EXPECT_EQ(C->Overrides[0].BaseKey.Path, "base.yaml");
  EXPECT_EQ(C->Overrides[0].BaseKey.Line, 1u);
  EXPECT_EQ(C->Overrides[1].Keys, (std::vector<std::string>{"opt", "m"}));
  // The raw files stay available, base included.
  ASSERT_EQ(Set.Files.size(), 2u);
  EXPECT_EQ(Set.Files[0].Path, "base.yaml");
}

TEST(ConfigSet, SameValueComparesNumbersByValueAndIgnoresPositions) {
  auto Node = [](const char *Text) {
    return bel::unittest::parseOk("v.yaml", Text).Root;
  };
  EXPECT_TRUE(sameValue(Node("a: 64"), Node("\n\na: 64.0")));
  EXPECT_FALSE(sameValue(Node("a: 64"), Node("a: '64'")));
  EXPECT_TRUE(sameValue(Node("a: [1, {b: x}]"), Node("a: [1, {b: x}]")));
  EXPECT_FALSE(sameValue(Node("a: [1, 2]"), Node("a: [2, 1]")));
  EXPECT_TRUE(sameValue(Node("a: true"), Node("a: True")));
  EXPECT_FALSE(sameValue(Node("a: {b: 1}"), Node("a: {b: 1, c: 2}")));
}

// `base:` and Hydra-style `defaults:` name bases too; a name without an
// extension takes the config's own, and group selections are skipped.
TEST(ConfigSet, BaseAndDefaultsListsNameBases) {
  TempDir Dir;
  Dir.write("common.yaml", "lr: 0.1\nseed: 1\n");
  Dir.write("model.yaml", "depth: 4\n");
  Dir.write("a.yaml", "base: common.yaml\nseed: 2\n");
  Dir.write("b.yaml", "defaults:\n  - common\n  - optimizer: adam\n  - _self_\n  - model\nlr: 0.5\n");
  std::vector<Notification> P;
  ConfigSet Set = loadConfigSet(Dir.root(), {"a.yaml", "b.yaml"}, P);
  EXPECT_TRUE(P.empty());
  const EffectiveConfig *A = Set.find("a.yaml");
  const EffectiveConfig *B = Set.find("b.yaml");
  ASSERT_NE(A, nullptr);
  ASSERT_NE(B, nullptr);
  EXPECT_EQ(A->Root.find("base"), nullptr);
  EXPECT_EQ(A->Root.find("lr")->Value.Value, "0.1");
  EXPECT_EQ(A->Root.find("seed")->Value.Value, "2");
  EXPECT_EQ(B->Bases, (std::vector<std::string>{"common.yaml", "model.yaml"}));
  EXPECT_EQ(B->Root.find("defaults"), nullptr);
  EXPECT_EQ(B->Root.find("depth")->Value.Value, "4");
  EXPECT_EQ(B->Root.find("lr")->Value.Value, "0.5");
}
