//===- ConfigJsonTest.cpp - positions, types and errors of the JSON parser ===//
#include "config/ConfigNode.h"
#include "ParseHelpers.h"

#include "llvm/Support/Error.h"

#include <gtest/gtest.h>

#include <string>

using namespace bel::config;
using bel::unittest::ParseError;

namespace {

ConfigFile parseOk(llvm::StringRef Text) {
  return bel::unittest::parseOk("c.json", Text);
}

ParseError parseFails(llvm::StringRef Text) {
  return bel::unittest::parseFails("c.json", Text);
}

/// The string value of the only key of a one-entry object.
std::string stringValue(llvm::StringRef Text) {
  ConfigFile F = parseOk(Text);
  if (F.Root.Entries.size() != 1) {
    ADD_FAILURE() << "expected one entry in: " << Text.str();
    return "";
  }
  EXPECT_EQ(F.Root.Entries[0].Value.Type, ScalarType::String);
  return F.Root.Entries[0].Value.Value;
}

TEST(ConfigJson, RecordsPathAndFormat) {
  ConfigFile F = parseOk("{}");
  EXPECT_EQ(F.Path, "c.json");
  EXPECT_EQ(F.FileFormat, ConfigFile::Json);
  EXPECT_TRUE(F.Root.isMapping());
  EXPECT_TRUE(F.Root.Entries.empty());
}

TEST(ConfigJson, KeyAndValuePositionsAreOneBased) {
  ConfigFile F = parseOk("{\n"
                         "  \"model\": {\n"
                         "    \"lr\": 0.1\n"
                         "  }\n"
                         "}\n");
  ASSERT_EQ(F.Root.Entries.size(), 1u);
  const MapEntry &Model = F.Root.Entries[0];
  EXPECT_EQ(Model.Key, "model");
  EXPECT_EQ(Model.KeyLoc.Path, "c.json");
  EXPECT_EQ(Model.KeyLoc.Line, 2u);
  EXPECT_EQ(Model.KeyLoc.Column, 3u);
  // The key's region ends after its closing quote (exclusive end).
  EXPECT_EQ(Model.KeyLoc.EndLine, 2u);
  EXPECT_EQ(Model.KeyLoc.EndColumn, 10u);
  EXPECT_EQ(Model.Value.Loc.Line, 2u);
  EXPECT_EQ(Model.Value.Loc.Column, 12u);

  ASSERT_EQ(Model.Value.Entries.size(), 1u);
  const MapEntry &Lr = Model.Value.Entries[0];
  EXPECT_EQ(Lr.Key, "lr");
  EXPECT_EQ(Lr.KeyLoc.Line, 3u);
  EXPECT_EQ(Lr.KeyLoc.Column, 5u);
  EXPECT_EQ(Lr.Value.Loc.Line, 3u);
  EXPECT_EQ(Lr.Value.Loc.Column, 11u);
  EXPECT_EQ(F.Root.Loc.Line, 1u);
  EXPECT_EQ(F.Root.Loc.Column, 1u);
}

TEST(ConfigJson, KeyPositionsCountCodePoints) {
  // "é" is 2 bytes, "→" 3 and "😀" 4, each one code point (SARIF's
  // unicodeCodePoints column kind).
  ConfigFile F = parseOk("{\"name\": \"h\xC3\xA9llo\xE2\x86\x92\", \"next\": 1,"
                         " \"emoji\": \"\xF0\x9F\x98\x80\", \"last\": 2}");
  ASSERT_EQ(F.Root.Entries.size(), 4u);
  EXPECT_EQ(F.Root.Entries[0].Value.Value, "h\xC3\xA9llo\xE2\x86\x92");
  const MapEntry &Next = F.Root.Entries[1];
  EXPECT_EQ(Next.Key, "next");
  EXPECT_EQ(Next.KeyLoc.Line, 1u);
  EXPECT_EQ(Next.KeyLoc.Column, 20u); // 23 if bytes were counted
  EXPECT_EQ(Next.Value.Loc.Column, 28u);
  const MapEntry &Last = F.Root.Entries[3];
  EXPECT_EQ(Last.Key, "last");
  EXPECT_EQ(Last.KeyLoc.Column, 45u); // 51 if bytes were counted
}

TEST(ConfigJson, ColumnsRestartAfterANewlineFollowingMultiByteText) {
  ConfigFile F = parseOk("{\"a\": \"\xC3\xA9\xC3\xA9\",\n"
                         "   \"b\": true}");
  ASSERT_EQ(F.Root.Entries.size(), 2u);
  EXPECT_EQ(F.Root.Entries[1].KeyLoc.Line, 2u);
  EXPECT_EQ(F.Root.Entries[1].KeyLoc.Column, 4u);
}

TEST(ConfigJson, ResolvesScalarTypes) {
  ConfigFile F = parseOk(R"({"i": 42, "neg": -7, "f": 1.5, "e": 2e-3,
                             "t": true, "no": false, "n": null, "s": "1"})");
  struct Expect {
    const char *Key;
    ConfigNode::Kind Kind;
    ScalarType Type;
    const char *Value;
  } Cases[] = {
      {"i", ConfigNode::Scalar, ScalarType::Int, "42"},
      {"neg", ConfigNode::Scalar, ScalarType::Int, "-7"},
      {"f", ConfigNode::Scalar, ScalarType::Float, "1.5"},
      {"e", ConfigNode::Scalar, ScalarType::Float, "2e-3"},
      {"t", ConfigNode::Scalar, ScalarType::Bool, "true"},
      {"no", ConfigNode::Scalar, ScalarType::Bool, "false"},
      {"n", ConfigNode::Null, ScalarType::Null, "null"},
      {"s", ConfigNode::Scalar, ScalarType::String, "1"},
  };
  for (const Expect &E : Cases) {
    SCOPED_TRACE(E.Key);
    const MapEntry *Entry = F.Root.find(E.Key);
    ASSERT_NE(Entry, nullptr);
    EXPECT_EQ(Entry->Value.NodeKind, E.Kind);
    EXPECT_EQ(Entry->Value.Type, E.Type);
    EXPECT_EQ(Entry->Value.Value, E.Value);
  }
}

