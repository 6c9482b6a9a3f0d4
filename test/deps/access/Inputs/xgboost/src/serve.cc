#include <xgboost/c_api.h>
// Near miss: a project helper whose name starts like the API's.
static int XGBoosterLoadModelFrom(BoosterHandle, const char *) { return 0; }
int main() {
  BoosterHandle Booster;
  XGBoosterCreate(nullptr, 0, &Booster);
  XGBoosterLoadModel(Booster, "out/booster.json");
  XGBoosterLoadModelFromBuffer(Booster, "raw", 3); // A buffer, not a file.
  XGBoosterLoadModelFrom(Booster, "out/other.json");
  DMatrixHandle Rows;
  XGDMatrixCreateFromMat(nullptr, 0, 0, 0.f, &Rows);
  bst_ulong Len;
  const float *Out;
  XGBoosterPredict(Booster, Rows, 0, 0, 0, &Len, &Out);
}
