//===- DataGraph.h - what the data rules ask of the graph ------*- C++ -*-===//
//
// Small questions about the data-dependency graph that several data rules
// share: who writes or reads a dataset, the shortest chain between two
// nodes, and that chain as a SARIF code flow.
//===----------------------------------------------------------------------===//
#ifndef BEL_RULES_DATA_DATAGRAPH_H
#define BEL_RULES_DATA_DATAGRAPH_H

#include "deps/DepGraph.h"
#include "report/Finding.h"

#include <functional>
#include <optional>
#include <vector>

namespace bel::rules::data {

/// Files, model artifacts and tables: what stages read and write.
bool isData(deps::NodeKind K);

/// The write edges into \p Data, the read edges out of it.
std::vector<deps::EdgeInfo> writersOf(const deps::DepGraph &G, size_t Data);
std::vector<deps::EdgeInfo> readersOf(const deps::DepGraph &G, size_t Data);

/// Whether the stage predicts (a predict API its main reaches).
bool predicts(const deps::DepGraph &G, size_t Stage);

/// "stage 'ingest' reads 'data/raw/events.csv'", for notes and flows.
std::string describe(const deps::DepGraph &G, const deps::EdgeInfo &E);

/// The shortest chain of read and write edges from \p From to \p To (empty
/// when From == To), using only edges \p Allow accepts; std::nullopt when
/// there is none. Ties break by node index, so the chain is deterministic.
std::optional<std::vector<deps::EdgeInfo>>
shortestChain(const deps::DepGraph &G, size_t From, size_t To,
              const std::function<bool(const deps::EdgeInfo &)> &Allow);

/// \p Chain as a code flow, one step per edge.
report::CodeFlow flowOf(const deps::DepGraph &G,
                        const std::vector<deps::EdgeInfo> &Chain,
                        std::string Message);

/// "a → b → c" over the nodes of \p Chain.
std::string spell(const deps::DepGraph &G, const std::vector<deps::EdgeInfo> &Chain);

} // namespace bel::rules::data

#endif // BEL_RULES_DATA_DATAGRAPH_H
