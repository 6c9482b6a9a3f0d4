// The other half.
#include <fstream>
int main() {
  std::ifstream in("data/y.csv");
  std::ofstream out("data/x.csv");
  return 0;
}
