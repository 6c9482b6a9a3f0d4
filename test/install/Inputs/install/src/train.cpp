// Real headers: yaml-cpp pulls in the standard library, and through it
// Clang's builtin headers (<stddef.h>), which an installed bel must find.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  std::size_t Depth = Cfg["depth"].as<std::size_t>();
  std::string Name = Cfg["name"].as<std::string>("model");
  return Cfg["lr"].as<double>() > 0 && Depth > 0 && !Name.empty() ? 0 : 1;
}
