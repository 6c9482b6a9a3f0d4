// Predictions compared with literals: a returned prediction held in a
// variable, an out argument, a direct comparison; thresholds that are
// variables or config values stay silent.
// RUN: rm -rf %t && mkdir -p %t/src %t/bel && cp %s %t/src/serve.cpp
// RUN: cp %S/Inputs/code-fixed-threshold/pack.yaml %t/bel/ && printf 'rule_packs: [bel/pack.yaml]\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-fixed-threshold %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
struct Model {
  double Predict(const double *X) const;
};
int BoosterPredict(void *H, int N, const float **Out);

int main() {
  Model M;
  double X[2] = {1, 2};
  double Score = M.Predict(X);
  if (Score > 0.73)
    return 1;
  // CHECK: src/serve.cpp:[[@LINE-2]]:7: warning: a prediction of 'Model::Predict' is compared with the fixed threshold 0.73 [code-fixed-threshold]
  // CHECK: src/serve.cpp:[[@LINE-4]]:18: note: the prediction
  const float *Out = nullptr;
  BoosterPredict(nullptr, 2, &Out);
  bool Positive = 0.5 <= Out[0];
  // CHECK: src/serve.cpp:[[@LINE-1]]:19: warning: a prediction of 'BoosterPredict' is compared with the fixed threshold 0.5 [code-fixed-threshold]
  if (M.Predict(X) < -1.5)
    return 2;
  // CHECK: src/serve.cpp:[[@LINE-2]]:7: warning: a prediction of 'Model::Predict' is compared with the fixed threshold -1.5 [code-fixed-threshold]
  double Threshold = 0.6;
  double Other = 3.0;
  return (Score >= Threshold) + Positive + (Other > 2.0);
}
