#include <yaml-cpp/yaml.h>
// Reads 'shuffle' of the same config without a default: the setting matters.
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  return Cfg["shuffle"].as<bool>();
}
