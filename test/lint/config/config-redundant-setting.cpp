// Overrides equal to the inherited value, values equal to the code's default
// and keys set twice are redundant; a different value, a read without a
// default or with another default are not.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-redundant-setting/configs %t/
// RUN: cp %s %t/src/train.cpp && cp %S/Inputs/config-redundant-setting/evaluate.cpp %t/src/
// RUN: %bel_lint --root %t --rules=config-redundant-setting %t/src/train.cpp %t/src/evaluate.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-redundant-setting/configs/train.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <string>
#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  int Batch = Cfg["batch_size"].as<int>();
  double Lr = Cfg["lr"].as<double>();
  int Workers = Cfg["workers"].as<int>(4);                    // default 4
  std::string Mode = Cfg["mode"].as<std::string>("fast");     // default "fast"
  double Decay = Cfg["decay"].as<double>(0.5);                // default 0.5
  bool Shuffle = Cfg["shuffle"].as<bool>(true);               // default true
  return Batch + Lr + Workers + Decay + Shuffle + Mode.c_str()[0];
}
