#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/serve.yaml");
  return Cfg["experiments"]["use_v2"].as<bool>(false);
}
