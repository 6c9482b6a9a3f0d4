// Predicts with retrain's own model: its outputs feed retrain in a loop.
#include <fstream>
#include "model.h"
int main() {
  std::ifstream in("models/retrained.model");
  Model M;
  double S = M.Predict(1.0);
  std::ofstream out("data/self_scores.csv");
  return S > 0;
}
