//===- DepGraph.cpp - the data-dependency graph, on Boost.Graph -----------===//
#include "deps/DepGraph.h"
#include "config/Glob.h"
#include "deps/Resolve.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace bel::deps {

struct VertexProps {
  NodeKind Kind;
  std::string Name;
  std::string Detail;
  report::Location DetailLoc;
};
/// An edge's data; From and To live in the graph itself.
using EdgeProps = EdgeInfo;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS,
                                    boost::bidirectionalS, VertexProps,
                                    EdgeProps>;

struct DepGraph::Impl {
  Graph G;
  std::map<std::pair<NodeKind, std::string>, size_t> Index;
  std::map<size_t, StageModelUse> ModelUse;
  /// Edges added through addEdge(EdgeInfo), to keep each once.
  std::set<std::tuple<size_t, size_t, int, report::Location, std::string,
                      std::vector<report::Location>>>
      Seen;
};

const char *nodeKindName(NodeKind K) {
  switch (K) {
  case NodeKind::Stage:
    return "stage";
  case NodeKind::Dataset:
    return "dataset";
  case NodeKind::Model:
    return "model";
  case NodeKind::Table:
    return "table";
  case NodeKind::Config:
    return "config";
  case NodeKind::Unresolved:
    return "unresolved";
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
  case EdgeKind::Extends:
    return "extends";
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
    It->second = boost::add_vertex(VertexProps{K, Name, "", {}}, G->G);
  return It->second;
}

void DepGraph::addEdge(size_t From, size_t To, EdgeKind K,
                       const report::Location &L) {
  EdgeInfo E;
  E.From = From;
  E.To = To;
  E.Kind = K;
  E.Loc = L;
  boost::add_edge(From, To, E, G->G);
}

void DepGraph::addEdge(const EdgeInfo &E) {
  if (G->Seen.insert({E.From, E.To, int(E.Kind), E.Loc, E.ViaConfig, E.CallSites})
          .second)
    boost::add_edge(E.From, E.To, E, G->G);
}

void DepGraph::setDetail(size_t Node, const std::string &Detail,
                         const report::Location &Where) {
  G->G[Node].Detail = Detail;
  G->G[Node].DetailLoc = Where;
}

size_t DepGraph::size() const { return boost::num_vertices(G->G); }

namespace {
EdgeInfo withEnds(const Graph &G, Graph::edge_descriptor E) {
  EdgeInfo Out = G[E];
  Out.From = boost::source(E, G);
  Out.To = boost::target(E, G);
  return Out;
}
} // namespace

std::vector<EdgeInfo> DepGraph::inEdges(size_t Node) const {
  std::vector<EdgeInfo> Out;
  for (auto E : boost::make_iterator_range(boost::in_edges(Node, G->G)))
    Out.push_back(withEnds(G->G, E));
  return Out;
}

std::vector<EdgeInfo> DepGraph::outEdges(size_t Node) const {
  std::vector<EdgeInfo> Out;
  for (auto E : boost::make_iterator_range(boost::out_edges(Node, G->G)))
    Out.push_back(withEnds(G->G, E));
  return Out;
}

StageModelUse &DepGraph::modelUse(size_t Stage) { return G->ModelUse[Stage]; }

const StageModelUse *DepGraph::modelUse(size_t Stage) const {
  auto It = G->ModelUse.find(Stage);
  return It == G->ModelUse.end() ? nullptr : &It->second;
}

NodeInfo DepGraph::info(size_t Node) const {
  return {G->G[Node].Kind, G->G[Node].Name, G->G[Node].Detail,
          G->G[Node].DetailLoc};
}

std::vector<NodeInfo> DepGraph::nodes() const {
  std::vector<NodeInfo> Out;
  for (const auto &[Key, V] : G->Index)
    Out.push_back(info(V));
  return Out; // The index map is ordered by (kind, name).
}

std::vector<EdgeInfo> DepGraph::edges() const {
  std::vector<EdgeInfo> Out;
  for (auto E : boost::make_iterator_range(boost::edges(G->G)))
    Out.push_back(withEnds(G->G, E));
  // By names, then kind and location: ranks computed once, so that a
  // million edges are not sorted by copying strings.
  std::vector<size_t> ByName(boost::num_vertices(G->G));
  for (size_t I = 0; I < ByName.size(); ++I)
    ByName[I] = I;
  std::sort(ByName.begin(), ByName.end(), [&](size_t A, size_t B) {
    return std::forward_as_tuple(G->G[A].Name, G->G[A].Kind) <
           std::forward_as_tuple(G->G[B].Name, G->G[B].Kind);
  });
  std::vector<size_t> Rank(ByName.size());
  for (size_t I = 0; I < ByName.size(); ++I)
    Rank[ByName[I]] = I;
  std::sort(Out.begin(), Out.end(), [&](const EdgeInfo &A, const EdgeInfo &B) {
    return std::make_tuple(Rank[A.From], Rank[A.To], int(A.Kind), A.Loc.tie()) <
           std::make_tuple(Rank[B.From], Rank[B.To], int(B.Kind), B.Loc.tie());
  });
  return Out;
}

std::optional<size_t> DepGraph::find(const std::string &Name) const {
  for (NodeKind K : {NodeKind::Stage, NodeKind::Dataset, NodeKind::Model,
                     NodeKind::Table, NodeKind::Config}) {
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
  // The index map is ordered by (kind, name): its order is the rank.
  std::vector<size_t> Rank(boost::num_vertices(G->G));
  size_t R = 0;
  for (const auto &Entry : G->Index)
    Rank[Entry.second] = R++;
  std::sort(Found.begin(), Found.end(),
            [&](size_t A, size_t B) { return Rank[A] < Rank[B]; });
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
        return std::forward_as_tuple(G->G[A].Kind, G->G[A].Name) <
               std::forward_as_tuple(G->G[B].Kind, G->G[B].Name);
      });
      Out.push_back(std::move(S));
    }
  std::sort(Out.begin(), Out.end(), [&](const auto &A, const auto &B) {
    return G->G[A.front()].Name < G->G[B.front()].Name;
  });
  return Out;
}

