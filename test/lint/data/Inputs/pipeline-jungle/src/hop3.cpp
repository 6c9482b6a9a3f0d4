// Third hop.
#include <fstream>
int main() {
  std::ifstream in("tmp/b.csv");
  std::ofstream out("tmp/c.csv");
  return 0;
}
