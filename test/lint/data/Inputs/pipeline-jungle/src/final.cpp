// Consumes the chains.
#include <fstream>
int main() {
  std::ifstream in("tmp/c.csv");
  std::ifstream other("tmp/short2.csv");
  std::ofstream out("data/table.csv");
  return 0;
}
