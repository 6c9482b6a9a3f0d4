// graph_scale.cpp: DepGraph's build, closure and cycles on a generated graph
// of N nodes and M edges, next to a plain BFS and Tarjan on adjacency lists;
// also edges() and writeGraphML, which every whole-graph output goes through.
//
// The graph is pipeline-shaped: L layers alternate stages and datasets; each
// forward edge goes from a random node of layer t to one of layer t+1 (a stage
// writes a dataset, a dataset is read by a stage). Each back edge is a stage
// reading a dataset it writes, a cycle of two nodes. Everything comes from one
// std::mt19937_64 with a fixed seed, reduced with modulo (the distributions of
// <random> differ across standard libraries), so every run builds one graph.
#include "deps/DepGraph.h"
#include "deps/GraphWriters.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using bel::deps::DepGraph;
using bel::deps::EdgeKind;
using bel::deps::NodeKind;
using bel::report::Location;

namespace cl = llvm::cl;

static cl::opt<unsigned> NumNodes("nodes",
                                  cl::desc("Nodes (stages and datasets)"),
                                  cl::init(100000));
static cl::opt<unsigned> NumEdges("edges",
                                  cl::desc("Edges, back edges included"),
                                  cl::init(1000000));
static cl::opt<unsigned>
    NumBack("back-edges", cl::desc("Back edges, each a cycle of two nodes"),
            cl::init(100));
static cl::opt<unsigned>
    NumLayers("layers", cl::desc("Layers, stages and datasets alternating"),
              cl::init(100));
static cl::opt<unsigned>
    Runs("runs", cl::desc("Runs of each measurement (median)"), cl::init(5));
static cl::opt<uint64_t> Seed("seed", cl::desc("Seed of the generator"),
                              cl::init(42));

