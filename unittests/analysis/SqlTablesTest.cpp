//===- SqlTablesTest.cpp - the tables an SQL statement reads and writes ---===//
#include "analysis/SqlTables.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using bel::analysis::SqlTables;
using bel::analysis::sqlTables;

namespace {

using Names = std::set<std::string>;

/// Reads and writes of \p Sql, for one EXPECT per statement.
struct Expect {
  Names Reads, Writes;
};

void check(const char *Sql, const Expect &E) {
  SqlTables T = sqlTables(Sql);
  EXPECT_EQ(T.Reads, E.Reads) << Sql;
  EXPECT_EQ(T.Writes, E.Writes) << Sql;
}

TEST(SqlTables, SelectReadsTheTablesAfterFrom) {
  check("SELECT a, b FROM events WHERE a > 1", {{"events"}, {}});
  check("select * from Events", {{"events"}, {}}); // Case-insensitive.
}

TEST(SqlTables, JoinsReadEveryTable) {
  check("SELECT * FROM events e JOIN users u ON e.u = u.id "
        "LEFT OUTER JOIN sessions AS s USING (sid) CROSS JOIN days",
        {{"events", "users", "sessions", "days"}, {}});
}

TEST(SqlTables, CommaListsAndAliasesReadEveryTable) {
  check("SELECT * FROM a, b AS x, c y WHERE a.k = x.k", {{"a", "b", "c"}, {}});
}

TEST(SqlTables, SchemaPrefixIsDropped) {
  check("SELECT * FROM main.events JOIN aux.users ON 1", {{"events", "users"}, {}});
}

TEST(SqlTables, QuotedNamesAreUnquoted) {
  check("SELECT * FROM \"Events\" JOIN `users` ON 1 JOIN [splits] ON 1",
        {{"events", "users", "splits"}, {}});
  check("SELECT * FROM \"main\".\"events\"", {{"events"}, {}});
}

TEST(SqlTables, CommentsAndStringLiteralsHideNoTables) {
  check("SELECT * FROM events -- FROM secrets\n"
        "WHERE note = 'FROM hidden' /* JOIN others */",
        {{"events"}, {}});
}

TEST(SqlTables, SubqueriesReadTheirTablesToo) {
  check("SELECT * FROM (SELECT id FROM events) AS e "
        "WHERE e.id IN (SELECT id FROM users)",
        {{"events", "users"}, {}});
}

TEST(SqlTables, SubqueriesOfWritesReadTheirTables) {
  check("DELETE FROM stale WHERE id IN (SELECT id FROM runs)",
        {{"runs"}, {"stale"}});
  check("UPDATE runs SET best = (SELECT max(s) FROM scores) WHERE 1",
        {{"scores"}, {"runs"}});
}

TEST(SqlTables, CommonTableExpressionsAreNoTables) {
  check("WITH recent AS (SELECT * FROM events WHERE d > 3), "
        "top(u) AS (SELECT u FROM recent) "
        "SELECT * FROM recent JOIN top ON 1",
        {{"events"}, {}});
  check("WITH RECURSIVE n(x) AS (SELECT 1 UNION SELECT x + 1 FROM n) "
        "INSERT INTO numbers SELECT x FROM n",
        {{}, {"numbers"}});
}

TEST(SqlTables, InsertWritesItsTable) {
  check("INSERT INTO scores (id, s) VALUES (?, ?)", {{}, {"scores"}});
  check("INSERT INTO scores SELECT id, 1 FROM events", {{"events"}, {"scores"}});
}

TEST(SqlTables, InsertOrReplaceAndReplaceWrite) {
  check("INSERT OR REPLACE INTO scores VALUES (1)", {{}, {"scores"}});
  check("REPLACE INTO scores VALUES (1)", {{}, {"scores"}});
  check("INSERT OR IGNORE INTO main.scores VALUES (1)", {{}, {"scores"}});
}

TEST(SqlTables, UpdateWritesItsTable) {
  check("UPDATE runs SET done = 1 WHERE id = 2", {{}, {"runs"}});
  check("UPDATE OR ROLLBACK runs SET done = 1", {{}, {"runs"}});
}

TEST(SqlTables, DeleteFromWritesItsTable) {
  check("DELETE FROM stale WHERE day < 3", {{}, {"stale"}});
}

TEST(SqlTables, CreateTableWritesItAndReadsItsSelect) {
  check("CREATE TABLE IF NOT EXISTS features AS SELECT u, count(*) FROM events "
        "GROUP BY u",
        {{"events"}, {"features"}});
  check("CREATE TEMP TABLE scratch (id INTEGER)", {{}, {"scratch"}});
}

TEST(SqlTables, ReadAndWrittenTableIsInBoth) {
  check("INSERT INTO log SELECT * FROM log WHERE 0", {{"log"}, {"log"}});
}

TEST(SqlTables, SeveralStatementsAddUp) {
  check("DELETE FROM stale; UPDATE runs SET done = 1; "
        "SELECT * FROM labels;",
        {{"labels"}, {"stale", "runs"}});
}

TEST(SqlTables, NoTablesInOtherStatements) {
  check("PRAGMA journal_mode = WAL", {{}, {}});
  check("SELECT 1", {{}, {}});
  check("", {{}, {}});
  check("WITH x(a, b", {{}, {}}); // Cut short: no crash.
}

} // namespace
