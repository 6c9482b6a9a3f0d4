#include <fstream>
#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  std::ifstream Data("data/clean/events.csv");
  std::ofstream Model;
  Model.open("models/ranker.model");
  return Cfg["lr"].as<int>();
}
