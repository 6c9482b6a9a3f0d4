#include <yaml-cpp/yaml.h>

int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  double Lr = Cfg["lr"].as<double>();
  // A suppression for a finding that is not there (any more) is itself
  // reported, so that stale ones do not pile up.
  // bel-lint: ignore[config-missing-setting] depth is optional now
  return Lr > 0;
}