namespace {

struct Edge {
  uint32_t From, To;
  EdgeKind Kind;
};

/// The generated graph, as plain data: each node's kind and name, the nodes
/// of each layer, and the edges in the order they are added.
struct Pipeline {
  std::vector<NodeKind> Kinds;
  std::vector<std::string> Names;
  std::vector<Location> Sites; ///< The source file of each stage.
  std::vector<std::vector<uint32_t>> Layers;
  std::vector<Edge> Edges;
};

Pipeline generate() {
  Pipeline P;
  std::mt19937_64 Rng(Seed);
  auto pick = [&](const std::vector<uint32_t> &Layer) {
    return Layer[Rng() % Layer.size()];
  };
  P.Layers.resize(NumLayers);
  for (uint32_t V = 0; V < NumNodes; ++V) {
    // Round robin keeps the layers within one node of each other.
    unsigned L = V % NumLayers;
    uint32_t I = uint32_t(P.Layers[L].size());
    P.Layers[L].push_back(V);
    bool Stage = L % 2 == 0;
    P.Kinds.push_back(Stage ? NodeKind::Stage : NodeKind::Dataset);
    P.Names.push_back(Stage ? "stage_" + std::to_string(L) + "_" +
                                  std::to_string(I)
                            : "data/layer_" + std::to_string(L) + "/part_" +
                                  std::to_string(I) + ".parquet");
    P.Sites.push_back(
        Stage ? Location{"src/" + P.Names.back() + ".cpp", 12, 7, 12, 30}
              : Location{});
  }
  // Each back edge comes with the write that closes its cycle.
  uint64_t Forward = NumEdges - 2 * uint64_t(NumBack);
  P.Edges.reserve(NumEdges);
  for (uint64_t E = 0; E < Forward; ++E) {
    unsigned T = unsigned(E % (NumLayers - 1));
    P.Edges.push_back({pick(P.Layers[T]), pick(P.Layers[T + 1]),
                       T % 2 == 0 ? EdgeKind::Writes : EdgeKind::Reads});
  }
  // The stage layers that have a dataset layer after them.
  unsigned StageLayers = NumLayers / 2;
  for (unsigned B = 0; B < NumBack; ++B) {
    unsigned L = 2 * (B % StageLayers);
    uint32_t Stage = pick(P.Layers[L]), Data = pick(P.Layers[L + 1]);
    P.Edges.push_back({Stage, Data, EdgeKind::Writes});
    P.Edges.push_back({Data, Stage, EdgeKind::Reads});
  }
  return P;
}

/// The graph through DepGraph's own API; \p Index gets each node's index.
DepGraph build(const Pipeline &P, std::vector<size_t> &Index) {
  DepGraph G;
  Index.assign(P.Names.size(), 0);
  for (size_t V = 0; V < P.Names.size(); ++V)
    Index[V] = G.node(P.Kinds[V], P.Names[V]);
  for (const Edge &E : P.Edges) {
    uint32_t Stage = E.Kind == EdgeKind::Writes ? E.From : E.To;
    G.addEdge(Index[E.From], Index[E.To], E.Kind, P.Sites[Stage]);
  }
  return G;
}

/// Counts what is written to it, so a writer can run with no output.
class CountingStream : public llvm::raw_ostream {
  uint64_t Pos = 0;
  void write_impl(const char *, size_t Size) override { Pos += Size; }
  uint64_t current_pos() const override { return Pos; }

public:
  ~CountingStream() override { flush(); }
};

using Adjacency = std::vector<std::vector<uint32_t>>;

/// The anchor for closure(): breadth-first search, no sorting, no names.
size_t bfs(const Adjacency &Adj, uint32_t Start) {
  std::vector<char> Seen(Adj.size());
  std::vector<uint32_t> Queue{Start};
  Seen[Start] = 1;
  for (size_t Head = 0; Head < Queue.size(); ++Head)
    for (uint32_t W : Adj[Queue[Head]])
      if (!Seen[W]) {
        Seen[W] = 1;
        Queue.push_back(W);
      }
  return Queue.size() - 1; // Start excluded, as closure() does.
}

/// The anchor for cycles(): iterative Tarjan; the number of strongly
/// connected components of more than one node.
size_t tarjan(const Adjacency &Adj) {
  const uint32_t None = UINT32_MAX;
  std::vector<uint32_t> Index(Adj.size(), None), Low(Adj.size());
  std::vector<char> OnStack(Adj.size());
  std::vector<uint32_t> Stack;
  std::vector<std::pair<uint32_t, uint32_t>> Call; // (node, next child)
  uint32_t Next = 0;
  size_t Cycles = 0;
  for (uint32_t Root = 0; Root < Adj.size(); ++Root) {
    if (Index[Root] != None)
      continue;
    Call.push_back({Root, 0});
    Index[Root] = Low[Root] = Next++;
    Stack.push_back(Root);
    OnStack[Root] = 1;
    while (!Call.empty()) {
      auto &[V, Child] = Call.back();
      if (Child < Adj[V].size()) {
        uint32_t W = Adj[V][Child++];
        if (Index[W] == None) {
          Index[W] = Low[W] = Next++;
          Stack.push_back(W);
          OnStack[W] = 1;
          Call.push_back({W, 0});
        } else if (OnStack[W]) {
          Low[V] = std::min(Low[V], Index[W]);
        }
        continue;
      }
      uint32_t Done = V;
      Call.pop_back();
      if (!Call.empty())
        Low[Call.back().first] = std::min(Low[Call.back().first], Low[Done]);
      if (Low[Done] == Index[Done]) {
        size_t Size = 0;
        uint32_t W;
        do {
          W = Stack.back();
          Stack.pop_back();
          OnStack[W] = 0;
          ++Size;
        } while (W != Done);
        Cycles += Size > 1;
      }
    }
  }
  return Cycles;
}

double msSince(std::chrono::steady_clock::time_point Start) {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now() - Start)
      .count();
}

/// The times of one measurement, one per run.
struct Times {
  std::vector<double> Ms;
  void time(const std::function<void()> &F) {
    auto Start = std::chrono::steady_clock::now();
    F();
    Ms.push_back(msSince(Start));
  }
  double median() const {
    std::vector<double> S = Ms;
    std::sort(S.begin(), S.end());
    return S.size() % 2 ? S[S.size() / 2]
                        : (S[S.size() / 2 - 1] + S[S.size() / 2]) / 2;
  }
  std::string runs() const {
    std::string Out;
    char Buf[32];
    for (double M : Ms) {
      std::snprintf(Buf, sizeof(Buf), "%s%.1f", Out.empty() ? "" : " ", M);
      Out += Buf;
    }
    return Out;
  }
};

long peakRssKiB() {
  struct rusage U;
  getrusage(RUSAGE_SELF, &U);
  return U.ru_maxrss; // KiB on Linux.
}

void row(const char *Name, const Times &T, const char *What, size_t Count) {
  std::printf("%-28s %10.1f ms  %-9s %8zu   runs (ms): %s\n", Name, T.median(),
              What, Count, T.runs().c_str());
}

} // namespace

