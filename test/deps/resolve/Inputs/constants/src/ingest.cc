#include <fstream>
#include <string>
const char *const RawPath = "data/raw.csv";
constexpr const char *CleanPath = "data/clean.csv";
static const std::string LogPath = "data/ingest.log";
namespace paths {
constexpr char Report[] = "data/report.txt";
} // namespace paths
// Near miss: a global that may change is no constant.
const char *Scratch = "data/scratch.csv";
void setScratch(const char *P) { Scratch = P; }
int main() {
  std::ifstream In(RawPath);
  std::ofstream Out(CleanPath);
  std::ofstream Log(LogPath);
  std::ofstream Report(paths::Report);
  std::ofstream Tmp(Scratch);
}
