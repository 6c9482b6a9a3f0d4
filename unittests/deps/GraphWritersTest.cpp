//===- GraphWritersTest.cpp - DepGraph as GraphML and DOT -----------------===//
#include "deps/GraphWriters.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::deps;
using bel::report::Location;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

std::string dot(const DepGraph &G) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  writeDot(G, OS);
  return OS.str();
}

std::string dot(const DepGraph &G, std::vector<size_t> Nodes,
                std::optional<size_t> Focus = std::nullopt) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  writeDot(G, Nodes, OS, Focus);
  return OS.str();
}

std::string graphML(const DepGraph &G) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  writeGraphML(G, OS);
  return OS.str();
}

std::string graphML(const DepGraph &G, std::vector<size_t> Nodes) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  writeGraphML(G, Nodes, OS);
  return OS.str();
}

TEST(GraphWritersTest, DotEscapesQuotesBackslashesAndNewlines) {
  DepGraph G;
  G.node(NodeKind::Dataset, "C:\\data\\\"raw\"\nv2.csv");
  EXPECT_THAT(dot(G),
              HasSubstr("  n0 [label=\"C:\\\\data\\\\\\\"raw\\\"\\nv2.csv\", "
                        "shape=cylinder];\n"));
}

TEST(GraphWritersTest, GraphMLEscapesMarkupAndReplacesWhatXMLCannotHold) {
  DepGraph G;
  G.node(NodeKind::Dataset, "<a & 'b'> \"c\"");
  G.node(NodeKind::Config, std::string("ctl\x01 bad\xff utf8"));
  std::string Out = graphML(G);
  EXPECT_THAT(Out,
              HasSubstr("<data key=\"node_name\">&lt;a &amp; &apos;b&apos;&gt; "
                        "&quot;c&quot;</data>"));
  EXPECT_THAT(
      Out, HasSubstr("<data key=\"node_name\">ctl\xEF\xBF\xBD bad\xEF\xBF\xBD "
                     "utf8</data>"));
}

TEST(GraphWritersTest, IdsFollowKindThenNameNotInsertionOrder) {
  DepGraph G;
  size_t Data = G.node(NodeKind::Dataset, "a.csv");
  size_t Zeta = G.node(NodeKind::Stage, "zeta");
  size_t Alpha = G.node(NodeKind::Stage, "alpha");
  G.addEdge(Zeta, Data, EdgeKind::Writes, Location{"src/zeta.cpp", 3, 5, 3, 9});
  G.addEdge(Data, Alpha, EdgeKind::Reads, Location{});
  EXPECT_EQ(dot(G), "digraph G {\n"
                    "  n0 [label=\"alpha\", shape=box];\n"
                    "  n1 [label=\"zeta\", shape=box];\n"
                    "  n2 [label=\"a.csv\", shape=cylinder];\n"
                    "  n2 -> n0 [label=\"reads\"];\n"
                    "  n1 -> n2 [label=\"writes\"];\n"
                    "}\n");
  std::string Out = graphML(G);
  EXPECT_THAT(
      Out,
      HasSubstr("<edge id=\"e1\" source=\"n1\" target=\"n2\">\n"
                "      <data key=\"edge_kind\">writes</data>\n"
                "      <data key=\"edge_location\">src/zeta.cpp:3:5</data>\n"
                "    </edge>\n"));
  // An edge with no location (a manifest tie) has no location data.
  EXPECT_THAT(Out, HasSubstr("<edge id=\"e0\" source=\"n2\" target=\"n0\">\n"
                             "      <data key=\"edge_kind\">reads</data>\n"
                             "    </edge>\n"));
}

TEST(GraphWritersTest, StageAndDatasetWithOneNameStayTwoNodes) {
  DepGraph G;
  size_t Stage = G.node(NodeKind::Stage, "events");
  size_t Data = G.node(NodeKind::Dataset, "events");
  G.addEdge(Stage, Data, EdgeKind::Writes, Location{});
  EXPECT_THAT(dot(G), HasSubstr("  n0 -> n1 [label=\"writes\"];\n"));
}

TEST(GraphWritersTest, SubsetIgnoresOrderAndDropsEdgesLeavingIt) {
  DepGraph G;
  size_t A = G.node(NodeKind::Stage, "a");
  size_t B = G.node(NodeKind::Stage, "b");
  size_t X = G.node(NodeKind::Dataset, "x");
  size_t Y = G.node(NodeKind::Dataset, "y");
  G.addEdge(A, X, EdgeKind::Writes, Location{});
  G.addEdge(X, B, EdgeKind::Reads, Location{});
  G.addEdge(B, Y, EdgeKind::Writes, Location{});
  EXPECT_EQ(dot(G, {X, A, X}), dot(G, {A, X}));
  EXPECT_EQ(dot(G, {B, A, X}, X),
            "digraph G {\n"
            "  n0 [label=\"a\", shape=box];\n"
            "  n1 [label=\"b\", shape=box];\n"
            "  n2 [label=\"x\", shape=cylinder, style=bold];\n"
            "  n0 -> n2 [label=\"writes\"];\n"
            "  n2 -> n1 [label=\"reads\"];\n"
            "}\n");
  std::string Out = graphML(G, {Y, B});
  EXPECT_EQ(Out, graphML(G, {B, Y}));
  EXPECT_THAT(Out, HasSubstr("<edge id=\"e1\" source=\"n1\" target=\"n3\">"));
  EXPECT_THAT(Out, Not(HasSubstr("\"n0\"")));
  EXPECT_THAT(Out, Not(HasSubstr("\"n2\"")));
}

TEST(GraphWritersTest, EmptyGraphIsValidOutput) {
  DepGraph G;
  EXPECT_EQ(dot(G), "digraph G {\n}\n");
  EXPECT_THAT(graphML(G),
              HasSubstr("<graph id=\"G\" edgedefault=\"directed\">\n"
                        "  </graph>\n</graphml>\n"));
}

TEST(GraphWritersTest, RenderSvgReportsAProgramThatCannotRun) {
  llvm::Expected<std::string> Svg =
      renderSvg("digraph G {}\n", "/nonexistent/bel-test/dot");
  ASSERT_FALSE(bool(Svg));
  EXPECT_THAT(llvm::toString(Svg.takeError()),
              HasSubstr("/nonexistent/bel-test/dot: "));
}

} // namespace
