//===- DepGraphTest.cpp - the dependency graph on Boost.Graph -------------===//
#include "deps/DepGraph.h"

#include <gtest/gtest.h>

namespace bel::deps {
namespace {

std::vector<std::string> names(const DepGraph &G, const std::vector<size_t> &N) {
  std::vector<std::string> Out;
  for (size_t I : N)
    Out.push_back(G.info(I).Name);
  return Out;
}

/// ingest -> clean.csv -> train -> m.model -> serve -> log.csv -> ingest,
/// and raw.csv -> ingest.
DepGraph loop() {
  DepGraph G;
  size_t Ingest = G.node(NodeKind::Stage, "ingest");
  size_t Train = G.node(NodeKind::Stage, "train");
  size_t Serve = G.node(NodeKind::Stage, "serve");
  size_t Raw = G.node(NodeKind::Dataset, "raw.csv");
  size_t Clean = G.node(NodeKind::Dataset, "clean.csv");
  size_t Model = G.node(NodeKind::Model, "m.model");
  size_t Log = G.node(NodeKind::Dataset, "log.csv");
  G.addEdge(Raw, Ingest, EdgeKind::Reads, {});
  G.addEdge(Ingest, Clean, EdgeKind::Writes, {});
  G.addEdge(Clean, Train, EdgeKind::Reads, {});
  G.addEdge(Train, Model, EdgeKind::Writes, {});
  G.addEdge(Model, Serve, EdgeKind::Reads, {});
  G.addEdge(Serve, Log, EdgeKind::Writes, {});
  G.addEdge(Log, Ingest, EdgeKind::Reads, {});
  return G;
}

TEST(DepGraph, NodesAreAddedOnceByKindAndName) {
  DepGraph G;
  size_t A = G.node(NodeKind::Dataset, "x.csv");
  EXPECT_EQ(G.node(NodeKind::Dataset, "x.csv"), A);
  EXPECT_NE(G.node(NodeKind::Model, "x.csv"), A);
  EXPECT_EQ(G.size(), 2u);
}

TEST(DepGraph, AddEdgeInfoKeepsEachEdgeOnce) {
  DepGraph G;
  size_t S = G.node(NodeKind::Stage, "s");
  size_t D = G.node(NodeKind::Dataset, "d");
  EdgeInfo E{D, S, EdgeKind::Reads, {"src/s.cc", 3, 1, 0, 0}, "", "", {}, {}, ""};
  G.addEdge(E);
  G.addEdge(E);
  E.ViaConfig = "configs/b.yaml"; // The same read through another config.
  G.addEdge(E);
  EXPECT_EQ(G.inEdges(S).size(), 2u);
  EXPECT_EQ(G.outEdges(D).size(), 2u);
}

TEST(DepGraph, ClosureUpstreamAndDownstreamAreSortedByKindThenName) {
  DepGraph G = loop();
  std::vector<size_t> Up = G.closure(*G.find("train"), /*Upstream=*/true);
  EXPECT_EQ(names(G, Up), (std::vector<std::string>{
                              "ingest", "serve", "clean.csv", "log.csv",
                              "raw.csv", "m.model"}));
  std::vector<size_t> Down = G.closure(*G.find("raw.csv"), /*Upstream=*/false);
  EXPECT_EQ(Down.size(), 6u); // Everything but raw.csv itself.
}

TEST(DepGraph, CyclesAreStronglyConnectedSetsOfMoreThanOneNode) {
  DepGraph G = loop();
  std::vector<std::vector<size_t>> C = G.cycles();
  ASSERT_EQ(C.size(), 1u);
  EXPECT_EQ(names(G, C[0]), (std::vector<std::string>{
                                "ingest", "serve", "train", "clean.csv",
                                "log.csv", "m.model"}));
  DepGraph Line;
  Line.addEdge(Line.node(NodeKind::Dataset, "a"), Line.node(NodeKind::Stage, "s"),
               EdgeKind::Reads, {});
  EXPECT_TRUE(Line.cycles().empty());
}

TEST(DepGraph, FindNormalizesDatasetPaths) {
  DepGraph G = loop();
  EXPECT_TRUE(G.find("./clean.csv"));
  EXPECT_TRUE(G.find("m.model"));
  EXPECT_FALSE(G.find("nowhere"));
}

TEST(DepGraph, ModelUseIsPerStage) {
  DepGraph G = loop();
  const DepGraph &CG = G;
  size_t Serve = *G.find("serve");
  EXPECT_EQ(CG.modelUse(Serve), nullptr);
  G.modelUse(Serve).Predict = {"src/serve.cc", 9, 5, 0, 0};
  ASSERT_NE(CG.modelUse(Serve), nullptr);
  EXPECT_TRUE(CG.modelUse(Serve)->Predict.hasRegion());
  EXPECT_EQ(CG.modelUse(*G.find("train")), nullptr);
}

} // namespace
} // namespace bel::deps
