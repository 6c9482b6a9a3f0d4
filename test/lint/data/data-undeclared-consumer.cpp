// Reads by stages a dataset's manifest entry does not list; declared
// consumers, and datasets that declare no consumers, stay silent.
// RUN: rm -rf %t && cp -r %S/Inputs/data-undeclared-consumer %t && cp %s %t/src/rogue.cpp
// RUN: %bel_lint --root %t --cache-dir= --rules=data-undeclared-consumer %t/src/rogue.cpp %t/src/other.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
#include <fstream>

int main() {
  std::ifstream features("data/features/test.csv");
  // CHECK: src/rogue.cpp:[[@LINE-1]]:17: warning: stage 'rogue' reads 'data/features/test.csv' but is not among its declared consumers ('consume', 'other') [data-undeclared-consumer]
  // CHECK: .bel.yaml:2:3: note: the consumers are declared here
  std::ifstream closed("data/closed.csv");
  // CHECK: src/rogue.cpp:[[@LINE-1]]:17: warning: stage 'rogue' reads 'data/closed.csv' but is not among its declared consumers (none) [data-undeclared-consumer]
  std::ifstream open("data/open.csv");
  return 0;
}
