//===- Metrics.h - bel-lint --metrics: the glue table ----------*- C++ -*-===//
#ifndef BEL_LINT_METRICS_H
#define BEL_LINT_METRICS_H

#include "facts/Program.h"

#include "llvm/Support/raw_ostream.h"

namespace bel::lint {

/// Per file and per stage (the functions its main reaches): functions,
/// statements, glue statements and the glue ratio, as aligned tables.
void printMetrics(const facts::Program &P, llvm::raw_ostream &OS);

} // namespace bel::lint

#endif // BEL_LINT_METRICS_H
