// Stages that reach a prediction but no monitoring, following calls across
// TUs: serve predicts through a helper in another TU and never reports;
// evaluate reports through a helper; batch predicts nothing.
// RUN: rm -rf %t && cp -r %S/Inputs/code-unmonitored-prediction %t && cp %s %t/src/serve.cpp
// RUN: printf 'rule_packs: [bel/pack.yaml]\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-unmonitored-prediction %t/src/serve.cpp %t/src/evaluate.cpp %t/src/batch.cpp %t/src/lib.cpp -- %cxxflags -I%t/src \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// CHECK: src/lib.cpp:3:42: warning: stage 'serve' predicts with 'Model::Predict' but never reports to a monitoring or logging API [code-unmonitored-prediction]
#include "lib.h"

int main() { return Score(2.0) > 0; }
