//===- DepGraph.h - the data-dependency graph of a pipeline ----*- C++ -*-===//
//
// Nodes are stages, datasets and configs; edges say that a stage reads a
// dataset, writes one, or is configured by a config. Boost.Graph stays
// behind this header: callers see names and indices only.
//===----------------------------------------------------------------------===//
#ifndef BEL_DEPS_DEPGRAPH_H
#define BEL_DEPS_DEPGRAPH_H

#include "facts/Program.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bel::deps {

/// Datasets are files or tables; models are model artifacts (the manifest's
/// `kind: model`, a file under models/, a model extension, or a model API's
/// file); an unresolved node stands for a source bel cannot name, so that a
/// closure never silently leaves it out.
enum class NodeKind { Stage, Dataset, Model, Table, Config, Unresolved };
enum class EdgeKind { Reads, Writes, Configures, Extends };

const char *nodeKindName(NodeKind K);
const char *edgeKindName(EdgeKind K);

struct NodeInfo {
  NodeKind Kind;
  std::string Name;   ///< Stage name, or the dataset's / config's path.
  std::string Detail; ///< Unresolved: why.
  report::Location DetailLoc; ///< Unresolved: the expression that is why.
};

struct EdgeInfo {
  size_t From, To;
  EdgeKind Kind;
  report::Location Loc; ///< The access in the code (none for manifest ties).
  /// A path that came from a config value: the config, the key, and where
  /// the config sets it.
  std::string ViaConfig, ViaKey;
  report::Location ViaLoc;
  /// Call sites the path passed through to reach the access.
  std::vector<report::Location> CallSites;
  std::string Api; ///< The API of the access.
};

/// What a stage does with models: the first prediction and training call
/// its main reaches (Line 0: none).
struct StageModelUse {
  report::Location Predict, Train;
  std::string PredictApi, TrainApi;
};

class DepGraph {
public:
  DepGraph();
  ~DepGraph();
  DepGraph(DepGraph &&);
  DepGraph &operator=(DepGraph &&);

  /// The node named \p Name of kind \p K, added when new.
  size_t node(NodeKind K, const std::string &Name);
  void addEdge(size_t From, size_t To, EdgeKind K, const report::Location &L);
  /// Adds \p E (its From and To) unless the same edge is there already.
  void addEdge(const EdgeInfo &E);
  void setDetail(size_t Node, const std::string &Detail,
                 const report::Location &Where = {});
  size_t size() const;

  /// The edges into and out of \p Node, in insertion order.
  std::vector<EdgeInfo> inEdges(size_t Node) const;
  std::vector<EdgeInfo> outEdges(size_t Node) const;

  /// What a stage node does with models.
  StageModelUse &modelUse(size_t Stage);
  const StageModelUse *modelUse(size_t Stage) const;

  /// All nodes, by kind then name; all edges, by (from, to, kind, location).
  std::vector<NodeInfo> nodes() const;
  std::vector<EdgeInfo> edges() const;
  NodeInfo info(size_t Node) const;

  /// The node named \p Name: a stage name, or a dataset's or config's path
  /// (normalized); stages first.
  std::optional<size_t> find(const std::string &Name) const;

  /// Everything \p Node depends on (upstream: what flows into it) or that
  /// depends on it (downstream), transitively, \p Node excluded; sorted by
  /// kind, then name.
  std::vector<size_t> closure(size_t Node, bool Upstream) const;

  /// The cycles: strongly connected sets of more than one node (a stage whose
  /// output reaches its own input), each sorted, in a fixed order.
  std::vector<std::vector<size_t>> cycles() const;

private:
  struct Impl;
  std::unique_ptr<Impl> G;
};

/// The kind of the dataset \p Path names: Model for the manifest's
/// `kind: model`, files under models/ and model extensions (.model .onnx
/// .pt .pth .pb .ubj .bst .ftz), and what a model API opens.
NodeKind datasetKind(const facts::Program &P, const std::string &Path,
                     const std::string &Artifact);

/// Builds the graph from the program: every data access a stage's main
/// reaches (in any TU), resolved per stage; every tied config, and the
/// bases configs extend.
DepGraph buildDepGraph(const facts::Program &P);

} // namespace bel::deps

#endif // BEL_DEPS_DEPGRAPH_H
