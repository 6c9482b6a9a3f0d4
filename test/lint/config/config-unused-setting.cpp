// yaml-cpp reads in all the forms bel knows; the config's CHECK lines say
// which keys are unused. Keys read in any of these forms must not fire.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-unused-setting/configs %t/
// RUN: cp %s %t/src/train.cpp
// RUN: %bel_lint --root %t --rules=config-unused-setting %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-unused-setting/configs/train.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <yaml-cpp/yaml.h>

// A parameter node: its keys match config keys by suffix.
double Rate(const YAML::Node &Opt) { return Opt["momentum"].as<double>(); }
int Warmup(const YAML::Node &Sched) { return Sched["warmup"].as<int>(); }
// A node handed to code bel cannot see (no body here): the whole subtree
// counts as read.
void Consume(const YAML::Node &Whole);

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  double Lr = Cfg["model"]["lr"].as<double>();         // chained
  YAML::Node Model = Cfg["model"];                     // through a local
  int Depth = Model["depth"].as<int>(6);               // with a default
  if (Cfg["early_stop"])                               // presence test
    Lr *= 0.5;
  Consume(Cfg["features"]);                            // whole subtree
  for (auto It = Cfg["callbacks"].begin(); It != Cfg["callbacks"].end(); ++It) {
  }
  Rate(Cfg["optimizer"]);
  (void)Depth;
  return Lr > 0;
}
