//===- ConfigYamlTest.cpp - positions, core-schema types and errors of YAML
//===//
#include "config/ConfigNode.h"
#include "ParseHelpers.h"

#include "llvm/Support/Error.h"

#include <gtest/gtest.h>

#include <string>

using namespace bel::config;
using bel::unittest::ParseError;

namespace {

ConfigFile parseOk(llvm::StringRef Text) {
  return bel::unittest::parseOk("c.yaml", Text);
}

ParseError parseFails(llvm::StringRef Text) {
  return bel::unittest::parseFails("c.yaml", Text);
}

TEST(ConfigYaml, RecordsPathAndFormat) {
  ConfigFile F = parseOk("a: 1\n");
  EXPECT_EQ(F.Path, "c.yaml");
  EXPECT_EQ(F.FileFormat, ConfigFile::Yaml);
  EXPECT_TRUE(F.Root.isMapping());
}

TEST(ConfigYaml, KeyAndValuePositionsAreOneBased) {
  ConfigFile F = parseOk("model:\n"
                         "  lr: 0.1\n"
                         "  layers: [64, 32]\n"
                         "seed: 1\n");
  ASSERT_EQ(F.Root.Entries.size(), 2u);
  const MapEntry &Model = F.Root.Entries[0];
  EXPECT_EQ(Model.Key, "model");
  EXPECT_EQ(Model.KeyLoc.Path, "c.yaml");
  EXPECT_EQ(Model.KeyLoc.Line, 1u);
  EXPECT_EQ(Model.KeyLoc.Column, 1u);
  EXPECT_EQ(Model.KeyLoc.EndLine, 1u);
  EXPECT_EQ(Model.KeyLoc.EndColumn, 6u);

  ASSERT_EQ(Model.Value.Entries.size(), 2u);
  const MapEntry &Lr = Model.Value.Entries[0];
  EXPECT_EQ(Lr.Key, "lr");
  EXPECT_EQ(Lr.KeyLoc.Line, 2u);
  EXPECT_EQ(Lr.KeyLoc.Column, 3u);
  EXPECT_EQ(Lr.Value.Loc.Line, 2u);
  EXPECT_EQ(Lr.Value.Loc.Column, 7u);

  const MapEntry &Layers = Model.Value.Entries[1];
  EXPECT_EQ(Layers.KeyLoc.Line, 3u);
  EXPECT_EQ(Layers.KeyLoc.Column, 3u);
  ASSERT_EQ(Layers.Value.Items.size(), 2u);
  EXPECT_EQ(Layers.Value.Items[0].Loc.Column, 12u);
  EXPECT_EQ(Layers.Value.Items[1].Loc.Line, 3u);
  EXPECT_EQ(Layers.Value.Items[1].Loc.Column, 16u);

  const MapEntry &Seed = F.Root.Entries[1];
  EXPECT_EQ(Seed.KeyLoc.Line, 4u);
  EXPECT_EQ(Seed.KeyLoc.Column, 1u);
}

TEST(ConfigYaml, KeyPositionsInAFlowMapping) {
  ConfigFile F = parseOk("opt: {name: adam, beta: 0.9}\n");
  const MapEntry *Opt = F.Root.find("opt");
  ASSERT_NE(Opt, nullptr);
  const MapEntry *Beta = Opt->Value.find("beta");
  ASSERT_NE(Beta, nullptr);
  EXPECT_EQ(Beta->KeyLoc.Line, 1u);
  EXPECT_EQ(Beta->KeyLoc.Column, 19u);
  EXPECT_EQ(Beta->Value.Loc.Column, 25u);
}

TEST(ConfigYaml, ResolvesScalarsPerTheCoreSchema) {
  ConfigFile F = parseOk("quoted: \"1\"\n"
                         "single: '1'\n"
                         "int: 1\n"
                         "hex: 0x1F\n"
                         "float: 1.5\n"
                         "exp: 1e3\n"
                         "inf: .inf\n"
                         "bool: true\n"
                         "upper: FALSE\n"
                         "tilde: ~\n"
                         "nul: null\n"
                         "word: hello\n"
                         "yes: yes\n"
                         "off: off\n"
                         "block: |\n"
                         "  1\n");
  struct Expect {
    const char *Key;
    ConfigNode::Kind Kind;
    ScalarType Type;
  } Cases[] = {
      {"quoted", ConfigNode::Scalar, ScalarType::String},
      {"single", ConfigNode::Scalar, ScalarType::String},
      {"int", ConfigNode::Scalar, ScalarType::Int},
      {"hex", ConfigNode::Scalar, ScalarType::Int},
      {"float", ConfigNode::Scalar, ScalarType::Float},
      {"exp", ConfigNode::Scalar, ScalarType::Float},
      {"inf", ConfigNode::Scalar, ScalarType::Float},
      {"bool", ConfigNode::Scalar, ScalarType::Bool},
      {"upper", ConfigNode::Scalar, ScalarType::Bool},
      {"tilde", ConfigNode::Null, ScalarType::Null},
      {"nul", ConfigNode::Null, ScalarType::Null},
      {"word", ConfigNode::Scalar, ScalarType::String},
      // YAML 1.1 booleans are plain strings in 1.2.
      {"yes", ConfigNode::Scalar, ScalarType::String},
      {"off", ConfigNode::Scalar, ScalarType::String},
      {"block", ConfigNode::Scalar, ScalarType::String},
  };
  for (const Expect &E : Cases) {
    SCOPED_TRACE(E.Key);
    const MapEntry *Entry = F.Root.find(E.Key);
    ASSERT_NE(Entry, nullptr);
    EXPECT_EQ(Entry->Value.NodeKind, E.Kind);
    EXPECT_EQ(Entry->Value.Type, E.Type);
  }
  EXPECT_EQ(F.Root.find("quoted")->Value.Value, "1");
  EXPECT_EQ(F.Root.find("float")->Value.Value, "1.5");
  EXPECT_EQ(F.Root.find("block")->Value.Value, "1\n");
}

TEST(ConfigYaml, EmptyValueIsNullAtTheKeyPosition) {
  ConfigFile F = parseOk("a: 1\nempty:\nb: 2\n");
  const MapEntry *Empty = F.Root.find("empty");
  ASSERT_NE(Empty, nullptr);
  EXPECT_EQ(Empty->Value.NodeKind, ConfigNode::Null);
  EXPECT_EQ(Empty->Value.Type, ScalarType::Null);
  EXPECT_EQ(Empty->Value.Loc.Line, 2u);
  EXPECT_EQ(Empty->Value.Loc.Column, 1u);
}

TEST(ConfigYaml, ResolvePlainScalarFollowsTheCoreSchema) {
  struct Case {
    const char *Text;
    ScalarType Type;
  } Cases[] = {
      {"", ScalarType::Null},        {"~", ScalarType::Null},
      {"null", ScalarType::Null},    {"Null", ScalarType::Null},
      {"NULL", ScalarType::Null},    {"nULL", ScalarType::String},
      {"true", ScalarType::Bool},    {"True", ScalarType::Bool},
      {"FALSE", ScalarType::Bool},   {"tRue", ScalarType::String},
      {"yes", ScalarType::String},   {"on", ScalarType::String},
      {"0", ScalarType::Int},        {"-12", ScalarType::Int},
      {"+3", ScalarType::Int},       {"0o17", ScalarType::Int},
      {"0x1f", ScalarType::Int},     {"0x", ScalarType::String},
      {"1_000", ScalarType::String}, {"1.5", ScalarType::Float},
      {".5", ScalarType::Float},     {"1.", ScalarType::Float},
      {"-1e-3", ScalarType::Float},  {"2E+10", ScalarType::Float},
      {".inf", ScalarType::Float},   {"-.Inf", ScalarType::Float},
      {".nan", ScalarType::Float},   {"NaN", ScalarType::String},
      {"1.2.3", ScalarType::String}, {"1 2", ScalarType::String},
      {"hello", ScalarType::String},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(resolvePlainScalar(C.Text), C.Type)
        << "'" << C.Text << "' should be " << scalarTypeName(C.Type);
}

TEST(ConfigYaml, ParsesBlockAndFlowSequences) {
  ConfigFile F = parseOk("steps:\n"
                         "  - load\n"
                         "  - 2\n"
                         "  - name: fit\n"
                         "    epochs: 3\n"
                         "flow: [a, \"b\", [1]]\n");
  const MapEntry *Steps = F.Root.find("steps");
  ASSERT_NE(Steps, nullptr);
  ASSERT_TRUE(Steps->Value.isSequence());
  ASSERT_EQ(Steps->Value.Items.size(), 3u);
  EXPECT_EQ(Steps->Value.Items[0].Value, "load");
  EXPECT_EQ(Steps->Value.Items[0].Loc.Line, 2u);
  EXPECT_EQ(Steps->Value.Items[0].Loc.Column, 5u);
  EXPECT_EQ(Steps->Value.Items[1].Type, ScalarType::Int);
  const ConfigNode &Third = Steps->Value.Items[2];
  ASSERT_TRUE(Third.isMapping());
  ASSERT_NE(Third.find("epochs"), nullptr);
  EXPECT_EQ(Third.find("epochs")->KeyLoc.Line, 5u);
  EXPECT_EQ(Third.find("epochs")->KeyLoc.Column, 5u);

  const MapEntry *Flow = F.Root.find("flow");
  ASSERT_NE(Flow, nullptr);
  ASSERT_EQ(Flow->Value.Items.size(), 3u);
  EXPECT_EQ(Flow->Value.Items[1].Type, ScalarType::String);
  ASSERT_TRUE(Flow->Value.Items[2].isSequence());
  EXPECT_EQ(Flow->Value.Items[2].Items[0].Type, ScalarType::Int);
}

TEST(ConfigYaml, TopLevelSequenceAndEmptyDocument) {
  ConfigFile Seq = parseOk("- 1\n- x\n");
  EXPECT_TRUE(Seq.Root.isSequence());
  EXPECT_EQ(Seq.Root.Items.size(), 2u);
  ConfigFile Empty = parseOk("");
  EXPECT_EQ(Empty.Root.NodeKind, ConfigNode::Null);
}

TEST(ConfigYaml, MalformedYamlIsAnErrorWithAPosition) {
  ParseError MapValue = parseFails("a: b: c\n");
  EXPECT_EQ(MapValue.Path, "c.yaml");
  EXPECT_EQ(MapValue.Line, 1u);
  EXPECT_EQ(MapValue.Column, 5u);
  EXPECT_EQ(MapValue.Message, "invalid YAML: illegal map value");

  ParseError Indent = parseFails("model:\n  lr: 1\n bad: 2\n");
  EXPECT_EQ(Indent.Line, 3u);
  EXPECT_EQ(Indent.Message.rfind("invalid YAML: ", 0), 0u) << Indent.Message;

  ParseError Token = parseFails("x: @foo\n");
  EXPECT_EQ(Token.Line, 1u);
  EXPECT_EQ(Token.Column, 4u);
  EXPECT_EQ(Token.Message, "invalid YAML: unknown token");
}

TEST(ConfigYaml, UnclosedFlowSequenceIsAnError) {
  ParseError E = parseFails("a: [1, 2\nb: 3\n");
  EXPECT_EQ(E.Line, 2u);
  EXPECT_EQ(E.Message, "invalid YAML: end of sequence flow not found");
}

TEST(ConfigYaml, UnclosedQuotedStringIsAnErrorWhereItOpens) {
  // yaml-cpp alone would read `"open` on to the end, swallowing 'b'.
  ParseError Double = parseFails("a: 1\nk\xC3\xA9: \"open\nb: 2\n");
  EXPECT_EQ(Double.Line, 2u);
  EXPECT_EQ(Double.Column, 5u);
  EXPECT_EQ(Double.Message, "invalid YAML: this quoted string is never closed");
  ParseError Single = parseFails("- 'it''s\n- x\n");
  EXPECT_EQ(Single.Line, 1u);
  EXPECT_EQ(Single.Column, 3u);
  ParseError Key = parseFails("\"k: 1\n");
  EXPECT_EQ(Key.Column, 1u);
}

TEST(ConfigYaml, ClosedQuotedStringsAreNotMistakenForUnclosedOnes) {
  ConfigFile F = parseOk("a: \"x \\\" y\"\n"
                         "b: 'it''s'\n"
                         "c: \"two\n  lines\"\n"
                         "\"d\": ['p', \"q\"]\n"
                         "e: \"\\\\\"\n"
                         "f: |\n  \"text\n");
  ASSERT_EQ(F.Root.Entries.size(), 6u);
  EXPECT_EQ(F.Root.Entries[0].Value.Value, "x \" y");
  EXPECT_EQ(F.Root.Entries[1].Value.Value, "it's");
  EXPECT_EQ(F.Root.Entries[4].Value.Value, "\\");
  EXPECT_EQ(F.Root.Entries[5].Value.Value, "\"text\n");
}

TEST(ConfigYaml, RefusesDeepNestingWithoutACrash) {
  std::string Deep = std::string(300, '[') + std::string(300, ']');
  ParseError E = parseFails(Deep);
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Message, "nesting deeper than 256 levels");
  // Far deeper input is refused too (by yaml-cpp or by bel), not a crash.
  parseFails(std::string(100000, '['));
}

TEST(ConfigYaml, AliasCopiesTheAnchoredNodeWithItsPositions) {
  ConfigFile F = parseOk("base: &b {lr: 0.1}\n"
                         "train: *b\n");
  const MapEntry *Train = F.Root.find("train");
  ASSERT_NE(Train, nullptr);
  ASSERT_TRUE(Train->Value.isMapping());
  const MapEntry *Lr = Train->Value.find("lr");
  ASSERT_NE(Lr, nullptr);
  EXPECT_EQ(Lr->Value.Value, "0.1");
  EXPECT_EQ(Lr->KeyLoc.Line, 1u); // At the anchor.
  EXPECT_EQ(Lr->KeyLoc.Column, 11u);
}

// "Billion laughs": nine aliases of nine aliases of ... expand
// exponentially, so the copies aliases make are budgeted.
TEST(ConfigYaml, AliasBombIsAnErrorNotAHang) {
  std::string Bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char C = 'b'; C <= 'j'; ++C) {
    std::string Alias = std::string("*") + char(C - 1);
    Bomb += std::string(1, C) + ": &" + C + " [" + Alias;
    for (int I = 0; I < 8; ++I)
      Bomb += ", " + Alias;
    Bomb += "]\n";
  }
  ParseError E = parseFails(Bomb);
  EXPECT_EQ(E.Message,
            "invalid YAML: anchors and aliases copy more than 100000 nodes");
}

