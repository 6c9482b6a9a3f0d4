// Reads without a default of keys the loaded config lacks; reads with a
// default or behind a presence test must not fire.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-missing-setting/configs %t/
// RUN: cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t --rules=config-missing-setting %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-missing-setting/configs/train.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  YAML::Node Model = Cfg["model"];
  int Width = Model["width"].as<int>();              // missing: fires
  int Depth = Cfg["model"]["depth"].as<int>();       // set: silent
  int Epochs = Cfg["epochs"].as<int>(10);            // default: silent
  int Seed = 0;
  if (Cfg["seed"].IsDefined())                       // guarded: silent
    Seed = Cfg["seed"].as<int>();
  double Decay = Cfg["schedule"]["decay"].as<double>(); // parent absent: fires
  return Width + Depth + Epochs + Seed + int(Decay);
}
