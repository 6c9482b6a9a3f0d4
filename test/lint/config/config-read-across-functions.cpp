// A node passed to a function in another TU is read where the callee reads
// its parameter: `Train(cfg["model"])` with `Opt["lr"]` in the callee is the
// key 'model.lr'. Missing keys found that way point at the callee's read;
// keys the callee never reads are unused.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-across-functions/* %t/
// RUN: cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t --rules=config-unused-setting,config-missing-setting \
// RUN:   %t/src/train.cpp %t/src/model.cpp -- %cxxflags -I%t/src \
// RUN:   | FileCheck %S/Inputs/config-read-across-functions/configs/train.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include "model.h"

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Train(Cfg["model"]) + Evaluate(Cfg);
}
