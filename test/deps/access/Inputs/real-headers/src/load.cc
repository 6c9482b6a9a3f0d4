#include <sqlite3.h>
int main() {
  sqlite3 *Db;
  sqlite3_open_v2("data/warehouse.db", &Db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt *S;
  sqlite3_prepare_v2(Db, "SELECT * FROM events JOIN users USING (uid)", -1, &S,
                     nullptr);
  sqlite3_exec(Db, "INSERT INTO scores VALUES (1)", nullptr, nullptr, nullptr);
  sqlite3_close(Db);
}
