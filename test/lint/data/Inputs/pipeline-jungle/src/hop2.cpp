// Second hop of the long chain.
#include <fstream>
int main() {
  std::ifstream in("tmp/a.csv");
  std::ofstream out("tmp/b.csv");
  return 0;
}
