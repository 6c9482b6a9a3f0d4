//===- SqlTables.h - the tables an SQL statement reads and writes -*- C++ -*-===//
//
// A small scanner, not a parser: enough of SQL to name the datasets of
// literal statements passed to sqlite3_exec or sqlite3_prepare. SELECT ...
// FROM t and JOIN t read t; INSERT INTO t, REPLACE INTO t, UPDATE t,
// DELETE FROM t and CREATE TABLE t [AS SELECT ...] write it; the names of
// common table expressions (WITH x AS (...)) are none. Several
// statements may be separated by ';'. Names are lowercased, quotes and a
// schema prefix (main.t) removed.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_SQLTABLES_H
#define BEL_ANALYSIS_SQLTABLES_H

#include "llvm/ADT/StringRef.h"

#include <set>
#include <string>

namespace bel::analysis {

struct SqlTables {
  std::set<std::string> Reads, Writes;
};

/// The tables \p Sql reads and writes.
SqlTables sqlTables(llvm::StringRef Sql);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_SQLTABLES_H
