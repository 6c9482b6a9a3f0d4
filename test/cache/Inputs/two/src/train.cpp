#include <fstream>
#include <yaml-cpp/yaml.h>
#include "shared.h"
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  double Lr = Cfg["lr"].as<double>();
  std::ifstream In("data/train.csv");
  return Lr > 0;
}
