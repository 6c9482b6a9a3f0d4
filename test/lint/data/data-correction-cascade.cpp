// A model trained on another model's predictions, reported at the read that
// brings them in; serving, and training on one's own predictions, are not
// cascades.
// RUN: rm -rf %t && cp -r %S/Inputs/data-correction-cascade %t && cp %s %t/src/correct.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=data-correction-cascade %t/src/correct.cpp %t/src/rank_train.cpp %t/src/score.cpp %t/src/serve.cpp %t/src/self_score.cpp %t/src/retrain.cpp %t/src/fit.cpp -- %cxxflags -I%t/src \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %bel_lint --root %t --cache-dir= --rules=data-correction-cascade --format=sarif %t/src/correct.cpp %t/src/rank_train.cpp %t/src/score.cpp -- %cxxflags -I%t/src \
// RUN:   | FileCheck %s --check-prefix=SARIF
#include <fstream>
#include "model.h"

// CHECK: src/correct.cpp:[[@LINE+2]]:17: warning: correction cascade: stage 'correct' trains a model on the predictions of stage 'score', made with 'Model::Predict' (models/ranker.model) [data-correction-cascade]
int main() {
  std::ifstream scores("data/scores.csv");
  // CHECK: src/score.cpp:7:14: note: the other model's prediction
  // CHECK: src/correct.cpp:[[@LINE+2]]:3: note: the training
  Model M;
  M.Train(nullptr, 0);
  std::ofstream out("models/corrector.model");
  return 0;
}
// CHECK: src/fit.cpp:5:17: warning: correction cascade: stage 'fit' trains a model on the predictions of stage 'score', made with 'Model::Predict' (models/ranker.model) [data-correction-cascade]

// SARIF: "text": "from the other model's predictions to this training"
// SARIF: "text": "stage 'score' writes 'data/scores.csv'"
// SARIF: "text": "stage 'correct' reads 'data/scores.csv'"
// SARIF: "ruleId": "data-correction-cascade"