TEST(ConfigJson, ParsesNestedObjectsAndArrays) {
  ConfigFile F = parseOk(R"({"layers": [{"units": 64}, [1, "two"], []],
 "opt": {"adam": {"beta": [0.9, 0.999]}}})");
  const MapEntry *Layers = F.Root.find("layers");
  ASSERT_NE(Layers, nullptr);
  ASSERT_TRUE(Layers->Value.isSequence());
  ASSERT_EQ(Layers->Value.Items.size(), 3u);
  const ConfigNode &First = Layers->Value.Items[0];
  ASSERT_TRUE(First.isMapping());
  ASSERT_NE(First.find("units"), nullptr);
  EXPECT_EQ(First.find("units")->Value.Value, "64");
  EXPECT_EQ(First.Loc.Column, 13u);
  const ConfigNode &Second = Layers->Value.Items[1];
  ASSERT_TRUE(Second.isSequence());
  ASSERT_EQ(Second.Items.size(), 2u);
  EXPECT_EQ(Second.Items[1].Type, ScalarType::String);
  EXPECT_EQ(Second.Items[1].Value, "two");
  EXPECT_EQ(Second.Items[1].Loc.Column, 32u);
  EXPECT_TRUE(Layers->Value.Items[2].isSequence());
  EXPECT_TRUE(Layers->Value.Items[2].Items.empty());

  const MapEntry *Opt = F.Root.find("opt");
  ASSERT_NE(Opt, nullptr);
  EXPECT_EQ(Opt->KeyLoc.Line, 2u);
  EXPECT_EQ(Opt->KeyLoc.Column, 2u);
  const MapEntry *Adam = Opt->Value.find("adam");
  ASSERT_NE(Adam, nullptr);
  const MapEntry *Beta = Adam->Value.find("beta");
  ASSERT_NE(Beta, nullptr);
  ASSERT_EQ(Beta->Value.Items.size(), 2u);
  EXPECT_EQ(Beta->Value.Items[1].Value, "0.999");
  EXPECT_EQ(Beta->Value.Items[1].Type, ScalarType::Float);
}

