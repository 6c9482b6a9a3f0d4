#include <yaml-cpp/yaml.h>
double Train(const YAML::Node &Opt);
int Evaluate(const YAML::Node &Root);
