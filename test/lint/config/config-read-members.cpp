// Nodes kept in struct members, bound in a constructor's initializer list
// or by assignment: reads through the member are keys under what it holds.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-members/configs %t/
// RUN: cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t --rules=config-unused-setting,config-missing-setting %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-read-members/configs/train.yaml --implicit-check-not="{{warning|error}}:"
#include <yaml-cpp/yaml.h>

struct Trainer {
  YAML::Node Model;
  YAML::Node Data;
  explicit Trainer(const YAML::Node &Root) : Model(Root["model"]) {}
  double rate() const { return Model["lr"].as<double>(); }
  int depth() const { return this->Model["depth"].as<int>(); }
};

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  Trainer T(Cfg);
  T.Data = Cfg["data"];
  return T.rate() + T.depth() + T.Data["batch"].as<int>();
}
