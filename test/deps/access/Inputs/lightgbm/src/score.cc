#include <LightGBM/c_api.h>
int main() {
  BoosterHandle Booster;
  int Iterations;
  LGBM_BoosterCreateFromModelfile("out/gbm.txt", &Iterations, &Booster);
  // Near miss: a model from a string is no file.
  LGBM_BoosterLoadModelFromString("tree\n", &Iterations, &Booster);
  LGBM_BoosterPredictForFile(Booster, "data/test.tsv", 1, C_API_PREDICT_NORMAL,
                             0, -1, "", "out/scores.tsv");
}
