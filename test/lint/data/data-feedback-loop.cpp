// Cycles in the data-dependency graph: a model trained on its own served
// predictions is reported at the read of the predictions; a cycle without
// models once, at its first read; a stage that only reads the log is no loop.
// RUN: rm -rf %t && cp -r %S/Inputs/data-feedback-loop %t && cp %s %t/src/train.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=data-feedback-loop %t/src/train.cpp %t/src/serve.cpp %t/src/a.cpp %t/src/b.cpp %t/src/report.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %bel_lint --root %t --cache-dir= --rules=data-feedback-loop --format=sarif -o %t/out.sarif %t/src/train.cpp %t/src/serve.cpp %t/src/a.cpp %t/src/b.cpp %t/src/report.cpp -- %cxxflags
// RUN: FileCheck %s --check-prefix=SARIF < %t/out.sarif
// CHECK: src/a.cpp:4:17: warning: feedback loop: stage 'a' reads 'data/x.csv', which its own outputs flow into (a -> data/y.csv -> b -> data/x.csv -> a) [data-feedback-loop]
// CHECK: src/b.cpp:5:17: note: stage 'b' writes 'data/x.csv'
#include <fstream>

int main() {
  std::ifstream log("data/log.csv");
  // CHECK: src/train.cpp:[[@LINE-1]]:17: warning: feedback loop: stage 'train' reads 'data/log.csv', which its own outputs flow into (train -> models/m.model -> serve -> data/log.csv -> train) [data-feedback-loop]
  // CHECK: src/serve.cpp:10:17: note: stage 'serve' writes 'data/log.csv'
  std::ofstream model("models/m.model");
  return 0;
}

// The loop as a code flow, step by step from the stage's output.
// SARIF: "codeFlows": [
// SARIF: "message": {
// SARIF-NEXT: "text": "the loop, from the stage's outputs back to its input"
// SARIF: "threadFlows": [
// SARIF: "text": "stage 'train' writes 'models/m.model'"
// SARIF: "text": "stage 'serve' reads 'models/m.model'"
// SARIF: "text": "stage 'serve' writes 'data/log.csv'"
// SARIF: "text": "stage 'train' reads 'data/log.csv'"
// SARIF: "ruleId": "data-feedback-loop"
