//===- ConfigKeyValueTest.cpp - key = value files: positions, nesting, errors
//===//
#include "ParseHelpers.h"
#include "config/ConfigNode.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::config;
using bel::unittest::ParseError;

namespace {

ConfigFile parseOk(llvm::StringRef Text) {
  return bel::unittest::parseOk("c.conf", Text);
}

ParseError parseFails(llvm::StringRef Text) {
  return bel::unittest::parseFails("c.conf", Text);
}

std::vector<std::string> keys(const ConfigNode &N) {
  std::vector<std::string> Out;
  for (const MapEntry &E : N.Entries)
    Out.push_back(E.Key);
  return Out;
}

TEST(ConfigKeyValue, KeyAndValuePositionsAreOneBased) {
  ConfigFile F = parseOk("# a trainer config\n"
                         "\n"
                         "lr = 0.1\n"
                         "  batch_size\t=   64  \n"
                         "name=run\n");
  EXPECT_EQ(F.Path, "c.conf");
  EXPECT_EQ(F.FileFormat, ConfigFile::KeyValue);
  ASSERT_TRUE(F.Root.isMapping());
  EXPECT_EQ(F.Root.Loc.Line, 1u);
  EXPECT_EQ(F.Root.Loc.Column, 1u);
  ASSERT_EQ(keys(F.Root),
            (std::vector<std::string>{"lr", "batch_size", "name"}));

  const MapEntry &Lr = F.Root.Entries[0];
  EXPECT_EQ(Lr.KeyLoc.Path, "c.conf");
  EXPECT_EQ(Lr.KeyLoc.Line, 3u);
  EXPECT_EQ(Lr.KeyLoc.Column, 1u);
  EXPECT_EQ(Lr.KeyLoc.EndLine, 3u);
  EXPECT_EQ(Lr.KeyLoc.EndColumn, 3u);
  EXPECT_EQ(Lr.Value.Loc.Line, 3u);
  EXPECT_EQ(Lr.Value.Loc.Column, 6u);
  EXPECT_EQ(Lr.Value.Value, "0.1");

  const MapEntry &Batch = F.Root.Entries[1];
  EXPECT_EQ(Batch.KeyLoc.Line, 4u);
  EXPECT_EQ(Batch.KeyLoc.Column, 3u);
  EXPECT_EQ(Batch.KeyLoc.EndColumn, 13u);
  EXPECT_EQ(Batch.Value.Loc.Column, 18u);
  EXPECT_EQ(Batch.Value.Value, "64"); // Trailing blanks are trimmed.

  const MapEntry &Name = F.Root.Entries[2];
  EXPECT_EQ(Name.KeyLoc.Column, 1u);
  EXPECT_EQ(Name.Value.Loc.Column, 6u);
}

TEST(ConfigKeyValue, ColumnsCountCodePointsAndSkipTheByteOrderMark) {
  ConfigFile F = parseOk("\xEF\xBB\xBF"
                         "a = 1\n"
                         "t\xC3\xA4g = \xC3\xBC\xC3\xBC x\r\n"
                         "b = 2\r\n");
  ASSERT_EQ(keys(F.Root), (std::vector<std::string>{"a", "t\xC3\xA4g", "b"}));
  EXPECT_EQ(F.Root.Entries[0].KeyLoc.Column, 1u);
  const MapEntry &Tag = F.Root.Entries[1];
  EXPECT_EQ(Tag.KeyLoc.EndColumn, 4u);
  EXPECT_EQ(Tag.Value.Loc.Column, 7u);
  EXPECT_EQ(Tag.Value.Value, "\xC3\xBC\xC3\xBC x"); // No '\r' from CRLF.
  EXPECT_EQ(F.Root.Entries[2].Value.Value, "2");
}

TEST(ConfigKeyValue, TypesFollowTheCoreSchemaUnlessQuoted) {
  ConfigFile F = parseOk("int = 42\n"
                         "hex = 0x1F\n"
                         "float = 1e-3\n"
                         "bool = true\n"
                         "yes = yes\n"
                         "null = null\n"
                         "empty =\n"
                         "word = adam\n"
                         "dq = \"42\"\n"
                         "sq = 'true'\n"
                         "spaces = a b  c\n");
  struct Expect {
    const char *Key;
    ConfigNode::Kind Kind;
    ScalarType Type;
    const char *Value;
  } Cases[] = {
      {"int", ConfigNode::Scalar, ScalarType::Int, "42"},
      {"hex", ConfigNode::Scalar, ScalarType::Int, "0x1F"},
      {"float", ConfigNode::Scalar, ScalarType::Float, "1e-3"},
      {"bool", ConfigNode::Scalar, ScalarType::Bool, "true"},
      {"yes", ConfigNode::Scalar, ScalarType::String, "yes"},
      {"null", ConfigNode::Null, ScalarType::Null, "null"},
      {"empty", ConfigNode::Null, ScalarType::Null, ""},
      {"word", ConfigNode::Scalar, ScalarType::String, "adam"},
      {"dq", ConfigNode::Scalar, ScalarType::String, "42"},
      {"sq", ConfigNode::Scalar, ScalarType::String, "true"},
      {"spaces", ConfigNode::Scalar, ScalarType::String, "a b  c"},
  };
  for (const Expect &E : Cases) {
    SCOPED_TRACE(E.Key);
    const MapEntry *Entry = F.Root.find(E.Key);
    ASSERT_NE(Entry, nullptr);
    EXPECT_EQ(Entry->Value.NodeKind, E.Kind);
    EXPECT_EQ(Entry->Value.Type, E.Type);
    EXPECT_EQ(Entry->Value.Value, E.Value);
  }
  // An empty value has no position of its own: it points at its key.
  const MapEntry *Empty = F.Root.find("empty");
  EXPECT_EQ(Empty->Value.Loc.Line, 7u);
  EXPECT_EQ(Empty->Value.Loc.Column, 1u);
  // A quoted value starts at its quote, as in YAML.
  EXPECT_EQ(F.Root.find("dq")->Value.Loc.Column, 6u);
}

TEST(ConfigKeyValue, QuotedValuesKeepCommentsAndEscapes) {
  ConfigFile F = parseOk("a = \"x # y\" # z\n"
                         "b = \"say \\\"hi\\\"\\n\\\\ \\d\"\n");
  EXPECT_EQ(F.Root.find("a")->Value.Value, "x # y");
  EXPECT_EQ(F.Root.find("b")->Value.Value, "say \"hi\"\n\\ \\d");
  // Single quotes have no escapes: the value ends at the second quote.
  ParseError E = parseFails("c = 'it''s'\n");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 9u);
  EXPECT_EQ(E.Message, "unexpected text after the quoted value");
}

