#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Cfg["lr"].as<int>();
}
