// A JSON object read into a struct through from_json (written by hand or by
// NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE) reads the keys from_json reads, no
// more: keys outside the struct are unused, fields the config lacks missing.
// A struct without a from_json bel can see counts as reading everything.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-from-json/configs %t/
// RUN: cp %s %t/src/serve.cpp
// RUN: not %bel_lint --root %t --rules=config-unused-setting,config-missing-setting %t/src/serve.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-read-from-json/check.txt --implicit-check-not="{{warning|error}}:"
#include <fstream>
#include <nlohmann/json.hpp>

namespace serving {
struct Server {
  int port;
  int workers;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Server, port, workers)

struct Cache {
  int ttl;
  friend void from_json(const nlohmann::json &J, Cache &C) {
    C.ttl = J.value("ttl", 60);
  }
};

struct Opaque { int Anything; }; // Converted by code bel cannot see.
} // namespace serving

int main() {
  std::ifstream In("configs/serve.json");
  nlohmann::json Cfg = nlohmann::json::parse(In);
  auto S = Cfg["server"].get<serving::Server>();
  serving::Cache C;
  Cfg["cache"].get_to(C);
  auto O = Cfg["opaque"].get<serving::Opaque>();
  return S.port + C.ttl + O.Anything;
}