TEST(ConfigKeyValue, CommentsAndBlankLines) {
  ConfigFile F = parseOk("# full line\n"
                         "   # indented\n"
                         "; ini style\n"
                         "\n"
                         "   \t\n"
                         "a = 1 # trailing\n"
                         "b = 2\t# after a tab\n"
                         "url = http://host/#top\n"
                         "hash=#fff\n"
                         "c = # only a comment\n");
  ASSERT_EQ(keys(F.Root),
            (std::vector<std::string>{"a", "b", "url", "hash", "c"}));
  EXPECT_EQ(F.Root.find("a")->Value.Value, "1");
  EXPECT_EQ(F.Root.find("a")->Value.Type, ScalarType::Int);
  EXPECT_EQ(F.Root.find("b")->Value.Value, "2");
  EXPECT_EQ(F.Root.find("url")->Value.Value, "http://host/#top");
  EXPECT_EQ(F.Root.find("hash")->Value.Value, "#fff");
  EXPECT_EQ(F.Root.find("c")->Value.NodeKind, ConfigNode::Null);
}

TEST(ConfigKeyValue, ValueMayHoldEquals) {
  ConfigFile F = parseOk("expr = a=b\n");
  EXPECT_EQ(F.Root.find("expr")->Value.Value, "a=b");
}