int main(int argc, char **argv) {
  cl::ParseCommandLineOptions(
      argc, argv,
      "bel-bench-graph-scale: DepGraph at scale, next to "
      "plain adjacency lists\n");
  if (NumLayers < 2 || NumNodes < NumLayers || Runs == 0 ||
      NumEdges < 2 * uint64_t(NumBack)) {
    std::fprintf(stderr, "bel-bench-graph-scale: error: need --layers >= 2, "
                         "--nodes >= --layers, --runs >= 1 and --edges >= "
                         "2 * --back-edges\n");
    return 2;
  }
  Pipeline P = generate();
  std::printf("bel-bench-graph-scale: %u nodes in %u layers, %u edges (%u back "
              "edges), seed %llu, median of %u runs\n",
              unsigned(NumNodes), unsigned(NumLayers), unsigned(NumEdges),
              unsigned(NumBack), (unsigned long long)Seed, unsigned(Runs));

  Times Build;
  DepGraph G;
  std::vector<size_t> Index;
  for (unsigned R = 0; R < Runs; ++R) {
    G = DepGraph(); // Free the last graph before timing the next.
    Build.time([&] { G = build(P, Index); });
  }
  long RssGraph = peakRssKiB();

  // The anchor's lists, in the indices DepGraph gave out, so a node is the
  // same node on both sides.
  Adjacency Out(P.Names.size()), In(P.Names.size());
  for (const Edge &E : P.Edges) {
    Out[Index[E.From]].push_back(uint32_t(Index[E.To]));
    In[Index[E.To]].push_back(uint32_t(Index[E.From]));
  }
  const uint32_t Last = P.Layers.back().front();
  const uint32_t First = P.Layers.front().front();

  Times Up, UpAnchor, Down, DownAnchor, Cyc, CycAnchor, EdgeList, GraphML;
  size_t NEdges = 0, NBytes = 0;
  size_t NUp = 0, NUpAnchor = 0, NDown = 0, NDownAnchor = 0, NCyc = 0,
         NCycAnchor = 0;
  // Interleaved, so that a busy moment of the machine hits both sides.
  for (unsigned R = 0; R < Runs; ++R) {
    Up.time([&] { NUp = G.closure(Index[Last], /*Upstream=*/true).size(); });
    UpAnchor.time([&] { NUpAnchor = bfs(In, uint32_t(Index[Last])); });
    Down.time(
        [&] { NDown = G.closure(Index[First], /*Upstream=*/false).size(); });
    DownAnchor.time([&] { NDownAnchor = bfs(Out, uint32_t(Index[First])); });
    Cyc.time([&] { NCyc = G.cycles().size(); });
    CycAnchor.time([&] { NCycAnchor = tarjan(Out); });
    // What every writer (graph --format=dot|graphml, list) starts with.
    EdgeList.time([&] { NEdges = G.edges().size(); });
    GraphML.time([&] {
      CountingStream Count;
      bel::deps::writeGraphML(G, Count);
      NBytes = size_t(Count.tell());
    });
  }

  row("build (node + addEdge)", Build, "nodes", P.Names.size());
  row("closure upstream (last)", Up, "reached", NUp);
  row("  anchor: BFS on vectors", UpAnchor, "reached", NUpAnchor);
  row("closure downstream (first)", Down, "reached", NDown);
  row("  anchor: BFS on vectors", DownAnchor, "reached", NDownAnchor);
  row("cycles", Cyc, "cycles", NCyc);
  row("  anchor: Tarjan on vectors", CycAnchor, "cycles", NCycAnchor);
  row("edges() (sorted)", EdgeList, "edges", NEdges);
  row("writeGraphML (whole graph)", GraphML, "bytes", NBytes);
  std::printf("peak RSS: %.1f MiB after the builds, %.1f MiB at the end\n",
              RssGraph / 1024.0, peakRssKiB() / 1024.0);
  std::printf("ratio closure/anchor: upstream %.1f, downstream %.1f; ratio "
              "cycles/anchor: %.1f\n",
              Up.median() / UpAnchor.median(),
              Down.median() / DownAnchor.median(),
              Cyc.median() / CycAnchor.median());
  if (NUp != NUpAnchor || NDown != NDownAnchor || NCyc != NCycAnchor ||
      NEdges != P.Edges.size()) {
    std::fprintf(stderr,
                 "bel-bench-graph-scale: error: DepGraph and the anchor "
                 "disagree on the graph\n");
    return 1;
  }
  return 0;
}
