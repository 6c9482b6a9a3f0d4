// A key inherited through `extends` is reported at the file that sets it,
// and only when no config that inherits it reads it.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-unused-setting-extends/configs %t/
// RUN: cp %s %t/src/train.cpp && cp %S/Inputs/config-unused-setting-extends/evaluate.cpp %t/src/
// RUN: %bel_lint --root %t --rules=config-unused-setting %t/src/train.cpp %t/src/evaluate.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-unused-setting-extends/configs/base.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Cfg["model"]["lr"].as<double>() > Cfg["epochs"].as<int>();
}