bool isModelPath(llvm::StringRef Path) {
  if (Path.startswith("models/") || Path.contains("/models/"))
    return true;
  for (llvm::StringRef Ext : {".model", ".onnx", ".pt", ".pth", ".pb", ".ubj",
                              ".bst", ".ftz"})
    if (Path.endswith(Ext))
      return true;
  return false;
}

NodeKind datasetKind(const facts::Program &P, const std::string &Path,
                     const std::string &Artifact) {
  if (Artifact == "table")
    return NodeKind::Table;
  if (const config::DatasetSpec *D = P.Manifest ? P.Manifest->dataset(Path) : nullptr)
    if (D->Model)
      return NodeKind::Model;
  if (Artifact == "model" || isModelPath(Path))
    return NodeKind::Model;
  return NodeKind::Dataset;
}

namespace {

std::string unresolvedName(const report::Location &L) {
  return "unresolved " + L.Path + ":" + std::to_string(L.Line) + ":" +
         std::to_string(L.Column);
}

/// The first call of \p Calls that \p Reach contains, by location.
const facts::ApiCall *firstReached(const facts::Program &P,
                                   const std::set<std::string> &Reach,
                                   std::vector<facts::ApiCall> facts::TUFacts::*Calls) {
  const facts::ApiCall *Best = nullptr;
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::ApiCall &C : TU.*Calls)
      if (Reach.count(facts::Program::nodeOf(TU, C.FunctionUSR)) &&
          (!Best || C.Loc < Best->Loc))
        Best = &C;
  return Best;
}

} // namespace

