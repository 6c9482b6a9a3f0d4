// gflags and absl flags are settings read from flag files (--flagfile):
// flags a flag file sets and no code reads are unused, a value the flag's
// type cannot parse is a mismatch, a value equal to the flag's default is
// redundant. getenv() reads no config file.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/config-read-flags/configs %t/
// RUN: cp %s %t/src/train.cpp && printf 'configs: ["configs/*.flags"]\n' > %t/.bel.yaml
// RUN: not %bel_lint --root %t %t/src/train.cpp -- %cxxflags \
// RUN:   | FileCheck %S/Inputs/config-read-flags/configs/train.flags --implicit-check-not="{{warning|error}}:"
#include <absl/flags/flag.h>
#include <cstdlib>
#include <gflags/gflags.h>

DEFINE_int32(epochs, 10, "passes over the data");
DEFINE_double(lr, 0.1, "learning rate");
DEFINE_bool(normalize, false, "scale the features");
DEFINE_string(model_dir, "models", "where models go");
ABSL_FLAG(int, batch, 32, "batch size");

int main() {
  const char *Home = std::getenv("TRAIN_HOME");
  return FLAGS_epochs * FLAGS_lr + FLAGS_normalize + absl::GetFlag(FLAGS_batch) +
         FLAGS_model_dir.c_str()[0] + (Home != nullptr);
}
