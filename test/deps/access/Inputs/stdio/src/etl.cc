#include <cstdio>
namespace vfs {
// Near miss: a function named fopen in another namespace.
FILE *fopen(const char *path, const char *mode);
} // namespace vfs
int main(int argc, char **argv) {
  FILE *In = fopen("data/in.csv", "r");
  FILE *Out = std::fopen("data/out.csv", "wb");
  FILE *Log = fopen("data/log.txt", "a");
  FILE *Db = fopen("data/db.bin", "r+");
  FILE *Any = fopen("data/any.bin", argv[1]); // Unknown mode: both.
  freopen("data/stdout.txt", "w", Out);
  vfs::fopen("data/virtual.csv", "r");
  std::rename("data/tmp.csv", "data/final.csv");
  remove("data/stale.csv");
  (void)In, (void)Log, (void)Db, (void)Any;
}
