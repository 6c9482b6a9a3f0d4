// Half of a loop without a model.
#include <fstream>
int main() {
  std::ifstream in("data/x.csv");
  std::ofstream out("data/y.csv");
  return 0;
}
