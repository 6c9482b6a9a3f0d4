// Reads the log, feeds nothing back.
#include <fstream>
int main() {
  std::ifstream in("data/log.csv");
  std::ofstream out("data/report.csv");
  return 0;
}
