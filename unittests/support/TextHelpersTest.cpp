//===- TextHelpersTest.cpp - JSON error positions, UTF-8, shown paths -----===//
#include "support/JsonError.h"
#include "support/RootFiles.h"
#include "support/Utf8.h"

#include "llvm/Support/JSON.h"

#include <gtest/gtest.h>

namespace bel::support {
namespace {

TEST(JsonError, SplitsLlvmJsonPositionsAndCountsColumnsFromOne) {
  auto J = llvm::json::parse("{\n\"a\": }");
  ASSERT_FALSE(J);
  JsonParseError E = splitJsonParseError(J.takeError());
  EXPECT_EQ(E.Line, 2u);
  EXPECT_EQ(E.Column, 6u);
  EXPECT_EQ(E.What, "Invalid JSON value");
  auto AtStart = llvm::json::parse("\n}");
  ASSERT_FALSE(AtStart);
  EXPECT_EQ(splitJsonParseError(AtStart.takeError()).Column, 1u);
}

TEST(JsonError, OtherErrorsAreKeptWholeAtTheFirstLine) {
  JsonParseError E = splitJsonParseError(
      llvm::createStringError(std::errc::invalid_argument, "malformed facts: x"));
  EXPECT_EQ(E.Line, 1u);
  EXPECT_EQ(E.Column, 1u);
  EXPECT_EQ(E.What, "malformed facts: x");
}

TEST(Utf8, AcceptsWellFormedSequencesOnly) {
  EXPECT_EQ(utf8SequenceLength("a", 0), 1u);
  EXPECT_EQ(utf8SequenceLength("\xc3\xa9", 0), 2u);
  EXPECT_EQ(utf8SequenceLength("\xe2\x82\xac", 0), 3u);
  EXPECT_EQ(utf8SequenceLength("\xf0\x9f\x98\x80", 0), 4u);
  EXPECT_EQ(utf8SequenceLength("caf\xe9", 3), 0u);   // Latin-1
  EXPECT_EQ(utf8SequenceLength("\xa9", 0), 0u);      // stray continuation
  EXPECT_EQ(utf8SequenceLength("\xc0\xaf", 0), 0u);  // overlong '/'
  EXPECT_EQ(utf8SequenceLength("\xe2\x82", 0), 0u);  // truncated
}

TEST(ShownPath, IsRelativeBelowTheRootAndAsGivenElsewhere) {
  EXPECT_EQ(shownPath("p/root", "p/root/build/cc.json"), "build/cc.json");
  EXPECT_EQ(shownPath("p/root", "p/rootless/x"), "p/rootless/x");
  EXPECT_EQ(shownPath("p/root", "shard.facts"), "shard.facts");
}

} // namespace
} // namespace bel::support
