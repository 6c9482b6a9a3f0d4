// Reads of data that may change: a model's output, a dataset the manifest
// declares unstable or requires pinned without a pin; a pinned input and
// the output of a stage that does not predict stay silent.
// RUN: rm -rf %t && cp -r %S/Inputs/data-unstable-dependency %t && cp %s %t/src/consume.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=data-unstable-dependency %t/src/consume.cpp %t/src/score.cpp %t/src/clean.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
#include <fstream>

int main() {
  std::ifstream scores("data/scores.csv");
  // CHECK: src/consume.cpp:[[@LINE-1]]:17: warning: stage 'consume' reads 'data/scores.csv', which stage 'score' writes from the predictions of 'Model::Predict' [data-unstable-dependency]
  // CHECK: src/score.cpp:9:17: note: stage 'score' writes 'data/scores.csv'
  // CHECK: src/score.cpp:10:18: note: the prediction
  std::ifstream labels("data/raw/labels.csv");
  // CHECK: src/consume.cpp:[[@LINE-1]]:17: warning: stage 'consume' reads 'data/raw/labels.csv', which the manifest declares unstable (owned by 'labelling') [data-unstable-dependency]
  // CHECK: .bel.yaml:3:3: note: declared unstable here
  std::ifstream clicks("data/raw/clicks.csv");
  // CHECK: src/consume.cpp:[[@LINE-1]]:17: warning: stage 'consume' reads 'data/raw/clicks.csv', which is not pinned to a version, as the manifest's 'pinned_datasets' asks [data-unstable-dependency]
  std::ifstream manual("data/manual.csv");
  // CHECK: src/consume.cpp:[[@LINE-1]]:17: warning: stage 'consume' reads 'data/manual.csv', which the manifest declares a model's output [data-unstable-dependency]
  std::ifstream events("data/raw/events.csv");
  std::ifstream clean("data/clean.csv");
  return 0;
}
