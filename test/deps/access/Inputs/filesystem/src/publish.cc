#include <filesystem>
namespace fs = std::filesystem;
namespace backup {
// Near miss: a project function named copy.
void copy(const char *from, const char *to);
} // namespace backup
int main() {
  fs::path Out = "out";
  fs::copy("data/features", Out / "features");
  fs::copy_file("data/labels.csv", "out/labels.csv",
                fs::copy_options::overwrite_existing);
  fs::rename("out/tmp.csv", "out/final.csv");
  fs::remove("out/stale.csv");
  fs::remove_all("out/scratch");
  if (fs::exists("data/extra.csv")) // Not an access.
    backup::copy("data/extra.csv", "backup/extra.csv");
}
