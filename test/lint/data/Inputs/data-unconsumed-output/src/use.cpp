// Reads one of the outputs.
#include <fstream>
int main() {
  std::ifstream in("data/used.csv");
  return 0;
}
