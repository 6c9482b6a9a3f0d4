#include <LightGBM/c_api.h>
int main() {
  DatasetHandle Train;
  LGBM_DatasetCreateFromFile("data/train.tsv", "header=true", nullptr, &Train);
  LGBM_DatasetSaveBinary(Train, "cache/train.bin");
  BoosterHandle Booster;
  LGBM_BoosterCreate(Train, "objective=binary", &Booster);
  int Done = 0;
  while (!Done)
    LGBM_BoosterUpdateOneIter(Booster, &Done);
  LGBM_BoosterSaveModel(Booster, 0, -1, C_API_FEATURE_IMPORTANCE_SPLIT,
                        "out/gbm.txt");
}
