#include <fstream>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  std::ifstream ModelCfg("configs/model.json");
  nlohmann::json Model = nlohmann::json::parse(ModelCfg);
  // Near miss: a stream read for its data, not parsed as a config.
  std::ifstream Rows("data/rows.txt");
  int First;
  Rows >> First;
  return Cfg["epochs"].as<int>() + Model["depth"].get<int>() + First;
}
