#include <yaml-cpp/yaml.h>
// Reads use_warmup from the other config: the flag differs between the
// stages' configs, but each stage is judged by its own configs; here serve's
// config turns it on, so serve's branch is live.
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/serve.yaml");
  return Cfg["experiments"]["use_warmup"].as<bool>(false) ? 1 : 0;
}
