#include <yaml-cpp/yaml.h>
int main() {
  YAML::Node Cfg = YAML::LoadFile("configs/train.yaml");
  double Lr = Cfg["lr"].as<double>();
  undeclared_call(Lr);
}
