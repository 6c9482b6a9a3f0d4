// Functions dominated by copies between types are glue; loops that compute,
// filter, or copy within one type are not. --metrics prints the table.
// RUN: rm -rf %t && mkdir -p %t/src %t/bel && cp %s %t/src/train.cpp
// RUN: cp %S/Inputs/code-glue/pack.yaml %t/bel/ && printf 'rule_packs: [bel/pack.yaml]\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-glue %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
// RUN: %bel_lint --root %t --cache-dir= --rules=code-glue --format=sarif %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %s --check-prefix=SARIF
// RUN: %bel_lint --root %t --cache-dir= --metrics %t/src/train.cpp -- %cxxflags | FileCheck %s --check-prefix=METRICS
// RUN: printf 'rule_packs: [bel/pack.yaml]\nglue: {threshold: 0.9}\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-glue %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not="note:"
namespace lib {
struct Table { int rows; double cells[8]; };
struct Matrix { int n; double values[8]; double &At(int I) { return values[I]; } };
struct Tensor {};
Tensor from_blob(double *Data, int N);
} // namespace lib

lib::Matrix ToMatrix(lib::Table &T) {
  // CHECK: src/train.cpp:[[@LINE-1]]:13: note: function 'ToMatrix' is glue: 5 of its 5 statements only move data from one type to another (ratio 1.00) [code-glue]
  // STRICT: src/train.cpp:[[@LINE-2]]:13: note: function 'ToMatrix' is glue
  lib::Matrix M;
  M.n = T.rows;
  for (int I = 0; I < 8; ++I)
    M.At(I) = T.cells[I];
  return M;
}

lib::Tensor Wrap(lib::Matrix &M) {
  // CHECK: src/train.cpp:[[@LINE-1]]:13: note: function 'Wrap' is glue: 2 of its 3 statements only move data from one type to another (ratio 0.67) [code-glue]
  lib::Tensor Before = lib::from_blob(M.values, M.n);
  M.values[0] *= 2.0;
  return lib::from_blob(M.values, M.n);
}

double Sum(const lib::Table &T) {   // computes: not glue
  double S = 0;
  for (int I = 0; I < 8; ++I)
    S += T.cells[I];
  return S;
}

void Filter(lib::Matrix &M, const lib::Table &T) {   // a filter, not a copy
  for (int I = 0; I < 8; ++I)
    if (T.cells[I] > 0)
      M.At(I) = T.cells[I];
}

void Same(lib::Table &A, const lib::Table &B) {   // one type: not glue
  for (int I = 0; I < 8; ++I)
    A.cells[I] = B.cells[I];
}

int main() {
  lib::Table T{8, {}};
  lib::Matrix M = ToMatrix(T);
  Wrap(M);
  Filter(M, T);
  Same(T, T);
  return Sum(T) > 0;
}
// SARIF:      "properties": {
// SARIF-NEXT:   "fileGlueRatio": "{{0\.[0-9]+}}",
// SARIF-NEXT:   "glueRatio": "1.00",
// SARIF-NEXT:   "glueStatements": "5",
// SARIF-NEXT:   "statements": "5"
// METRICS:      file           functions  statements   glue  ratio
// METRICS-NEXT: src/train.cpp          7          24      7   0.29
// METRICS:      stage  functions  statements   glue  ratio
// METRICS-NEXT: train          7          24      7   0.29
