// Paths bel cannot resolve, each with its reason; literals, constants,
// concatenations and config values it can resolve stay silent.
// RUN: rm -rf %t && mkdir -p %t/src %t/configs && cp %s %t/src/stage.cpp
// RUN: printf 'data:\n  train: data/train.csv\n' > %t/configs/stage.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=data-unresolved-source %t/src/stage.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
// RUN: %bel_lint --root %t --cache-dir= --rules=data-unresolved-source --format=sarif %t/src/stage.cpp -- %cxxflags \
// RUN:   | FileCheck %s --check-prefix=SARIF
#include <cstdlib>
#include <fstream>
#include <string>
#include <yaml-cpp/yaml.h>

const std::string kDir = "data/";
constexpr const char kName[] = "name.csv";
std::string Mutable = "data/mutable.csv";

int main(int argc, char **argv) {
  YAML::Node cfg = YAML::LoadFile("configs/stage.yaml");
  std::ifstream env(std::getenv("IN_CSV"));
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: the source of this data read cannot be resolved statically: the path comes from the environment variable 'IN_CSV' (stage 'stage') [data-unresolved-source]
  // CHECK: src/stage.cpp:[[@LINE-2]]:21: note: the path comes from here
  std::ifstream arg(argv[1]);
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: the source of this data read cannot be resolved statically: the path is a command-line argument, 'argv[1]' (stage 'stage') [data-unresolved-source]
  std::string changing = "data/a.csv";
  changing = "data/b.csv";
  std::ofstream out(changing);
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: the target of this data write cannot be resolved statically: the path is a variable that changes, 'changing' (stage 'stage') [data-unresolved-source]
  std::ifstream global(Mutable);
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: the source of this data read cannot be resolved statically: the path is a global that may change, 'Mutable' (stage 'stage') [data-unresolved-source]
  std::ifstream missing(cfg["data"]["test"].as<std::string>());
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: the source of this data read cannot be resolved statically: the path comes from the config key 'data.test', which no config of stage 'stage' sets (stage 'stage') [data-unresolved-source]

  // Resolved: a literal, constants, a concatenation, a config value.
  std::ifstream literal("data/literal.csv");
  std::ifstream joined(kDir + kName);
  std::string local = kDir + "local.csv";
  std::ifstream fromLocal(local);
  std::ifstream train(cfg["data"]["train"].as<std::string>());
  return 0;
}

// SARIF: "ruleId": "data-unresolved-source"