TEST(ConfigJson, KeepsKeysInFileOrderAndFindsTheLastDuplicate) {
  ConfigFile F = parseOk(R"({"b": 1, "a": 2, "b": 3})");
  ASSERT_EQ(F.Root.Entries.size(), 3u);
  EXPECT_EQ(F.Root.Entries[0].Key, "b");
  EXPECT_EQ(F.Root.Entries[1].Key, "a");
  ASSERT_NE(F.Root.find("b"), nullptr);
  EXPECT_EQ(F.Root.find("b")->Value.Value, "3");
  EXPECT_EQ(F.Root.find("missing"), nullptr);
}

TEST(ConfigJson, TrailingCommaInObjectIsAnErrorAtTheBrace) {
  ParseError E = parseFails(R"({"a": 1,})");
  EXPECT_EQ(E.Path, "c.json");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 9u);
  EXPECT_EQ(E.Message, "invalid JSON: expected a string key");
}

TEST(ConfigJson, TrailingCommaInArrayIsAnErrorAtTheBracket) {
  ParseError E = parseFails("{\"a\": [1,\n  2,\n]}");
  EXPECT_EQ(E.Line, 3u);
  EXPECT_EQ(E.Column, 1u);
  EXPECT_EQ(E.Message, "invalid JSON: unexpected character");
}

TEST(ConfigJson, UnterminatedStringIsAnErrorAtTheEndOfInput) {
  ParseError E = parseFails(R"({"a": "abc)");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 11u);
  EXPECT_EQ(E.Message, "invalid JSON: unterminated string");
}

TEST(ConfigJson, NewlineInsideAStringIsAnError) {
  ParseError E = parseFails("{\"a\": \"abc\n\"}");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 11u);
  EXPECT_EQ(E.Message, "invalid JSON: control character in string");
}

TEST(ConfigJson, BadEscapeIsAnErrorAtTheEscapedCharacter) {
  ParseError E = parseFails("{\n  \"a\": \"x\\q\"}");
  EXPECT_EQ(E.Line, 2u);
  EXPECT_EQ(E.Column, 11u);
  EXPECT_EQ(E.Message, "invalid JSON: invalid escape in string");
}

TEST(ConfigJson, ShortUnicodeEscapeIsAnError) {
  ParseError E = parseFails(R"({"a": "\u12"})");
  EXPECT_EQ(E.Column, 12u);
  EXPECT_EQ(E.Message, "invalid JSON: expected four hex digits after '\\u'");
}

TEST(ConfigJson, GarbageAfterTheValueIsAnErrorAtTheGarbage) {
  ParseError E = parseFails(R"({"a": 1} x)");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 10u);
  EXPECT_EQ(E.Message, "invalid JSON: unexpected text after the JSON value");

  ParseError Second = parseFails("{}\n\n  {}");
  EXPECT_EQ(Second.Line, 3u);
  EXPECT_EQ(Second.Column, 3u);
}

TEST(ConfigJson, EmptyInputIsAnError) {
  ParseError E = parseFails("  ");
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 3u);
  EXPECT_EQ(E.Message, "invalid JSON: unexpected end of file");
}

TEST(ConfigJson, MissingColonAndUnquotedKeyAreErrors) {
  ParseError Colon = parseFails(R"({"a" 1})");
  EXPECT_EQ(Colon.Column, 6u);
  EXPECT_EQ(Colon.Message, "invalid JSON: expected ':'");
  ParseError Key = parseFails("{a: 1}");
  EXPECT_EQ(Key.Column, 2u);
  EXPECT_EQ(Key.Message, "invalid JSON: expected a string key");
}

TEST(ConfigJson, MalformedNumbersAreErrors) {
  EXPECT_EQ(parseFails("[-]").Message, "invalid JSON: expected a digit");
  EXPECT_EQ(parseFails("[1.]").Message,
            "invalid JSON: expected a digit after '.'");
  EXPECT_EQ(parseFails("[1e+]").Message,
            "invalid JSON: expected a digit in the exponent");
}

TEST(ConfigJson, AcceptsNestingUpTo256LevelsBelowTheRoot) {
  // 257 arrays: the innermost is 256 levels below the root.
  std::string Text = std::string(257, '[') + std::string(257, ']');
  ConfigFile F = parseOk(Text);
  EXPECT_TRUE(F.Root.isSequence());
}

