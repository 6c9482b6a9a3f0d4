#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/evaluate.yaml");
  return Cfg["batch_size"].as<int>() > Cfg["model"]["lr"].as<double>();
}