TEST(ConfigYaml, AliasInsideItsOwnAnchorIsAnError) {
  ParseError E = parseFails("a: &a [1, *a]\n");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 11u);
  EXPECT_EQ(E.Message, "invalid YAML: alias inside the node its anchor names");
}

// The tree an alias makes is no deeper than one written out.
TEST(ConfigYaml, AliasesCountTowardsTheNestingDepth) {
  std::string Deep = "a: &a " + std::string(200, '[') +
                     std::string(200, ']') + "\nb: " + std::string(100, '[') +
                     "*a" + std::string(100, ']') + "\n";
  ParseError E = parseFails(Deep);
  EXPECT_EQ(E.Line, 2u);
  EXPECT_EQ(E.Message, "nesting deeper than 256 levels");
}

TEST(ConfigYaml, ParseConfigPicksYamlUnlessTheExtensionIsJson) {
  for (const char *Path : {"a.yaml", "a.yml", "noext", "a.json.yaml"}) {
    llvm::Expected<ConfigFile> F = parseConfig(Path, "a: 1\n");
    ASSERT_TRUE(static_cast<bool>(F)) << llvm::toString(F.takeError());
    EXPECT_EQ(F->FileFormat, ConfigFile::Yaml) << Path;
    EXPECT_EQ(F->Path, Path);
  }
}

} // namespace

