// Branches on a setting that is the same in every config and by default,
// and constant conditions; branches on settings that differ, on several
// settings, or on presence tests stay silent.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/code-dead-experimental-path/configs %t/
// RUN: cp %s %t/src/train.cpp && cp %S/Inputs/code-dead-experimental-path/serve.cpp %t/src/
// RUN: %bel_lint --root %t --cache-dir= --rules=code-dead-experimental-path %t/src/train.cpp %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error|note}}:"
#include <yaml-cpp/yaml.h>

constexpr bool kUseOldLoss = false;

// The compile-time type check idiom in a template is not dead experiment
// code (as in protobuf's implicit_cast checks).
template <typename To, typename From> To checkedCast(From F) {
  if (false) {
    To Unused = F;
    (void)Unused;
  }
  return static_cast<To>(F);
}

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  int Steps = 0;
  if (Cfg["experiments"]["use_v2"].as<bool>(false)) {
    // CHECK: src/train.cpp:[[@LINE-1]]:53: warning: this branch never runs: 'Cfg["experiments"]["use_v2"].as<bool>(false)' is false in every config of the stage and by default [code-dead-experimental-path]
    // CHECK: src/train.cpp:[[@LINE-2]]:7: note: 'experiments.use_v2' read here
    // CHECK: configs/train.yaml:2:3: note: set to false in 'configs/train.yaml'
    Steps += 2;
  }
  if (Cfg["optimizer"].as<std::string>("adam") == "sgd") {
    // Not named like an experiment: one level lower.
    // CHECK: src/train.cpp:[[@LINE-2]]:58: note: this branch never runs: 'Cfg["optimizer"].as<std::string>("adam") == "sgd"' is false in every config of the stage and by default [code-dead-experimental-path]
    // CHECK: src/train.cpp:[[@LINE-3]]:7: note: 'optimizer' read here
    // CHECK: configs/train.yaml:4:1: note: set to adam in 'configs/train.yaml'
    Steps += 3;
  }
  int Rounds = Cfg["rounds"].as<int>(10) > 5 ? 1 : 2;
  // CHECK: src/train.cpp:[[@LINE-1]]:52: note: this branch never runs: 'Cfg["rounds"].as<int>(10) > 5' is true in every config of the stage and by default [code-dead-experimental-path]
  // CHECK: src/train.cpp:[[@LINE-2]]:16: note: 'rounds' read here
  // CHECK: configs/train.yaml:5:1: note: set to 20 in 'configs/train.yaml'
  if (kUseOldLoss) {
    // CHECK: src/train.cpp:[[@LINE-1]]:20: warning: this branch never runs: 'kUseOldLoss' is always false [code-dead-experimental-path]
    Steps = 0;
  }
  if (false)
    Steps = -1;
  // CHECK: src/train.cpp:[[@LINE-1]]:5: warning: this branch never runs: 'false' is always false [code-dead-experimental-path]
#if 0
  // CHECK: src/train.cpp:[[@LINE-1]]:2: warning: this block never compiles: it is inside '#if 0' [code-dead-experimental-path]
  Steps = 42;
#endif
  // Near misses: a presence test, two settings at once, a live setting.
  if (Cfg["calibration"])
    Steps += 1;
  if (Cfg["a"].as<bool>(false) && Cfg["b"].as<bool>(false))
    Steps += 1;
  if (Cfg["experiments"]["use_warmup"].as<bool>(false))
    Steps += 1;
  return Steps + Rounds + checkedCast<int>(2.0);
}