TEST(ConfigKeyValue, DottedKeysNestWithEachPartPlaced) {
  ConfigFile F = parseOk("model.lr = 0.1\n"
                         "model.layers.depth = 4\n"
                         "seed = 1\n"
                         "model.name = mlp\n");
  ASSERT_EQ(keys(F.Root), (std::vector<std::string>{"model", "seed"}));
  const MapEntry &Model = F.Root.Entries[0];
  ASSERT_TRUE(Model.Value.isMapping());
  // The nested mapping is placed where `model` is first written.
  EXPECT_EQ(Model.KeyLoc.Line, 1u);
  EXPECT_EQ(Model.KeyLoc.Column, 1u);
  EXPECT_EQ(Model.KeyLoc.EndColumn, 6u);
  EXPECT_EQ(Model.Value.Loc.Line, 1u);
  EXPECT_EQ(keys(Model.Value),
            (std::vector<std::string>{"lr", "layers", "name"}));

  const MapEntry *Lr = Model.Value.find("lr");
  EXPECT_EQ(Lr->KeyLoc.Line, 1u);
  EXPECT_EQ(Lr->KeyLoc.Column, 7u);
  EXPECT_EQ(Lr->KeyLoc.EndColumn, 9u);
  EXPECT_EQ(Lr->Value.Loc.Column, 12u);

  const MapEntry *Layers = Model.Value.find("layers");
  EXPECT_EQ(Layers->KeyLoc.Line, 2u);
  EXPECT_EQ(Layers->KeyLoc.Column, 7u);
  const MapEntry *Depth = Layers->Value.find("depth");
  ASSERT_NE(Depth, nullptr);
  EXPECT_EQ(Depth->KeyLoc.Line, 2u);
  EXPECT_EQ(Depth->KeyLoc.Column, 14u);
  EXPECT_EQ(Depth->Value.Value, "4");
  EXPECT_EQ(Depth->Value.Type, ScalarType::Int);

  EXPECT_EQ(Model.Value.find("name")->KeyLoc.Line, 4u);
}

TEST(ConfigKeyValue, DuplicateKeysStayTwice) {
  ConfigFile F = parseOk("lr = 0.1\n"
                         "opt.beta = 0.9\n"
                         "lr = 0.2\n"
                         "opt.beta = 0.99\n");
  ASSERT_EQ(keys(F.Root), (std::vector<std::string>{"lr", "opt", "lr"}));
  EXPECT_EQ(F.Root.Entries[2].KeyLoc.Line, 3u);
  const ConfigNode &Opt = F.Root.Entries[1].Value;
  ASSERT_EQ(keys(Opt), (std::vector<std::string>{"beta", "beta"}));
  EXPECT_EQ(Opt.Entries[1].KeyLoc.Line, 4u);
  // find() sees the last one, as a map-based reader would.
  EXPECT_EQ(F.Root.find("lr")->Value.Value, "0.2");
}

TEST(ConfigKeyValue, ScalarThenDottedKeyIsADuplicateNotAReplacement) {
  ConfigFile F = parseOk("a = 1\n"
                         "a.b = 2\n");
  ASSERT_EQ(keys(F.Root), (std::vector<std::string>{"a", "a"}));
  EXPECT_TRUE(F.Root.Entries[0].Value.isScalar());
  EXPECT_TRUE(F.Root.Entries[1].Value.isMapping());
  EXPECT_EQ(F.Root.Entries[1].KeyLoc.Line, 2u);
}

