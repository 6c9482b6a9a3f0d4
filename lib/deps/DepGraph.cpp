//===- DepGraph.cpp - the data-dependency graph, on Boost.Graph -----------===//
#include "deps/DepGraph.h"
#include "config/Glob.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/graphviz.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace bel::deps {

struct VertexProps {
  NodeKind Kind;
  std::string Name;
};
struct EdgeProps {
  EdgeKind Kind;
  report::Location Loc;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS,
                                    boost::bidirectionalS, VertexProps,
                                    EdgeProps>;

struct DepGraph::Impl {
  Graph G;
  std::map<std::pair<NodeKind, std::string>, size_t> Index;
};

const char *nodeKindName(NodeKind K) {
  switch (K) {
  case NodeKind::Stage:
    return "stage";
  case NodeKind::Dataset:
    return "dataset";
  case NodeKind::Config:
    return "config";
  }
  return "dataset";
}

const char *edgeKindName(EdgeKind K) {
  switch (K) {
  case EdgeKind::Reads:
    return "reads";
  case EdgeKind::Writes:
    return "writes";
  case EdgeKind::Configures:
    return "configures";
  }
  return "reads";
}

DepGraph::DepGraph() : G(std::make_unique<Impl>()) {}
DepGraph::~DepGraph() = default;
DepGraph::DepGraph(DepGraph &&) = default;
DepGraph &DepGraph::operator=(DepGraph &&) = default;

size_t DepGraph::node(NodeKind K, const std::string &Name) {
  auto [It, New] = G->Index.try_emplace({K, Name}, 0);
  if (New)
    It->second = boost::add_vertex(VertexProps{K, Name}, G->G);
  return It->second;
}

void DepGraph::addEdge(size_t From, size_t To, EdgeKind K,
                       const report::Location &L) {
  boost::add_edge(From, To, EdgeProps{K, L}, G->G);
}

NodeInfo DepGraph::info(size_t Node) const {
  return {G->G[Node].Kind, G->G[Node].Name};
}

std::vector<NodeInfo> DepGraph::nodes() const {
  std::vector<NodeInfo> Out;
  for (const auto &[Key, V] : G->Index)
    Out.push_back({Key.first, Key.second});
  return Out; // The index map is ordered by (kind, name).
}

std::vector<EdgeInfo> DepGraph::edges() const {
  std::vector<EdgeInfo> Out;
  for (auto E : boost::make_iterator_range(boost::edges(G->G)))
    Out.push_back({boost::source(E, G->G), boost::target(E, G->G),
                   G->G[E].Kind, G->G[E].Loc});
  std::sort(Out.begin(), Out.end(), [&](const EdgeInfo &A, const EdgeInfo &B) {
    auto Key = [&](const EdgeInfo &E) {
      return std::make_tuple(G->G[E.From].Name, G->G[E.To].Name, int(E.Kind),
                             E.Loc.tie());
    };
    return Key(A) < Key(B);
  });
  return Out;
}

void DepGraph::writeDot(llvm::raw_ostream &OS) const {
  // Vertices are written in index order, which follows insertion order;
  // buildDepGraph inserts in sorted order, so the output is deterministic.
  std::ostringstream S;
  boost::write_graphviz(
      S, G->G,
      [&](std::ostream &Out, size_t V) {
        const VertexProps &P = G->G[V];
        const char *Shape = P.Kind == NodeKind::Stage     ? "box"
                            : P.Kind == NodeKind::Dataset ? "cylinder"
                                                          : "note";
        Out << "[label=\"" << P.Name << "\", shape=" << Shape << "]";
      },
      [&](std::ostream &Out, Graph::edge_descriptor E) {
        Out << "[label=\"" << edgeKindName(G->G[E].Kind) << "\"]";
      });
  OS << S.str();
}

std::optional<size_t> DepGraph::find(const std::string &Name) const {
  for (NodeKind K : {NodeKind::Stage, NodeKind::Dataset, NodeKind::Config}) {
    auto It = G->Index.find({K, K == NodeKind::Stage ? Name
                                                     : config::normalizePath(Name)});
    if (It != G->Index.end())
      return It->second;
  }
  return std::nullopt;
}

namespace {

/// Records every vertex a search reaches.
struct Reached : boost::default_bfs_visitor {
  std::vector<size_t> *Out;
  explicit Reached(std::vector<size_t> &O) : Out(&O) {}
  template <typename V, typename Graph> void discover_vertex(V U, const Graph &) {
    Out->push_back(U);
  }
};

} // namespace

std::vector<size_t> DepGraph::closure(size_t Node, bool Upstream) const {
  std::vector<size_t> Found;
  std::vector<boost::default_color_type> Colors(boost::num_vertices(G->G));
  auto ColorMap = boost::make_iterator_property_map(
      Colors.begin(), boost::get(boost::vertex_index, G->G));
  if (Upstream)
    boost::breadth_first_search(boost::make_reverse_graph(G->G), Node,
                                boost::visitor(Reached(Found)).color_map(ColorMap));
  else
    boost::breadth_first_search(G->G, Node,
                                boost::visitor(Reached(Found)).color_map(ColorMap));
  Found.erase(std::remove(Found.begin(), Found.end(), Node), Found.end());
  std::sort(Found.begin(), Found.end(), [&](size_t A, size_t B) {
    return std::make_pair(int(G->G[A].Kind), G->G[A].Name) <
           std::make_pair(int(G->G[B].Kind), G->G[B].Name);
  });
  return Found;
}

std::vector<std::vector<size_t>> DepGraph::cycles() const {
  std::vector<int> Component(boost::num_vertices(G->G));
  int Count = boost::strong_components(
      G->G, boost::make_iterator_property_map(
                Component.begin(), boost::get(boost::vertex_index, G->G)));
  std::vector<std::vector<size_t>> Sets(size_t(std::max(Count, 0)));
  for (size_t V = 0; V < Component.size(); ++V)
    Sets[size_t(Component[V])].push_back(V);
  std::vector<std::vector<size_t>> Out;
  for (std::vector<size_t> &S : Sets)
    if (S.size() > 1) {
      std::sort(S.begin(), S.end(), [&](size_t A, size_t B) {
        return std::make_pair(int(G->G[A].Kind), G->G[A].Name) <
               std::make_pair(int(G->G[B].Kind), G->G[B].Name);
      });
      Out.push_back(std::move(S));
    }
  std::sort(Out.begin(), Out.end(), [&](const auto &A, const auto &B) {
    return G->G[A.front()].Name < G->G[B.front()].Name;
  });
  return Out;
}

DepGraph buildDepGraph(const facts::Program &P) {
  DepGraph D;
  // Insert nodes in a fixed order so vertex indices never depend on the
  // order TUs were analyzed in.
  for (const facts::Stage &S : P.Stages)
    D.node(NodeKind::Stage, S.Name);
  std::vector<std::pair<std::string, NodeKind>> Others;
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::DataAccess &A : TU.Accesses)
      if (!A.Path.empty())
        Others.push_back({A.Path, P.Configs->find(A.Path) ? NodeKind::Config
                                                          : NodeKind::Dataset});
  for (const facts::Stage &S : P.Stages)
    for (const std::string &C : S.Configs)
      Others.push_back({C, NodeKind::Config});
  std::sort(Others.begin(), Others.end());
  for (const auto &[Name, Kind] : Others)
    D.node(Kind, Name);

  for (const facts::Stage &S : P.Stages) {
    size_t Stage = D.node(NodeKind::Stage, S.Name);
    for (const std::string &C : S.Configs) {
      auto Sites = S.LoadSites.find(C);
      report::Location L = Sites != S.LoadSites.end() && !Sites->second.empty()
                               ? Sites->second.front()
                               : report::Location{};
      D.addEdge(D.node(NodeKind::Config, C), Stage, EdgeKind::Configures, L);
    }
    if (!S.TU)
      continue;
    for (const facts::DataAccess &A : S.TU->Accesses) {
      if (A.Path.empty() || P.Configs->find(A.Path))
        continue;
      size_t Data = D.node(NodeKind::Dataset, A.Path);
      if (A.Mode != config::Access::Write)
        D.addEdge(Data, Stage, EdgeKind::Reads, A.Loc);
      if (A.Mode != config::Access::Read)
        D.addEdge(Stage, Data, EdgeKind::Writes, A.Loc);
    }
  }
  return D;
}

} // namespace bel::deps
