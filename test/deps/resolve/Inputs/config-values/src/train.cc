#include <fstream>
#include <string>
#include <yaml-cpp/yaml.h>
int main(int argc, char **argv) {
  YAML::Node Cfg = YAML::LoadFile(argv[1]);
  std::ifstream In(Cfg["data"]["train"].as<std::string>());
  return Cfg["model"]["depth"].as<int>();
}
