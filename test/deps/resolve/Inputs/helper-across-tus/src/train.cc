#include "lib/io.h"
#include <yaml-cpp/yaml.h>
int main(int argc, char **argv) {
  YAML::Node Cfg = YAML::LoadFile(argv[1]);
  return ReadLines("data/clean.csv") +
         ReadLines(Cfg["data"]["extra"].as<std::string>());
}
