// Serving predicts with both models and trains nothing: no cascade.
#include <fstream>
#include "model.h"
int main() {
  std::ifstream in("models/corrector.model");
  std::ifstream scores("data/scores.csv");
  Model M;
  double S = M.Predict(1.0);
  return S > 0;
}
