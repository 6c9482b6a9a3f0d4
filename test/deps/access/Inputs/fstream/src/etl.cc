#include <fstream>
#include <string>
// Near miss: a class of the project with an open method.
struct Archive {
  void open(const char *path);
};
int main() {
  std::ifstream Raw("data/raw.csv");
  std::ofstream Clean("data/clean.csv");
  std::fstream Index("data/index.bin");
  std::ifstream Lookup;
  Lookup.open("data/lookup.csv");
  std::ofstream Report;
  Report.open(std::string("data/report.txt"));
  std::ifstream Unopened; // Default-constructed: no file.
  Archive A;
  A.open("data/archive.tar");
}