TEST(ConfigKeyValue, SectionsPrefixTheirKeys) {
  ConfigFile F = parseOk("top = 1\n"
                         "[model]\n"
                         "lr = 0.1\n"
                         "opt.name = adam\n"
                         "[ data.train ]  # a dotted section\n"
                         "path = x.csv\n"
                         "[empty]\n"
                         "[model]\n"
                         "depth = 4\n");
  ASSERT_EQ(keys(F.Root),
            (std::vector<std::string>{"top", "model", "data", "empty"}));
  const MapEntry *Model = F.Root.find("model");
  EXPECT_EQ(Model->KeyLoc.Line, 2u);
  EXPECT_EQ(Model->KeyLoc.Column, 2u);
  EXPECT_EQ(Model->KeyLoc.EndColumn, 7u);
  // A section named again continues the same mapping.
  EXPECT_EQ(keys(Model->Value),
            (std::vector<std::string>{"lr", "opt", "depth"}));
  EXPECT_EQ(Model->Value.find("opt")->Value.find("name")->Value.Value, "adam");
  EXPECT_EQ(Model->Value.find("depth")->KeyLoc.Line, 9u);

  const MapEntry *Data = F.Root.find("data");
  EXPECT_EQ(Data->KeyLoc.Line, 5u);
  EXPECT_EQ(Data->KeyLoc.Column, 3u);
  const MapEntry *Train = Data->Value.find("train");
  ASSERT_NE(Train, nullptr);
  EXPECT_EQ(Train->KeyLoc.Column, 8u);
  const MapEntry *Path = Train->Value.find("path");
  ASSERT_NE(Path, nullptr);
  EXPECT_EQ(Path->KeyLoc.Line, 6u);
  EXPECT_EQ(Path->KeyLoc.Column, 1u);
  EXPECT_EQ(Path->Value.Value, "x.csv");

  const MapEntry *Empty = F.Root.find("empty");
  EXPECT_TRUE(Empty->Value.isMapping());
  EXPECT_TRUE(Empty->Value.Entries.empty());
}

TEST(ConfigKeyValue, EmptyFileIsAnEmptyMapping) {
  ConfigFile F = parseOk("");
  EXPECT_TRUE(F.Root.isMapping());
  EXPECT_TRUE(F.Root.Entries.empty());
  EXPECT_EQ(F.Root.Loc.Path, "c.conf");
  EXPECT_EQ(F.Root.Loc.Line, 1u);
}

TEST(ConfigKeyValue, ErrorsNameTheirPosition) {
  struct Case {
    const char *Text;
    unsigned Line, Column;
    const char *Message;
  } Cases[] = {
      {"a = 1\n  lr 0.1\n", 2, 3,
       "expected 'key = value', but the line has no '='"},
      {"a = 1\nb # = 2\n", 2, 1,
       "expected 'key = value', but the line has no '='"},
      {"  = 1\n", 1, 3, "missing key before '='"},
      {"a..b = 1\n", 1, 3, "empty part in key 'a..b'"},
      {".a = 1\n", 1, 1, "empty part in key '.a'"},
      {"[model\n", 1, 1, "section header has no closing ']'"},
      {"x = 1\n [ ]\n", 2, 2, "empty section name"},
      {"[a.]\n", 1, 4, "empty part in key 'a.'"},
      {"a = \"open\n", 1, 5, "unterminated quoted value"},
      {"a = \"x\"y\n", 1, 8, "unexpected text after the quoted value"},
      {"k\xC3\xA4y\n", 1, 1, "expected 'key = value', but the line has no '='"},
      {"\xC3\xA4 = 1\n\xC3\xA4\xC3\xA4 x\n", 2, 1,
       "expected 'key = value', but the line has no '='"},
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Text);
    ParseError E = parseFails(C.Text);
    EXPECT_EQ(E.Path, "c.conf");
    EXPECT_EQ(E.Line, C.Line);
    EXPECT_EQ(E.Column, C.Column);
    EXPECT_EQ(E.Message, C.Message);
  }
}

TEST(ConfigKeyValue, ErrorColumnsCountCodePoints) {
  ParseError E = parseFails("\xC3\xA4\xC3\xA4 = \"open\n");
  EXPECT_EQ(E.Column, 6u);
}

} // namespace
