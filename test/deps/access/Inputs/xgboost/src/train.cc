#include <xgboost/c_api.h>
int main() {
  DMatrixHandle Train;
  XGDMatrixCreateFromFile("data/train.libsvm", 1, &Train);
  BoosterHandle Booster;
  XGBoosterCreate(&Train, 1, &Booster);
  for (int I = 0; I < 10; ++I)
    XGBoosterUpdateOneIter(Booster, I, Train);
  XGBoosterSaveModel(Booster, "out/booster.json");
  XGDMatrixSaveBinary(Train, "cache/train.buffer", 1);
}