TEST(ConfigJson, RefusesDeeperNestingWithAnError) {
  std::string Text = std::string(300, '[') + std::string(300, ']');
  ParseError E = parseFails(Text);
  EXPECT_EQ(E.Line, 1u);
  // The 258th bracket is the first value 257 levels below the root.
  EXPECT_EQ(E.Column, 258u);
  EXPECT_EQ(E.Message, "invalid JSON: nesting deeper than 256 levels");
}

TEST(ConfigJson, RefusesVeryDeepNestingWithoutExhaustingTheStack) {
  std::string Text = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_EQ(parseFails(Text).Message,
            "invalid JSON: nesting deeper than 256 levels");
  std::string Objects;
  for (int I = 0; I < 100000; ++I)
    Objects += "{\"k\":";
  EXPECT_EQ(parseFails(Objects).Message,
            "invalid JSON: nesting deeper than 256 levels");
}

TEST(ConfigJson, DecodesSimpleEscapes) {
  EXPECT_EQ(stringValue(R"({"s": "q\"b\\s\/n\nt\tr\rb\bf\f"})"),
            "q\"b\\s/n\nt\tr\rb\bf\f");
}

TEST(ConfigJson, DecodesUnicodeEscapesToUtf8) {
  EXPECT_EQ(stringValue(R"({"s": "\u0041"})"), "A");
  EXPECT_EQ(stringValue(R"({"s": "\u00e9"})"), "\xC3\xA9");
  EXPECT_EQ(stringValue(R"({"s": "\u20AC"})"), "\xE2\x82\xAC");
}

TEST(ConfigJson, DecodesSurrogatePairsToOneCodePoint) {
  // U+1F600 GRINNING FACE is the pair D83D DE00.
  EXPECT_EQ(stringValue(R"({"s": "a\ud83d\ude00b"})"), "a\xF0\x9F\x98\x80"
                                                       "b");
  // U+10000, the first supplementary code point.
  EXPECT_EQ(stringValue(R"({"s": "\uD800\uDC00"})"), "\xF0\x90\x80\x80");
}

TEST(ConfigJson, EscapedKeysAreDecodedAndKeepTheirPosition) {
  ConfigFile F = parseOk(R"({"\u006Br": 1, "b": 2})");
  ASSERT_EQ(F.Root.Entries.size(), 2u);
  EXPECT_EQ(F.Root.Entries[0].Key, "kr");
  // The region covers the key's source text (9 code points), not its value.
  EXPECT_EQ(F.Root.Entries[0].KeyLoc.EndColumn, 11u);
  EXPECT_EQ(F.Root.Entries[1].KeyLoc.Column, 16u);
}

TEST(ConfigJson, ParseConfigPicksJsonByExtension) {
  llvm::Expected<ConfigFile> F = parseConfig("dir/x.JSON", R"({"a": "1"})");
  ASSERT_TRUE(static_cast<bool>(F)) << llvm::toString(F.takeError());
  EXPECT_EQ(F->FileFormat, ConfigFile::Json);
  // YAML would give the same tree here; a JSON-only error tells them apart.
  llvm::Expected<ConfigFile> Bad = parseConfig("x.json", "{a: 1}");
  ASSERT_FALSE(static_cast<bool>(Bad));
  EXPECT_NE(llvm::toString(Bad.takeError()).find("invalid JSON"),
            std::string::npos);
}

} // namespace

// A high surrogate must be followed by a low one; lone ones are errors.
TEST(ConfigJson, UnpairedSurrogatesAreErrors) {
  for (const char *Text : {R"({"a": "\ud83d\u0041"})", R"({"a": "\ud83dx"})",
                           R"({"a": "\udc00"})"}) {
    auto F = parseJson("c.json", Text);
    EXPECT_FALSE(bool(F)) << Text;
    if (!F)
      llvm::consumeError(F.takeError());
  }
}

TEST(ConfigJson, LeadingZerosAreErrors) {
  auto F = parseJson("c.json", "[01]");
  ASSERT_FALSE(bool(F));
  std::string Message = llvm::toString(F.takeError());
  EXPECT_NE(Message.find("leading zeros"), std::string::npos) << Message;
  auto Zero = parseJson("c.json", "[0, 0.5, -0]");
  EXPECT_TRUE(bool(Zero));
  if (!Zero)
    llvm::consumeError(Zero.takeError());
}
