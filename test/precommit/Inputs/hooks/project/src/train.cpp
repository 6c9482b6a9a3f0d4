#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Cfg["model"]["lr"].as<double>() + Cfg["model"]["depth"].as<int>();
}
