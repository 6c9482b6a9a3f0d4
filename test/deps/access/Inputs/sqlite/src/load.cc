#include <sqlite3.h>
#include <string>
// Near miss: SQL text handed to a function that is not SQLite's.
void logQuery(const char *sql);
int main(int argc, char **argv) {
  sqlite3 *Db;
  sqlite3_open("data/warehouse.db", &Db);
  sqlite3 *Cache;
  sqlite3_open_v2("data/cache.db", &Cache, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_exec(Db,
               "CREATE TABLE IF NOT EXISTS features AS "
               "SELECT e.user, count(*) FROM main.events AS e "
               "JOIN \"users\" u ON e.user = u.id GROUP BY e.user",
               nullptr, nullptr, nullptr);
  sqlite3_stmt *S;
  sqlite3_prepare_v2(Db, "SELECT * FROM labels, [splits] s WHERE s.k = 1", -1,
                     &S, nullptr);
  sqlite3_prepare_v3(Db, "INSERT OR REPLACE INTO scores VALUES (?, ?)", -1, 0,
                     &S, nullptr);
  sqlite3_prepare(Db, "DELETE FROM stale; UPDATE runs SET done = 1", -1, &S,
                  nullptr);
  std::string Query = std::string("SELECT * FROM ") + argv[1];
  sqlite3_exec(Db, Query.c_str(), nullptr, nullptr, nullptr);
  logQuery("SELECT * FROM audit");
}
