#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/c.yaml");
  return Cfg["lr"].as<int>(1);
}
