// A declared consumer.
#include <fstream>
int main() {
  std::ifstream in("data/features/test.csv");
  return 0;
}
