// Trains (a train API) on the first model's scores and saves nothing.
#include <fstream>
#include "model.h"
int main() {
  std::ifstream in("data/scores.csv");
  Model M;
  M.Train(nullptr, 0);
  return 0;
}
