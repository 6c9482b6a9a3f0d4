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

enum class NodeKind { Stage, Dataset, Config };
enum class EdgeKind { Reads, Writes, Configures };

const char *nodeKindName(NodeKind K);
const char *edgeKindName(EdgeKind K);

struct NodeInfo {
  NodeKind Kind;
  std::string Name; ///< Stage name, or the dataset's / config's path.
};

struct EdgeInfo {
  size_t From, To;
  EdgeKind Kind;
  report::Location Loc; ///< The access in the code (none for manifest ties).
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

  /// All nodes, by kind then name; all edges, by (from, to, kind, location).
  std::vector<NodeInfo> nodes() const;
  std::vector<EdgeInfo> edges() const;
  NodeInfo info(size_t Node) const;

  /// Graphviz DOT, nodes shaped by kind, deterministic.
  void writeDot(llvm::raw_ostream &OS) const;

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

/// Builds the graph from the program: every resolved data access of a
/// stage's TU and every tied config. Accesses in library TUs name datasets
/// but no stage until calls are linked across TUs.
DepGraph buildDepGraph(const facts::Program &P);

} // namespace bel::deps

#endif // BEL_DEPS_DEPGRAPH_H
