// Scores with the first model.
#include <fstream>
#include "model.h"
int main() {
  std::ifstream in("models/ranker.model");
  Model M;
  double S = M.Predict(1.0);
  std::ofstream out("data/scores.csv");
  return S > 0;
}
