// Chains of scratch files: three in a row is more than the two the manifest
// allows; two in a row is not. Without `jungle:` the rule is silent.
// RUN: rm -rf %t && cp -r %S/Inputs/pipeline-jungle %t && cp %s %t/src/hop1.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=pipeline-jungle %t/src/hop1.cpp %t/src/hop2.cpp %t/src/hop3.cpp %t/src/final.cpp %t/src/short2.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: rm %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=pipeline-jungle %t/src/hop1.cpp %t/src/hop2.cpp %t/src/hop3.cpp %t/src/final.cpp %t/src/short2.cpp -- %cxxflags \
// RUN:   | count 0
#include <fstream>

int main() {
  std::ifstream raw("data/raw.csv");
  std::ofstream out("tmp/a.csv");
  // CHECK: src/hop1.cpp:[[@LINE-1]]:17: warning: pipeline jungle: 3 scratch files in a row ('tmp/a.csv' -> 'tmp/b.csv' -> 'tmp/c.csv'), more than the 2 the manifest allows [pipeline-jungle]
  // CHECK: src/hop2.cpp:4:17: note: stage 'hop2' reads 'tmp/a.csv'
  // CHECK: src/hop2.cpp:5:17: note: stage 'hop2' writes 'tmp/b.csv'
  // CHECK: src/hop3.cpp:4:17: note: stage 'hop3' reads 'tmp/b.csv'
  // CHECK: src/hop3.cpp:5:17: note: stage 'hop3' writes 'tmp/c.csv'
  // CHECK: src/final.cpp:4:17: note: stage 'final' reads 'tmp/c.csv'
  std::ofstream first("tmp/short1.csv");
  return 0;
}
