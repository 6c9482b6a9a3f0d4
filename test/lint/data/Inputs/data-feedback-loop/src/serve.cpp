// Serves the model and logs its predictions.
#include <fstream>
struct Model {
  double Predict(double) const;
};
int main() {
  std::ifstream model("models/m.model");
  Model M;
  double Score = M.Predict(1.0);
  std::ofstream log("data/log.csv");
  return Score > 0;
}
