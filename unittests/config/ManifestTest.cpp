//===- ManifestTest.cpp - .bel.yaml keys, defaults and problems -----------===//
#include "config/Manifest.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::config;
using bel::report::Level;
using bel::report::Notification;
using bel::unittest::TempDir;

namespace {

using Strings = std::vector<std::string>;

class ManifestTest : public ::testing::Test {
protected:
  std::vector<Notification> Problems;

  Manifest parse(llvm::StringRef Text) {
    return parseManifest(".bel.yaml", Text, Problems);
  }
};

TEST_F(ManifestTest, EmptyManifestGivesTheDefaults) {
  Manifest M = parse("");
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(M.Path, ".bel.yaml");
  EXPECT_TRUE(M.Sources.empty());
  EXPECT_TRUE(M.Exclude.empty());
  EXPECT_EQ(M.Configs, Strings{"configs/**/*.{yaml,yml,json}"});
  EXPECT_TRUE(M.RulePacks.empty());
  EXPECT_TRUE(M.RuleLevels.empty());
  EXPECT_TRUE(M.Stages.empty());
}

TEST_F(ManifestTest, EveryKeyIsParsed) {
  Manifest M = parse("sources: [src/**/*.cpp]\n"
                     "exclude:\n"
                     "  - third_party/**\n"
                     "  - build/**\n"
                     "configs: [conf/*.yaml, conf/*.json]\n"
                     "rule_packs: [packs/inhouse.yaml]\n"
                     "rules:\n"
                     "  config-unused-setting: error\n"
                     "  config-missing-setting: note\n"
                     "stages:\n"
                     "  train:\n"
                     "    main: src/train.cpp\n"
                     "    configs: [conf/train.yaml]\n");
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(M.Sources, Strings{"src/**/*.cpp"});
  EXPECT_EQ(M.Exclude, (Strings{"third_party/**", "build/**"}));
  // A given list replaces the default instead of adding to it.
  EXPECT_EQ(M.Configs, (Strings{"conf/*.yaml", "conf/*.json"}));
  EXPECT_EQ(M.RulePacks, Strings{"packs/inhouse.yaml"});
  ASSERT_EQ(M.RuleLevels.size(), 2u);
  EXPECT_EQ(M.RuleLevels["config-unused-setting"], Level::Error);
  EXPECT_EQ(M.RuleLevels["config-missing-setting"], Level::Note);
  ASSERT_EQ(M.RuleLevelLocs.count("config-missing-setting"), 1u);
  EXPECT_EQ(M.RuleLevelLocs["config-missing-setting"].Line, 9u);
  EXPECT_EQ(M.RuleLevelLocs["config-missing-setting"].Column, 3u);
  ASSERT_EQ(M.Stages.size(), 1u);
  EXPECT_EQ(M.Stages[0].Name, "train");
  EXPECT_EQ(M.Stages[0].Main, "src/train.cpp");
  EXPECT_EQ(M.Stages[0].Configs, Strings{"conf/train.yaml"});
  EXPECT_EQ(M.Stages[0].Loc.Path, ".bel.yaml");
  EXPECT_EQ(M.Stages[0].Loc.Line, 11u);
  EXPECT_EQ(M.Stages[0].Loc.Column, 3u);
}

TEST_F(ManifestTest, AScalarWhereAListIsExpectedIsAOneElementList) {
  Manifest M = parse("sources: src/*.cpp\nconfigs: c.yaml\n");
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(M.Sources, Strings{"src/*.cpp"});
  EXPECT_EQ(M.Configs, Strings{"c.yaml"});
}

TEST_F(ManifestTest, UnknownKeyIsReportedWithASuggestionAndTheRestApplies) {
  Manifest M = parse("configs: [c/*.yaml]\n"
                     "  \n"
                     "sorces: [src/*.cpp]\n"
                     "exclude: [gen/**]\n");
  ASSERT_EQ(Problems.size(), 1u);
  const Notification &N = Problems[0];
  EXPECT_EQ(N.Id, "bel-manifest-error");
  EXPECT_EQ(N.Severity, Level::Error);
  EXPECT_EQ(N.Message,
            "unknown manifest key 'sorces'; did you mean 'sources'?");
  ASSERT_TRUE(N.Loc.has_value());
  EXPECT_EQ(N.Loc->Path, ".bel.yaml");
  EXPECT_EQ(N.Loc->Line, 3u);
  EXPECT_EQ(N.Loc->Column, 1u);
  EXPECT_TRUE(M.Sources.empty());
  EXPECT_EQ(M.Configs, Strings{"c/*.yaml"});
  EXPECT_EQ(M.Exclude, Strings{"gen/**"});
}

TEST_F(ManifestTest, GlobsPastTheMatcherLimitsAreReportedWhereTheyAre) {
  std::string Bomb;
  for (int I = 0; I < 9; ++I)
    Bomb += "{a,b}";
  Manifest M = parse("sources: [src/*.cpp, '" + Bomb + "']\n"
                     "review:\n  paths: ['" + std::string(5000, 'x') +
                     "']\n"
                     "datasets:\n  '" + Bomb + "': {consumers: [train]}\n");
  std::string Text;
  for (const Notification &N : Problems)
    Text += std::to_string(N.Loc->Line) + ":" + std::to_string(N.Loc->Column) +
            " " + N.Message + "\n";
  const std::string TooMany = "glob expands to more than 256 brace "
                              "alternatives; those past the 256th match "
                              "nothing\n";
  EXPECT_EQ(Text, "1:22 " + TooMany +
                      "3:11 glob is longer than 4096 bytes; it matches "
                      "nothing\n"
                      "5:3 " + TooMany);
  EXPECT_EQ(M.Sources.size(), 2u); // Kept: its first 256 alternatives work.
}

TEST_F(ManifestTest, UnknownKeyFarFromAnyKnownKeyHasNoSuggestion) {
  parse("colour: blue\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "unknown manifest key 'colour'");
}

TEST_F(ManifestTest, WrongLevelIsReportedAtTheValueAndOtherLevelsApply) {
  Manifest M = parse("rules:\n"
                     "  config-unused-setting: loud\n"
                     "  config-missing-setting: warning\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Id, "bel-manifest-error");
  EXPECT_EQ(Problems[0].Message,
            "level of 'config-unused-setting' must be error, warning, note or "
            "off, not 'loud'");
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  EXPECT_EQ(Problems[0].Loc->Column, 26u);
  EXPECT_EQ(M.RuleLevels.count("config-unused-setting"), 0u);
  EXPECT_EQ(M.RuleLevelLocs.count("config-unused-setting"), 0u);
  EXPECT_EQ(M.RuleLevels["config-missing-setting"], Level::Warning);
}

TEST_F(ManifestTest, OffDisablesARule) {
  Manifest M = parse("rules:\n  config-unused-setting: off\n");
  EXPECT_TRUE(Problems.empty());
  ASSERT_EQ(M.RuleLevels.count("config-unused-setting"), 1u);
  EXPECT_FALSE(M.RuleLevels["config-unused-setting"].has_value());
  EXPECT_EQ(M.RuleLevelLocs["config-unused-setting"].Line, 2u);
}

TEST_F(ManifestTest, RulesMustBeAMapping) {
  parse("rules: [a, b]\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 8u);
}

TEST_F(ManifestTest, StagesTakeMainAndConfigs) {
  Manifest M = parse("stages:\n"
                     "  prep:\n"
                     "    main: src/prep.cpp\n"
                     "  train:\n"
                     "    configs: [a.yaml, b.yaml]\n");
  EXPECT_TRUE(Problems.empty());
  ASSERT_EQ(M.Stages.size(), 2u);
  EXPECT_EQ(M.Stages[0].Name, "prep");
  EXPECT_EQ(M.Stages[0].Main, "src/prep.cpp");
  EXPECT_TRUE(M.Stages[0].Configs.empty());
  EXPECT_EQ(M.Stages[1].Name, "train");
  EXPECT_EQ(M.Stages[1].Main, "");
  EXPECT_EQ(M.Stages[1].Configs, (Strings{"a.yaml", "b.yaml"}));
  EXPECT_EQ(M.Stages[1].Loc.Line, 4u);
}

TEST_F(ManifestTest, UnknownStageKeySuggestsMain) {
  Manifest M = parse("stages:\n"
                     "  train:\n"
                     "    mian: src/train.cpp\n"
                     "    configs: [a.yaml]\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message,
            "unknown manifest key 'mian'; did you mean 'main'?");
  EXPECT_EQ(Problems[0].Loc->Line, 3u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  ASSERT_EQ(M.Stages.size(), 1u);
  EXPECT_EQ(M.Stages[0].Configs, Strings{"a.yaml"});
}

TEST_F(ManifestTest, StageThatIsNotAMappingIsReportedAndDropped) {
  Manifest M =
      parse("stages:\n  train: src/train.cpp\n  eval: {main: e.cpp}\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "stage 'train' takes {main, configs}");
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  ASSERT_EQ(M.Stages.size(), 1u);
  EXPECT_EQ(M.Stages[0].Name, "eval");
}

TEST_F(ManifestTest, NonStringListItemIsReportedAndSkipped) {
  Manifest M = parse("sources:\n  - a.cpp\n  - {x: 1}\n  - b.cpp\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "'sources' takes a list of strings");
  EXPECT_EQ(Problems[0].Loc->Line, 3u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  EXPECT_EQ(M.Sources, (Strings{"a.cpp", "b.cpp"}));
}

TEST_F(ManifestTest, ManifestThatIsNotAMappingIsReported) {
  Manifest M = parse("- sources\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "the manifest must be a mapping of keys");
  EXPECT_EQ(M.Configs, Strings{"configs/**/*.{yaml,yml,json}"});
}

TEST_F(ManifestTest, MalformedYamlIsReportedAndDefaultsApply) {
  Manifest M = parse("sources: [a\nconfigs: b\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Id, "bel-manifest-error");
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, ".bel.yaml");
  EXPECT_TRUE(Problems[0].Loc->hasRegion());
  EXPECT_EQ(Problems[0].Message.rfind("invalid YAML: ", 0), 0u);
  EXPECT_TRUE(M.Sources.empty());
  EXPECT_EQ(M.Configs, Strings{"configs/**/*.{yaml,yml,json}"});
}

TEST_F(ManifestTest, ManifestKeysListsEveryKeyTheReaderAccepts) {
  Strings Keys;
  for (const auto &[Key, Doc] : manifestKeys()) {
    Keys.push_back(Key);
    EXPECT_FALSE(Doc.empty()) << Key;
  }
  EXPECT_EQ(Keys, (Strings{"sources", "exclude", "configs", "rule_packs",
                           "rules", "stages", "asserts", "review",
                           "glue", "experiment_flags", "datasets",
                           "final_outputs", "pinned_datasets", "jungle"}));
}

TEST_F(ManifestTest, AssertsAreParsedWithTheirPositions) {
  Manifest M = parse("asserts:\n"
                     "  - items: features.columns\n"
                     "    equals_key: model.num_features\n"
                     "    configs: [configs/f.yaml]\n"
                     "  - {count: keys, max: 200}\n"
                     "  - {value: lr, min: 0, max: 1.5, equals: 0.1}\n");
  EXPECT_TRUE(Problems.empty());
  ASSERT_EQ(M.Asserts.size(), 3u);
  EXPECT_EQ(M.Asserts[0].What, AssertSpec::Items);
  EXPECT_EQ(M.Asserts[0].Key, "features.columns");
  EXPECT_EQ(M.Asserts[0].EqualsKey, "model.num_features");
  EXPECT_EQ(M.Asserts[0].Configs, Strings{"configs/f.yaml"});
  EXPECT_EQ(M.Asserts[0].Loc.Line, 2u);
  EXPECT_EQ(M.Asserts[1].What, AssertSpec::CountKeys);
  EXPECT_EQ(M.Asserts[1].Max, 200.0);
  EXPECT_EQ(M.Asserts[2].What, AssertSpec::Value);
  EXPECT_EQ(M.Asserts[2].Min, 0.0);
  EXPECT_EQ(M.Asserts[2].Max, 1.5);
  EXPECT_EQ(M.Asserts[2].Equals, 0.1);
}

TEST_F(ManifestTest, MalformedAssertsAreReportedAndSkipped) {
  Manifest M = parse("asserts:\n"
                     "  - {count: lines, max: 1}\n"
                     "  - {value: lr, max: high}\n"
                     "  - {value: lr, maxx: 1}\n");
  EXPECT_TRUE(M.Asserts.empty());
  ASSERT_GE(Problems.size(), 3u);
  EXPECT_EQ(Problems[0].Message, "count takes configs, keys or stages");
  EXPECT_EQ(Problems[1].Message, "expected a number");
  EXPECT_NE(Problems[2].Message.find("did you mean 'max'?"), std::string::npos);
}

TEST(Manifest, LoadManifestWithoutAFileGivesTheDefaults) {
  TempDir Dir;
  std::vector<Notification> Problems;
  Manifest M = loadManifest(Dir.root(), Problems);
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(M.Path, "");
  EXPECT_EQ(M.Configs, Strings{"configs/**/*.{yaml,yml,json}"});
}

TEST(Manifest, LoadManifestReadsDotBelYaml) {
  TempDir Dir;
  Dir.write(".bel.yaml", "sources: [src/*.cpp]\n");
  std::vector<Notification> Problems;
  Manifest M = loadManifest(Dir.root(), Problems);
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(M.Path, ".bel.yaml");
  EXPECT_EQ(M.Sources, Strings{"src/*.cpp"});
}

} // namespace

TEST_F(ManifestTest, ReviewPolicyIsParsed) {
  Manifest M = parse("review:\n"
                     "  paths: [configs/serve*.json]\n"
                     "  require_clean: true\n"
                     "  trailers: [Reviewed-by]\n"
                     "  merges_count_as_review: false\n"
                     "  codeowners: true\n");
  EXPECT_TRUE(Problems.empty());
  EXPECT_TRUE(M.Review.Enabled);
  EXPECT_EQ(M.Review.Paths, Strings{"configs/serve*.json"});
  EXPECT_TRUE(M.Review.RequireClean);
  EXPECT_EQ(M.Review.Trailers, Strings{"Reviewed-by"});
  EXPECT_FALSE(M.Review.MergesCountAsReview);
  EXPECT_TRUE(M.Review.RequireOwners);
  EXPECT_EQ(M.Review.Loc.Line, 1u);
  Manifest Default = parse("sources: [a.cc]\n");
  EXPECT_FALSE(Default.Review.Enabled);
}

namespace bel::config {
namespace {

TEST(ManifestDatasets, EntriesKeepTheirFieldsAndPositions) {
  std::vector<report::Notification> Problems;
  Manifest M = parseManifest(".bel.yaml",
                             "datasets:\n"
                             "  data/raw/*.csv: { unstable: true, owner: team }\n"
                             "  data/x.csv: { consumers: [a, b], pinned: v1 }\n"
                             "  out/m.bin: { kind: model, produced_by_model: true }\n"
                             "final_outputs: [reports/**]\n"
                             "pinned_datasets: [data/raw/**]\n"
                             "jungle: { scratch: [tmp/**], max_scratch_hops: 3 }\n",
                             Problems);
  EXPECT_TRUE(Problems.empty());
  ASSERT_EQ(M.Datasets.size(), 3u);
  EXPECT_TRUE(M.Datasets[0].Unstable);
  EXPECT_EQ(M.Datasets[0].Owner, "team");
  EXPECT_EQ(M.Datasets[0].Loc.Line, 2u);
  EXPECT_FALSE(M.Datasets[0].Consumers.has_value());
  ASSERT_TRUE(M.Datasets[1].Consumers.has_value());
  EXPECT_EQ(*M.Datasets[1].Consumers, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(M.Datasets[1].Pinned, "v1");
  EXPECT_TRUE(M.Datasets[2].Model);
  EXPECT_TRUE(M.Datasets[2].ProducedByModel);
  EXPECT_EQ(M.dataset("data/raw/labels.csv"), &M.Datasets[0]);
  EXPECT_EQ(M.dataset("data/x.csv"), &M.Datasets[1]);
  EXPECT_EQ(M.dataset("data/y.csv"), nullptr);
  EXPECT_EQ(M.FinalOutputs, (std::vector<std::string>{"reports/**"}));
  EXPECT_EQ(M.PinnedDatasets, (std::vector<std::string>{"data/raw/**"}));
  EXPECT_TRUE(M.Jungle.Enabled);
  EXPECT_EQ(M.Jungle.MaxScratchHops, 3u);
}

TEST(ManifestDatasets, ProblemsAreReportedAtTheirPosition) {
  std::vector<report::Notification> Problems;
  Manifest M = parseManifest(".bel.yaml",
                             "datasets:\n"
                             "  data/x.csv: { consumer: [a] }\n"
                             "  data/y.csv: { kind: table }\n"
                             "jungle: { max_scratch_hops: 2 }\n",
                             Problems);
  ASSERT_EQ(Problems.size(), 3u);
  EXPECT_EQ(Problems[0].Message,
            "unknown manifest key 'consumer'; did you mean 'consumers'?");
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  EXPECT_EQ(Problems[1].Message, "kind must be data or model");
  EXPECT_EQ(Problems[2].Message,
            "'jungle' needs 'scratch': globs of scratch datasets");
  EXPECT_EQ(M.Datasets.size(), 2u); // Still used, less the bad fields.
}

// Found by bel-fuzz-manifest: a huge count was cast to unsigned (UB).
TEST(ManifestCounts, OutOfRangeCountsAreErrorsAndKeepTheDefault) {
  std::vector<report::Notification> Problems;
  Manifest M = parseManifest(".bel.yaml",
                             "jungle: { scratch: [tmp/**], max_scratch_hops: 8.9e108 }\n"
                             "glue: { min_statements: 2.5 }\n"
                             "---\n",
                             Problems);
  ASSERT_EQ(Problems.size(), 2u);
  EXPECT_EQ(Problems[0].Message, "expected a whole number from 0 to 1000000");
  EXPECT_EQ(Problems[0].Loc->Column, 48u);
  EXPECT_EQ(Problems[1].Message, "expected a whole number from 1 to 1000000");
  EXPECT_EQ(M.Jungle.MaxScratchHops, 1u);
  EXPECT_EQ(M.GlueMinStatements, 3u);
  Problems.clear();
  M = parseManifest(".bel.yaml", "glue: { min_statements: .nan }\n", Problems);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(M.GlueMinStatements, 3u);
}

} // namespace
} // namespace bel::config
