// Outputs no stage reads: a dataset (warning), a model (one level lower,
// note); outputs that are read or declared final stay silent.
// RUN: rm -rf %t && cp -r %S/Inputs/data-unconsumed-output %t && cp %s %t/src/make.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=data-unconsumed-output %t/src/make.cpp %t/src/use.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
#include <cstdio>
#include <fstream>

int main() {
  std::ofstream dropped("data/dropped.csv");
  // CHECK: src/make.cpp:[[@LINE-1]]:17: warning: 'data/dropped.csv' is written by stage 'make' but read by no stage, and it is not a declared final output [data-unconsumed-output]
  std::FILE *also = std::fopen("data/appended.csv", "a");
  // CHECK: src/make.cpp:[[@LINE-1]]:21: warning: 'data/appended.csv' is written by stage 'make' but read by no stage, and it is not a declared final output [data-unconsumed-output]
  std::ofstream model("models/m.onnx");
  // CHECK: src/make.cpp:[[@LINE-1]]:17: note: 'models/m.onnx' is written by stage 'make' but read by no stage, and it is not a declared final output [data-unconsumed-output]
  std::ofstream used("data/used.csv");
  std::ofstream report("reports/weekly.csv");
  return 0;
}
