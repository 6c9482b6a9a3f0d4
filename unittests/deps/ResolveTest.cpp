//===- ResolveTest.cpp - data accesses resolved per stage -----------------===//
#include "deps/DepGraph.h"
#include "deps/Resolve.h"

#include "config/ConfigNode.h"

#include <gtest/gtest.h>

namespace bel::deps {
namespace {

using facts::PathPart;
using report::Location;

Location at(const std::string &Path, unsigned Line, unsigned Col,
            unsigned EndCol = 0) {
  return {Path, Line, Col, EndCol ? Line : 0, EndCol};
}

config::EffectiveConfig yaml(const std::string &Path, const std::string &Text) {
  config::EffectiveConfig E;
  E.Path = Path;
  auto F = config::parseConfig(Path, Text);
  EXPECT_TRUE(bool(F));
  if (F)
    E.Root = F->Root;
  else
    llvm::consumeError(F.takeError()); // Reported by EXPECT_TRUE above.
  return E;
}

facts::TUFacts stageTU(const std::string &File) {
  facts::TUFacts TU;
  TU.File = File;
  TU.DefinesMain = true;
  TU.MainUSR = "c:@F@main#";
  return TU;
}

/// A read of `std::ifstream in(<parts>)` in main.
facts::DataAccess readIn(const std::string &File, std::vector<PathPart> Parts,
                         const std::string &USR = "c:@F@main#") {
  facts::DataAccess A;
  A.Api = "std::basic_ifstream";
  A.Loc = at(File, 5, 3);
  A.FunctionUSR = USR;
  A.Parts = std::move(Parts);
  return A;
}

PathPart value(const std::string &File, unsigned Col, unsigned EndCol,
               std::string Why = "") {
  PathPart P;
  P.K = PathPart::Value;
  P.Text = "expr";
  P.Loc = at(File, 5, Col, EndCol);
  P.Why = std::move(Why);
  return P;
}

PathPart literal(const std::string &Text) {
  return {PathPart::Literal, Text, -1, {}, ""};
}

class ResolveTest : public ::testing::Test {
protected:
  config::Manifest M;
  config::ConfigSet C;

  facts::Program program(std::vector<facts::TUFacts> TUs) {
    return facts::buildProgram(M, C, std::move(TUs), /*HasCodeFacts=*/true);
  }

