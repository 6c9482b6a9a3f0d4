//===- ConfigFlagsTest.cpp - gflags flag files: names, values, --noflag ---===//
#include "ParseHelpers.h"
#include "config/ConfigNode.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::config;
using bel::unittest::ParseError;

namespace {

ConfigFile parseOk(llvm::StringRef Text) {
  return bel::unittest::parseOk("train.flags", Text);
}

ParseError parseFails(llvm::StringRef Text) {
  return bel::unittest::parseFails("train.flags", Text);
}

std::vector<std::string> keys(const ConfigNode &N) {
  std::vector<std::string> Out;
  for (const MapEntry &E : N.Entries)
    Out.push_back(E.Key);
  return Out;
}

TEST(ConfigFlags, NamesAndValuesArePlaced) {
  ConfigFile F = parseOk("# flags for training\n"
                         "--lr=0.1\n"
                         "  -batch_size=64\n"
                         "--model.name=mlp\n");
  EXPECT_EQ(F.Path, "train.flags");
  EXPECT_EQ(F.FileFormat, ConfigFile::Flags);
  ASSERT_TRUE(F.Root.isMapping());
  // Flag names are flat: a dotted name is one key.
  ASSERT_EQ(keys(F.Root),
            (std::vector<std::string>{"lr", "batch_size", "model.name"}));

  const MapEntry &Lr = F.Root.Entries[0];
  EXPECT_EQ(Lr.KeyLoc.Path, "train.flags");
  EXPECT_EQ(Lr.KeyLoc.Line, 2u);
  EXPECT_EQ(Lr.KeyLoc.Column, 3u); // After the dashes.
  EXPECT_EQ(Lr.KeyLoc.EndLine, 2u);
  EXPECT_EQ(Lr.KeyLoc.EndColumn, 5u);
  EXPECT_EQ(Lr.Value.Loc.Line, 2u);
  EXPECT_EQ(Lr.Value.Loc.Column, 6u);
  EXPECT_EQ(Lr.Value.Value, "0.1");
  EXPECT_EQ(Lr.Value.Type, ScalarType::Float);

  const MapEntry &Batch = F.Root.Entries[1];
  EXPECT_EQ(Batch.KeyLoc.Line, 3u);
  EXPECT_EQ(Batch.KeyLoc.Column, 4u);
  EXPECT_EQ(Batch.Value.Loc.Column, 15u);
  EXPECT_EQ(Batch.Value.Type, ScalarType::Int);

  EXPECT_EQ(F.Root.Entries[2].Value.Value, "mlp");
  EXPECT_TRUE(F.Root.Entries[2].Value.isScalar());
}

TEST(ConfigFlags, BareFlagIsTrueAndNoFlagIsFalse) {
  ConfigFile F = parseOk("--verbose\n"
                         "--nocuda\n"
                         "-nolog_to_stderr\n"
                         "--no\n"
                         "--nodes=4\n");
  ASSERT_EQ(keys(F.Root),
            (std::vector<std::string>{"verbose", "cuda", "log_to_stderr", "no",
                                      "nodes"}));
  const MapEntry &Verbose = F.Root.Entries[0];
  EXPECT_EQ(Verbose.Value.NodeKind, ConfigNode::Scalar);
  EXPECT_EQ(Verbose.Value.Type, ScalarType::Bool);
  EXPECT_EQ(Verbose.Value.Value, "true");
  // The implied value has no text: it is placed at the flag.
  EXPECT_EQ(Verbose.Value.Loc.Line, 1u);
  EXPECT_EQ(Verbose.Value.Loc.Column, 3u);

  const MapEntry &Cuda = F.Root.Entries[1];
  EXPECT_EQ(Cuda.Value.Type, ScalarType::Bool);
  EXPECT_EQ(Cuda.Value.Value, "false");
  // The key covers what is written, `nocuda`.
  EXPECT_EQ(Cuda.KeyLoc.Line, 2u);
  EXPECT_EQ(Cuda.KeyLoc.Column, 3u);
  EXPECT_EQ(Cuda.KeyLoc.EndColumn, 9u);

  EXPECT_EQ(F.Root.Entries[2].Value.Value, "false");
  EXPECT_EQ(F.Root.Entries[2].KeyLoc.Column, 2u);
  // `no` alone is a flag called `no`.
  EXPECT_EQ(F.Root.Entries[3].Value.Value, "true");
  // With a value, `no` is part of the name, as in gflags.
  EXPECT_EQ(F.Root.Entries[4].Value.Value, "4");
  EXPECT_EQ(F.Root.Entries[4].Value.Type, ScalarType::Int);
}

TEST(ConfigFlags, ValuesAreTheRestOfTheLine) {
  ConfigFile F = parseOk("--name=my run # not a comment  \n"
                         "--expr=a=b\n"
                         "--empty=\n"
                         "--nul=null\n"
                         "--flag=true\r\n"
                         "--quoted=\"x\"\n");
  EXPECT_EQ(F.Root.find("name")->Value.Value, "my run # not a comment");
  EXPECT_EQ(F.Root.find("expr")->Value.Value, "a=b");
  const ConfigNode &Empty = F.Root.find("empty")->Value;
  EXPECT_EQ(Empty.NodeKind, ConfigNode::Scalar);
  EXPECT_EQ(Empty.Type, ScalarType::String);
  EXPECT_EQ(Empty.Value, "");
  EXPECT_EQ(Empty.Loc.Column, 9u);
  EXPECT_EQ(F.Root.find("nul")->Value.Type, ScalarType::String);
  EXPECT_EQ(F.Root.find("flag")->Value.Value, "true");
  EXPECT_EQ(F.Root.find("flag")->Value.Type, ScalarType::Bool);
  // gflags does not unquote.
  EXPECT_EQ(F.Root.find("quoted")->Value.Value, "\"x\"");
}

TEST(ConfigFlags, CommentsBlankLinesAndDuplicates) {
  ConfigFile F = parseOk("\n"
                         "   # indented comment\n"
                         "\t\n"
                         "--lr=0.1\n"
                         "--lr=0.2\n");
  ASSERT_EQ(keys(F.Root), (std::vector<std::string>{"lr", "lr"}));
  EXPECT_EQ(F.Root.Entries[1].KeyLoc.Line, 5u);
}

TEST(ConfigFlags, ErrorsNameTheirPosition) {
  struct Case {
    const char *Text;
    unsigned Line, Column;
    const char *Message;
  } Cases[] = {
      {"--a=1\n  train\n", 2, 3,
       "expected a flag such as '--name=value' (gflags program-name lines "
       "are not supported)"},
      {"--\n", 1, 3, "missing flag name"},
      {"-=1\n", 1, 2, "missing flag name"},
      {"--lr 0.1\n", 1, 5,
       "blank in flag name 'lr 0.1' (a flag file holds one '--name=value' a "
       "line)"},
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Text);
    ParseError E = parseFails(C.Text);
    EXPECT_EQ(E.Path, "train.flags");
    EXPECT_EQ(E.Line, C.Line);
    EXPECT_EQ(E.Column, C.Column);
    EXPECT_EQ(E.Message, C.Message);
  }
}

TEST(ConfigFlags, FlagfileExtension) {
  ConfigFile F = bel::unittest::parseOk("x.flagfile", "--a=1\n");
  EXPECT_EQ(F.FileFormat, ConfigFile::Flags);
  EXPECT_EQ(F.Root.find("a")->Value.Value, "1");
}

} // namespace
