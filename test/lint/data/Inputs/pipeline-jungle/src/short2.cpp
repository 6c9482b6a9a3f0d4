// The short chain: two scratch files, as many as allowed.
#include <fstream>
int main() {
  std::ifstream in("tmp/short1.csv");
  std::ofstream out("tmp/short2.csv");
  return 0;
}