  std::vector<ResolvedAccess> accessesOf(const facts::Program &P,
                                         const std::string &Stage) {
    AccessResolver R(P);
    for (const facts::Stage &S : P.Stages)
      if (S.Name == Stage)
        return R.accessesOf(S);
    ADD_FAILURE() << "no stage " << Stage;
    return {};
  }
};

TEST_F(ResolveTest, ConfigValueResolvesOncePerConfigOfTheStage) {
  C.Configs = {yaml("configs/a.yaml", "data:\n  train: data/a.csv\n"),
               yaml("configs/b.yaml", "data:\n  train: ./data//b.csv\n")};
  M.Stages = {{"train", "src/train.cc", {"configs/a.yaml", "configs/b.yaml"}, {}}};
  facts::TUFacts TU = stageTU("src/train.cc");
  TU.Accesses.push_back(readIn("src/train.cc", {value("src/train.cc", 17, 50)}));
  facts::ConfigRead R;
  R.Keys = {"data", "train"};
  R.Anchored = true;
  R.Loc = at("src/train.cc", 5, 21);
  TU.Reads.push_back(R);
  facts::Program P = program({TU});
  std::vector<ResolvedAccess> A = accessesOf(P, "train");
  ASSERT_EQ(A.size(), 2u);
  EXPECT_EQ(A[0].Path, "data/a.csv");
  EXPECT_EQ(A[0].ViaConfig, "configs/a.yaml");
  EXPECT_EQ(A[0].ViaKey, "data.train");
  EXPECT_EQ(A[0].ViaLoc.Line, 2u);
  EXPECT_EQ(A[1].Path, "data/b.csv"); // Normalized.
  EXPECT_EQ(A[1].ViaConfig, "configs/b.yaml");
}

TEST_F(ResolveTest, AConfigKeyNoConfigSetsIsUnresolvedWithWhy) {
  C.Configs = {yaml("configs/a.yaml", "data: {}\n")};
  M.Stages = {{"train", "src/train.cc", {"configs/a.yaml"}, {}}};
  facts::TUFacts TU = stageTU("src/train.cc");
  TU.Accesses.push_back(readIn("src/train.cc", {value("src/train.cc", 17, 50)}));
  facts::ConfigRead R;
  R.Keys = {"data", "test"};
  R.Anchored = true;
  R.Loc = at("src/train.cc", 5, 21);
  TU.Reads.push_back(R);
  std::vector<ResolvedAccess> A = accessesOf(program({TU}), "train");
  ASSERT_EQ(A.size(), 1u);
  EXPECT_EQ(A[0].Path, "");
  EXPECT_EQ(A[0].Why, "the path comes from the config key 'data.test', which no "
                      "config of stage 'train' sets");
}

TEST_F(ResolveTest, AReadOutsideTheExpressionDoesNotResolveIt) {
  C.Configs = {yaml("configs/a.yaml", "path: data/a.csv\n")};
  M.Stages = {{"train", "src/train.cc", {"configs/a.yaml"}, {}}};
  facts::TUFacts TU = stageTU("src/train.cc");
  TU.Accesses.push_back(readIn("src/train.cc", {value("src/train.cc", 17, 30)}));
  facts::ConfigRead R;
  R.Keys = {"path"};
  R.Anchored = true;
  R.Loc = at("src/train.cc", 5, 31); // Just past the expression.
  TU.Reads.push_back(R);
  std::vector<ResolvedAccess> A = accessesOf(program({TU}), "train");
  ASSERT_EQ(A.size(), 1u);
  EXPECT_NE(A[0].Why, "");
}

TEST_F(ResolveTest, EnvironmentVariablesStayUnresolved) {
  facts::TUFacts TU = stageTU("src/ingest.cc");
  TU.Accesses.push_back(readIn("src/ingest.cc", {value("src/ingest.cc", 10, 40)}));
  facts::ConfigRead R;
  R.Keys = {"BACKFILL_CSV"};
  R.Api = facts::ConfigApi::Env;
  R.Anchored = true;
  R.Loc = at("src/ingest.cc", 5, 22);
  TU.Reads.push_back(R);
  std::vector<ResolvedAccess> A = accessesOf(program({TU}), "ingest");
  ASSERT_EQ(A.size(), 1u);
  EXPECT_EQ(A[0].Why, "the path comes from the environment variable 'BACKFILL_CSV'");
  EXPECT_EQ(A[0].WhyLoc.Column, 10u);
}

TEST_F(ResolveTest, ConcatenationJoinsLiteralAndParameterParts) {
  // ReadLines(const std::string &name) opens "data/" + name; two stages
  // call it with their own literal, across TUs.
  facts::TUFacts Lib;
  Lib.File = "src/lib/io.cc";
  PathPart Param;
  Param.K = PathPart::Parameter;
  Param.Param = 0;
  Param.Text = "name";
  Lib.Accesses.push_back(
      readIn("src/lib/io.cc", {literal("data/"), Param}, "c:@F@ReadLines#"));
  auto Caller = [](const std::string &File, const std::string &Arg) {
    facts::TUFacts TU = stageTU(File);
    TU.Calls.push_back({"c:@F@main#", "c:@F@ReadLines#", at(File, 3, 3),
                        {{literal(Arg)}}});
    return TU;
  };
  facts::Program P = program({Lib, Caller("src/train.cc", "train.csv"),
                              Caller("src/eval.cc", "test.csv")});
  std::vector<ResolvedAccess> Train = accessesOf(P, "train");
  ASSERT_EQ(Train.size(), 1u);
  EXPECT_EQ(Train[0].Path, "data/train.csv");
  ASSERT_EQ(Train[0].CallSites.size(), 1u);
  EXPECT_EQ(Train[0].CallSites[0].Path, "src/train.cc");
  std::vector<ResolvedAccess> Eval = accessesOf(P, "eval");
  ASSERT_EQ(Eval.size(), 1u);
  EXPECT_EQ(Eval[0].Path, "data/test.csv");
}

TEST_F(ResolveTest, ParametersFollowChainsOfHelpers) {
  // main -> Load(p) -> Open(q): Open's access resolves to main's literal.
  facts::TUFacts Lib;
  Lib.File = "src/lib/io.cc";
  PathPart Q{PathPart::Parameter, "q", 0, {}, ""};
  Lib.Accesses.push_back(readIn("src/lib/io.cc", {Q}, "c:@F@Open#"));
  PathPart P0{PathPart::Parameter, "p", 0, {}, ""};
  Lib.Calls.push_back({"c:@F@Load#", "c:@F@Open#", at("src/lib/io.cc", 9, 3), {{P0}}});
  facts::TUFacts Main = stageTU("src/train.cc");
  Main.Calls.push_back({"c:@F@main#", "c:@F@Load#", at("src/train.cc", 3, 3),
                        {{literal("data/deep.csv")}}});
  std::vector<ResolvedAccess> A = accessesOf(program({Lib, Main}), "train");
  ASSERT_EQ(A.size(), 1u);
  EXPECT_EQ(A[0].Path, "data/deep.csv");
  ASSERT_EQ(A[0].CallSites.size(), 2u);
  EXPECT_EQ(A[0].CallSites[0].Path, "src/train.cc"); // Outermost first.
}

TEST_F(ResolveTest, ParametersOfOneCallResolveTogether) {
  facts::TUFacts Lib;
  Lib.File = "src/lib/io.cc";
  PathPart Dir{PathPart::Parameter, "dir", 0, {}, ""};
  PathPart Split{PathPart::Parameter, "split", 1, {}, ""};
  Lib.Accesses.push_back(
      readIn("src/lib/io.cc", {Dir, literal("/"), Split}, "c:@F@OpenSplit#"));
  facts::TUFacts Main = stageTU("src/train.cc");
  Main.Calls.push_back({"c:@F@main#", "c:@F@OpenSplit#", at("src/train.cc", 3, 3),
                        {{literal("data")}, {literal("train.csv")}}});
  Main.Calls.push_back({"c:@F@main#", "c:@F@OpenSplit#", at("src/train.cc", 4, 3),
                        {{literal("cache")}, {literal("valid.csv")}}});
  std::vector<ResolvedAccess> A = accessesOf(program({Lib, Main}), "train");
  ASSERT_EQ(A.size(), 2u);
  EXPECT_EQ(A[0].Path, "cache/valid.csv");
  EXPECT_EQ(A[1].Path, "data/train.csv");
}

TEST_F(ResolveTest, AnAccessNoStageReachesBelongsToNoStage) {
  facts::TUFacts Lib;
  Lib.File = "src/lib/io.cc";
  Lib.Accesses.push_back(
      readIn("src/lib/io.cc", {literal("data/dead.csv")}, "c:@F@Unused#"));
  EXPECT_TRUE(accessesOf(program({Lib, stageTU("src/train.cc")}), "train").empty());
}

TEST_F(ResolveTest, AParameterNoReachedCallPassesIsUnresolved) {
  facts::TUFacts Lib;
  Lib.File = "src/lib/io.cc";
  Lib.Accesses.push_back(readIn(
      "src/lib/io.cc", {{PathPart::Parameter, "path", 0, {}, ""}}, "c:@F@Open#"));
  facts::TUFacts Main = stageTU("src/train.cc");
  // The call passes no path bel can see (an empty argument).
  Main.Calls.push_back({"c:@F@main#", "c:@F@Open#", at("src/train.cc", 3, 3), {{}}});
  std::vector<ResolvedAccess> A = accessesOf(program({Lib, Main}), "train");
  ASSERT_EQ(A.size(), 1u);
  EXPECT_EQ(A[0].Why, "the path is the parameter 'path', and a call reached from "
                      "stage 'train' passes no path bel can see");
}

TEST_F(ResolveTest, TheGraphNamesUnresolvedSourcesAndModels) {
  facts::TUFacts TU = stageTU("src/serve.cc");
  TU.Accesses.push_back(readIn("src/serve.cc", {value("src/serve.cc", 3, 9, "a command-line argument")}));
  facts::DataAccess Model = readIn("src/serve.cc", {literal("out/ranker.onnx")});
  Model.Loc = at("src/serve.cc", 6, 3);
  TU.Accesses.push_back(Model);
  facts::Program P = program({TU});
  DepGraph G = buildDepGraph(P);
  std::optional<size_t> M = G.find("out/ranker.onnx");
  ASSERT_TRUE(M);
  EXPECT_EQ(G.info(*M).Kind, NodeKind::Model);
  std::optional<size_t> S = G.find("serve");
  ASSERT_TRUE(S);
  std::vector<size_t> Up = G.closure(*S, /*Upstream=*/true);
  ASSERT_EQ(Up.size(), 2u);
  EXPECT_EQ(G.info(Up[1]).Kind, NodeKind::Unresolved);
  EXPECT_EQ(G.info(Up[1]).Detail, "the path is a command-line argument, 'expr'");
}

} // namespace
} // namespace bel::deps
