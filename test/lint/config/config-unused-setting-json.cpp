// nlohmann::json reads of a JSON config opened with std::ifstream; findings
// point at the JSON key's own line and column.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-unused-setting-json/configs %t/
// RUN: cp %s %t/src/serve.cpp
// RUN: %bel_lint --root %t --rules=config-unused-setting %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-unused-setting-json/serve.json.check \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <fstream>
#include <nlohmann/json.hpp>

int main() {
  std::ifstream In("configs/serve.json");
  nlohmann::json Cfg = nlohmann::json::parse(In);
  double Threshold = Cfg["threshold"];                 // implicit conversion
  int Port = Cfg.at("server").at("port").get<int>();   // at() chain
  int Workers = Cfg["server"].value("workers", 4);     // value() with default
  bool Tls = Cfg.contains("tls");                      // presence
  return Threshold > 0 && Port && Workers && Tls;
}
