// Trains on its own model's predictions: a feedback loop, not a cascade.
#include <fstream>
int main() {
  std::ifstream in("data/self_scores.csv");
  std::ofstream out("models/retrained.model");
  return 0;
}
