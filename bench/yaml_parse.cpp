// yaml_parse.cpp: the floor of a --config-only run: parse every file named
// on the command line with yaml-cpp, and nothing else.
#include <yaml-cpp/yaml.h>

#include <cstdio>

int main(int argc, char **argv) {
  size_t Nodes = 0;
  for (int I = 1; I < argc; ++I) {
    YAML::Node Doc = YAML::LoadFile(argv[I]);
    Nodes += Doc.size();
  }
  std::printf("%zu top-level keys\n", Nodes);
  return 0;
}
