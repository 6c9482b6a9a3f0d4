// A stage that predicts: what it writes is a model's output.
#include <fstream>
struct Model {
  double Predict(double) const;
};
int main() {
  std::ifstream in("models/m.model");
  Model M;
  std::ofstream out("data/scores.csv");
  double Score = M.Predict(1.0);
  return Score > 0;
}
