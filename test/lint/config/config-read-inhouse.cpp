// In-house config accessors and key aliases come from a rule pack of the
// project's own, no C++ needed: `Opts.get<int>("model.depth", 6)` reads the
// dotted key from the root of the stage's configs.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-inhouse/* %t/
// RUN: cp %S/Inputs/config-read-inhouse/bel.yaml %t/.bel.yaml && cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t --rules=config-unused-setting,config-missing-setting,config-redundant-setting \
// RUN:   %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-read-inhouse/configs/train.yaml \
// RUN:     --implicit-check-not="{{warning|error}}:"
#include <string>

class Options {
public:
  template <typename T> T get(const char *Key) const;
  template <typename T> T get(const char *Key, const T &Default) const;
};
Options Load(int argc, char **argv);

int main(int argc, char **argv) {
  Options Opts = Load(argc, argv);
  int Depth = Opts.get<int>("model.depth", 6);
  double Lr = Opts.get<double>("model.lr");
  int Trees = Opts.get<int>("num_trees");       // spelled n_estimators in the config
  return Depth + Lr + Trees;
}