// Columns count code points, as SARIF's columnKind and the JSON parser do.
TEST(ConfigYaml, ColumnsCountCodePointsNotBytes) {
  auto F = parseYaml("c.yaml", "{name: \"\xC3\xA9\", next: 1}\n");
  ASSERT_TRUE(bool(F));
  ASSERT_EQ(F->Root.Entries.size(), 2u);
  EXPECT_EQ(F->Root.Entries[1].KeyLoc.Column, 13u);
  EXPECT_EQ(F->Root.Entries[1].Value.Loc.Column, 19u);
  auto G = parseYaml("c.yaml", "caf\xC3\xA9: 1\n");
  ASSERT_TRUE(bool(G));
  ASSERT_EQ(G->Root.Entries.size(), 1u);
  EXPECT_EQ(G->Root.Entries[0].KeyLoc.EndColumn, 5u);
  EXPECT_EQ(G->Root.Entries[0].Value.Loc.Column, 7u);
}

// `<<: *anchor` copies the anchored entries that the mapping does not set
// itself; the copies keep their positions at the anchor.
TEST(ConfigYaml, MergeKeysCopyUnsetEntriesFromTheAnchor) {
  ConfigFile F = parseOk("base: &b\n"
                         "  x: 1\n"
                         "  y: 2\n"
                         "derived:\n"
                         "  <<: *b\n"
                         "  y: 5\n");
  const MapEntry *Derived = F.Root.find("derived");
  ASSERT_NE(Derived, nullptr);
  EXPECT_EQ(Derived->Value.find("<<"), nullptr);
  const MapEntry *X = Derived->Value.find("x");
  const MapEntry *Y = Derived->Value.find("y");
  ASSERT_NE(X, nullptr);
  ASSERT_NE(Y, nullptr);
  EXPECT_EQ(X->Value.Value, "1");
  EXPECT_EQ(X->KeyLoc.Line, 2u); // At the anchor.
  EXPECT_EQ(Y->Value.Value, "5");
  EXPECT_EQ(Y->KeyLoc.Line, 6u); // Set explicitly.
  EXPECT_EQ(Derived->Value.Entries.size(), 2u);
}

TEST(ConfigYaml, DuplicateKeysAreKeptInTheRawTree) {
  ConfigFile F = parseOk("a: 1\nb: 2\na: 3\n");
  ASSERT_EQ(F.Root.Entries.size(), 3u);
  EXPECT_EQ(F.Root.find("a")->Value.Value, "3"); // find() gives the last.
}