DepGraph buildDepGraph(const facts::Program &P) {
  DepGraph D;
  AccessResolver Resolver(P);
  std::vector<std::vector<ResolvedAccess>> Accesses;
  for (const facts::Stage &S : P.Stages)
    Accesses.push_back(Resolver.accessesOf(S));

  // Insert nodes in a fixed order so vertex indices never depend on the
  // order TUs were analyzed in.
  for (const facts::Stage &S : P.Stages)
    D.node(NodeKind::Stage, S.Name);
  std::set<std::pair<NodeKind, std::string>> Others;
  std::map<std::string, std::pair<std::string, report::Location>> Why;
  auto AddConfig = [&](const std::string &C) {
    Others.insert({NodeKind::Config, C});
    if (const config::EffectiveConfig *E = P.Configs->find(C))
      for (const std::string &B : E->Bases)
        Others.insert({NodeKind::Config, B});
  };
  for (size_t I = 0; I < P.Stages.size(); ++I) {
    for (const std::string &C : P.Stages[I].Configs)
      AddConfig(C);
    for (const ResolvedAccess &A : Accesses[I]) {
      if (!A.Why.empty()) {
        std::string Name = unresolvedName(A.Access->Loc);
        Others.insert({NodeKind::Unresolved, Name});
        Why[Name] = {A.Why, A.WhyLoc};
      } else if (P.Configs->find(A.Path)) {
        AddConfig(A.Path);
      } else {
        Others.insert({datasetKind(P, A.Path, A.Access->Artifact), A.Path});
      }
    }
  }
  for (const auto &[Kind, Name] : Others)
    D.node(Kind, Name);
  for (const auto &[Name, Text] : Why)
    D.setDetail(D.node(NodeKind::Unresolved, Name), Text.first, Text.second);

  for (const auto &[Kind, Name] : Others) {
    if (Kind != NodeKind::Config)
      continue;
    if (const config::EffectiveConfig *E = P.Configs->find(Name))
      for (const std::string &B : E->Bases)
        D.addEdge({D.node(NodeKind::Config, B), D.node(Kind, Name),
                   EdgeKind::Extends, {}, "", "", {}, {}, ""});
  }
  for (size_t I = 0; I < P.Stages.size(); ++I) {
    const facts::Stage &S = P.Stages[I];
    size_t Stage = D.node(NodeKind::Stage, S.Name);
    for (const std::string &C : S.Configs) {
      auto Sites = S.LoadSites.find(C);
      report::Location L = Sites != S.LoadSites.end() && !Sites->second.empty()
                               ? Sites->second.front()
                               : report::Location{};
      D.addEdge({D.node(NodeKind::Config, C), Stage, EdgeKind::Configures, L,
                 "", "", {}, {}, ""});
    }
    for (const ResolvedAccess &A : Accesses[I]) {
      EdgeInfo E{0, 0, EdgeKind::Reads, A.Access->Loc, A.ViaConfig, A.ViaKey,
                 A.ViaLoc, A.CallSites, A.Access->Api};
      size_t Data;
      if (!A.Why.empty()) {
        Data = D.node(NodeKind::Unresolved, unresolvedName(A.Access->Loc));
      } else if (P.Configs->find(A.Path)) {
        E.From = D.node(NodeKind::Config, A.Path);
        E.To = Stage;
        E.Kind = EdgeKind::Configures;
        D.addEdge(E);
        continue;
      } else {
        Data = D.node(datasetKind(P, A.Path, A.Access->Artifact), A.Path);
      }
      if (A.Access->Mode != config::Access::Write) {
        E.From = Data;
        E.To = Stage;
        E.Kind = EdgeKind::Reads;
        D.addEdge(E);
      }
      if (A.Access->Mode != config::Access::Read) {
        E.From = Stage;
        E.To = Data;
        E.Kind = EdgeKind::Writes;
        D.addEdge(E);
      }
    }
    std::set<std::string> Reach = P.reachable(S);
    StageModelUse &Use = D.modelUse(Stage);
    if (const facts::ApiCall *C = firstReached(P, Reach, &facts::TUFacts::Predictions)) {
      Use.Predict = C->Loc;
      Use.PredictApi = C->Api;
    }
    if (const facts::ApiCall *C = firstReached(P, Reach, &facts::TUFacts::Trains)) {
      Use.Train = C->Loc;
      Use.TrainApi = C->Api;
    }
  }
  return D;
}

} // namespace bel::deps
