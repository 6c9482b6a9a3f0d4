// Experiment flags no config sets, or every config sets alike; flags that
// differ between configs, and settings not named like experiments, stay
// silent. The manifest may name its own experiment flags.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/code-stale-experiment-flag/configs %t/
// RUN: cp %s %t/src/train.cpp && cp %S/Inputs/code-stale-experiment-flag/serve.cpp %t/src/
// RUN: %bel_lint --root %t --cache-dir= --rules=code-stale-experiment-flag %t/src/train.cpp %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: printf 'experiment_flags: ["trial.*"]\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-stale-experiment-flag %t/src/train.cpp %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %s --check-prefix=PATTERNS --implicit-check-not="{{warning|error}}:"
#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  int Steps = 0;
  if (Cfg["experiments"]["use_v2"].as<bool>(false))
    Steps += 1;
  // CHECK: src/train.cpp:[[@LINE-2]]:7: warning: experiment flag 'experiments.use_v2' is set to false by every config that sets it (2 settings) [code-stale-experiment-flag]
  // CHECK: configs/serve.yaml:2:3: note: set to false in 'configs/serve.yaml'
  // CHECK: configs/train.yaml:2:3: note: set to false in 'configs/train.yaml'
  if (!Cfg["enable_cache"].as<bool>(true))
    Steps += 2;
  // CHECK: src/train.cpp:[[@LINE-2]]:8: warning: experiment flag 'enable_cache' is set by no config: it is always its default, true [code-stale-experiment-flag]
  if (Cfg["experiments"]["exp_ranker"].as<bool>(false))  // differs: live
    Steps += 3;
  if (Cfg["trial"]["arm"].as<int>(0) == 1)  // an experiment only by the manifest
    Steps += 4;
  // PATTERNS: src/train.cpp:[[@LINE-2]]:7: warning: experiment flag 'trial.arm' is set to 2 by every config that sets it (1 setting) [code-stale-experiment-flag]
  // Named like an experiment but no branch decides on it: an option.
  bool UseGpu = Cfg["use_gpu"].as<bool>(false);
  return Steps + UseGpu;
}
// An empty list means no experiment flags at all.
// RUN: printf 'experiment_flags: []\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=code-stale-experiment-flag %t/src/train.cpp %t/src/serve.cpp -- %cxxflags \
// RUN:   | count 0
