// Rule-pack forms seen in real trainers (dmlc::Parameter in xgboost): a
// default set by a call chained on the read, the value's type taken from an
// argument, and keys tested by prefix (`strncmp(key, "eval[", 5)`).
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-pack-forms/* %t/
// RUN: cp %S/Inputs/config-read-pack-forms/bel.yaml %t/.bel.yaml && cp %s %t/src/train.cpp
// RUN: not %bel_lint --root %t %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-read-pack-forms/configs/train.conf --implicit-check-not="{{warning|error}}:"
#include <string>

template <typename T> struct FieldEntry {
  FieldEntry &set_default(const T &) { return *this; }
  FieldEntry &set_lower_bound(const T &) { return *this; }
  FieldEntry &describe(const char *) { return *this; }
};
struct Parameter {
  template <typename T> FieldEntry<T> &DECLARE(const char *Key, T &Ref);
};
extern "C" int strncmp(const char *, const char *, decltype(sizeof(0)));

struct TrainParam : Parameter {
  int depth;
  float eta;
  int rounds;
  void declare() {
    DECLARE("depth", depth).set_lower_bound(0).set_default(6).describe("depth");
    DECLARE("eta", eta).set_default(0.3f);
    DECLARE("rounds", rounds).describe("boosting rounds");
  }
};

int main(int argc, char **argv) {
  TrainParam P;
  P.declare();
  for (int I = 1; I < argc; ++I)
    if (!strncmp(argv[I], "eval[", 5))
      return 1;
  return 0;
}
