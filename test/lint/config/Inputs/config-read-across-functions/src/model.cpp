#include "model.h"

// Reads through a parameter, two calls deep.
static double Rate(const YAML::Node &Opt) { return Opt["lr"].as<double>(); }

double Train(const YAML::Node &Opt) {
  int Depth = Opt["depth"].as<int>();
  if (Opt["width"])                        // guarded: never missing
    Depth += Opt["width"].as<int>();
  return Rate(Opt) * Depth;
}

int Evaluate(const YAML::Node &Root) {
  return Root["eval"]["every"].as<int>(); // 'eval' is absent: missing
}
