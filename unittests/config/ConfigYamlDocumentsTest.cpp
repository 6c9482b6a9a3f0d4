//===- ConfigYamlDocumentsTest.cpp - YAML streams of several documents ----===//
#include "ParseHelpers.h"
#include "config/ConfigNode.h"

#include <gtest/gtest.h>

using namespace bel::config;
using bel::unittest::ParseError;

namespace {

ConfigFile parseOk(llvm::StringRef Text) {
  return bel::unittest::parseOk("c.yaml", Text);
}

TEST(ConfigYamlDocuments, OneDocumentHasNoExtras) {
  EXPECT_TRUE(parseOk("a: 1\n").ExtraDocuments.empty());
  EXPECT_TRUE(parseOk("---\na: 1\n...\n").ExtraDocuments.empty());
  ConfigFile Empty = parseOk("");
  EXPECT_EQ(Empty.Root.NodeKind, ConfigNode::Null);
  EXPECT_EQ(Empty.Root.Loc.Path, "c.yaml");
  EXPECT_EQ(Empty.Root.Loc.Line, 1u);
  EXPECT_EQ(Empty.Root.Loc.Column, 1u);
  EXPECT_TRUE(Empty.ExtraDocuments.empty());
}

// Root stays the first document, the one yaml-cpp's LoadFile returns; the
// others keep their positions in the file.
TEST(ConfigYamlDocuments, RootIsTheFirstDocumentAndTheRestArePlaced) {
  ConfigFile F = parseOk("# train\n"
                         "lr: 0.1\n"
                         "---\n"
                         "lr: 0.2\n"
                         "model:\n"
                         "  depth: 4\n"
                         "--- # serve\n"
                         "- x\n");
  ASSERT_TRUE(F.Root.isMapping());
  ASSERT_EQ(F.Root.Entries.size(), 1u);
  EXPECT_EQ(F.Root.find("lr")->Value.Value, "0.1");
  EXPECT_EQ(F.Root.find("lr")->KeyLoc.Line, 2u);

  ASSERT_EQ(F.ExtraDocuments.size(), 2u);
  const ConfigNode &Second = F.ExtraDocuments[0];
  ASSERT_TRUE(Second.isMapping());
  const MapEntry *Lr = Second.find("lr");
  ASSERT_NE(Lr, nullptr);
  EXPECT_EQ(Lr->KeyLoc.Path, "c.yaml");
  EXPECT_EQ(Lr->KeyLoc.Line, 4u);
  EXPECT_EQ(Lr->KeyLoc.Column, 1u);
  EXPECT_EQ(Lr->Value.Loc.Column, 5u);
  EXPECT_EQ(Lr->Value.Type, ScalarType::Float);
  const MapEntry *Depth = Second.find("model")->Value.find("depth");
  ASSERT_NE(Depth, nullptr);
  EXPECT_EQ(Depth->KeyLoc.Line, 6u);
  EXPECT_EQ(Depth->KeyLoc.Column, 3u);

  const ConfigNode &Third = F.ExtraDocuments[1];
  ASSERT_TRUE(Third.isSequence());
  ASSERT_EQ(Third.Items.size(), 1u);
  EXPECT_EQ(Third.Items[0].Loc.Line, 8u);
  EXPECT_EQ(Third.Items[0].Loc.Column, 3u);
}

TEST(ConfigYamlDocuments, AnchorsAndMergeKeysWorkWithinADocument) {
  ConfigFile F = parseOk("a: 1\n"
                         "---\n"
                         "base: &b {x: 1}\n"
                         "derived:\n"
                         "  <<: *b\n"
                         "  y: 2\n");
  ASSERT_EQ(F.ExtraDocuments.size(), 1u);
  const MapEntry *Derived = F.ExtraDocuments[0].find("derived");
  ASSERT_NE(Derived, nullptr);
  const MapEntry *X = Derived->Value.find("x");
  ASSERT_NE(X, nullptr);
  EXPECT_EQ(X->KeyLoc.Line, 3u); // At the anchor.
  EXPECT_EQ(Derived->Value.find("<<"), nullptr);
}

TEST(ConfigYamlDocuments, EmptyDocumentsAreNull) {
  ConfigFile F = parseOk("---\n---\nb: 1\n");
  EXPECT_EQ(F.Root.NodeKind, ConfigNode::Null);
  ASSERT_EQ(F.ExtraDocuments.size(), 1u);
  EXPECT_EQ(F.ExtraDocuments[0].find("b")->KeyLoc.Line, 3u);
}

// A later document that does not parse makes the file unreadable, as it
// would for a program that loads every document.
TEST(ConfigYamlDocuments, ErrorInALaterDocumentHasItsPosition) {
  ParseError E = bel::unittest::parseFails("c.yaml", "a: 1\n---\nb: @x\n");
  EXPECT_EQ(E.Path, "c.yaml");
  EXPECT_EQ(E.Line, 3u);
  EXPECT_EQ(E.Column, 4u);
  EXPECT_EQ(E.Message, "invalid YAML: unknown token");
}

// yaml-cpp 0.7 reads a token that no node can start with as an empty
// document and never consumes it, so YAML::LoadAll never returned
// (jbeder/yaml-cpp#1040). Found by fuzz/fuzz_yaml.cpp.
TEST(ConfigYamlDocuments, StrayCommaIsAnErrorNotEndlessDocuments) {
  ParseError E = bel::unittest::parseFails("c.yaml", ",\n");
  EXPECT_EQ(E.Path, "c.yaml");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 1u);
  EXPECT_EQ(E.Message, "invalid YAML: unexpected ','");

  ParseError Later =
      bel::unittest::parseFails("c.yaml", "a: 1\n---\n[x]\n  , y\n");
  EXPECT_EQ(Later.Line, 4u);
  EXPECT_EQ(Later.Column, 3u);
  EXPECT_EQ(Later.Message, "invalid YAML: unexpected ','");
}

} // namespace
