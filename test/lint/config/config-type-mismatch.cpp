// Reads whose C++ type the config's value cannot convert to, by each
// library's rules.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-type-mismatch/configs %t/
// RUN: cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t --rules=config-type-mismatch %t/src/train.cpp -- %cxxflags > %t.out
// RUN: FileCheck %S/Inputs/config-type-mismatch/configs/train.yaml --input-file %t.out \
// RUN:   --implicit-check-not="train.yaml:{{.*}}error:" --check-prefix=YAML
// RUN: FileCheck %s --input-file %t.out --check-prefix=JSON
// RUN: grep "error:" %t.out | count 4
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <yaml-cpp/yaml.h>

struct Custom {};

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  int Buckets = Cfg["hash_buckets"].as<int>();          // "2^20": mismatch
  int Depth = Cfg["depth"].as<int>();                   // 1.5: mismatch
  std::string Name = Cfg["name"].as<std::string>();     // 42: fine in yaml-cpp
  bool Fast = Cfg["fast"].as<bool>();                   // yes: fine in yaml-cpp
  double Lr = Cfg["lr"].as<double>();                   // 1: fine
  int Layers = Cfg["layers"].as<int>();                 // a list: mismatch
  Custom C = Cfg["custom"].as<Custom>();                // unknown type: not judged
  std::ifstream In("configs/serve.json");
  nlohmann::json J = nlohmann::json::parse(In);
  std::string Port = J["port"].get<std::string>();      // 8080: mismatch in nlohmann
  int Workers = J["workers"].get<int>();                // 4.0: fine in nlohmann
  // JSON: configs/serve.json:1:2: error: 'port' is read as 'std::string', but 'configs/serve.json' sets it to the integer 8080, which is not a string [config-type-mismatch]
  // JSON: src/train.cpp:28:22: note: read as 'std::string' here
  (void)C;
  return Buckets + Depth + Fast + Lr + Layers + Workers + Name.c_str()[0] + Port.c_str()[0];
}
