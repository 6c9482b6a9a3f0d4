// A stage that takes its config from argv is tied to configs by the
// manifest; each listed config must set what the stage reads.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-missing-setting-manifest/configs %t/
// RUN: cp %S/Inputs/config-missing-setting-manifest/bel.yaml %t/.bel.yaml && cp %s %t/src/serve.cpp
// RUN: not %bel_lint --root %t --rules=config-missing-setting %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
#include <fstream>
#include <nlohmann/json.hpp>

int main(int argc, char **argv) {
  std::ifstream In(argv[1]);
  nlohmann::json Cfg = nlohmann::json::parse(In);
  double Blend = Cfg["reranker"]["blend"].get<double>();
  // CHECK: configs/serve.json:2:3: error: 'configs/serve.json' does not set 'reranker.blend', which stage 'serve' reads without a default [config-missing-setting]
  // CHECK: src/serve.cpp:[[@LINE-2]]:18: note: 'reranker.blend' read without a default here
  return Blend > 0;
}
