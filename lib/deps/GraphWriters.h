//===- GraphWriters.h - a DepGraph, or part of it, as GraphML or DOT -*- C++
//-*-===//
//
// Terms: a node's *id* in the output is `n<i>`, where i is its position in
// DepGraph::nodes() (by kind, then name), so the same node has the same id in
// the whole graph and in any subset of it; an edge's id is `e<j>`, its
// position in DepGraph::edges(). A *subset* is a set of node indices (as
// DepGraph::node() and closure() return them); it is drawn with every edge
// whose two ends are in it. Output depends only on the graph and the set,
// never on the order of the indices passed.
//===----------------------------------------------------------------------===//
#ifndef BEL_DEPS_GRAPHWRITERS_H
#define BEL_DEPS_GRAPHWRITERS_H

#include "deps/DepGraph.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace bel::deps {

/// Writes the whole graph as GraphML (directed; node keys `kind` and `name`,
/// edge keys `kind` and `location`).
void writeGraphML(const DepGraph &G, llvm::raw_ostream &OS);

/// Writes the subset \p Nodes of \p G as GraphML.
void writeGraphML(const DepGraph &G, llvm::ArrayRef<size_t> Nodes,
                  llvm::raw_ostream &OS);

/// Writes the whole graph as Graphviz DOT, nodes shaped by kind.
void writeDot(const DepGraph &G, llvm::raw_ostream &OS);

/// Writes the subset \p Nodes of \p G as Graphviz DOT; \p Focus, if set and
/// in the subset, is drawn bold.
void writeDot(const DepGraph &G, llvm::ArrayRef<size_t> Nodes,
              llvm::raw_ostream &OS,
              std::optional<size_t> Focus = std::nullopt);

/// Renders the DOT text \p Dot as SVG by running Graphviz (\p DotProgram, the
/// path of its `dot`) on temporary files, which it removes.
llvm::Expected<std::string> renderSvg(llvm::StringRef Dot,
                                      llvm::StringRef DotProgram);

} // namespace bel::deps

#endif // BEL_DEPS_GRAPHWRITERS_H
