// Mock <absl/flags/flag.h>: ABSL_FLAG defines FLAGS_name of absl::Flag<T>.
#pragma once
namespace absl {
template <typename T> class Flag {
public:
  Flag(const T &Default);
};
template <typename T> T GetFlag(const Flag<T> &F);
} // namespace absl
#define ABSL_FLAG(Type, name, default_value, help)                             \
  absl::Flag<Type> FLAGS_##name(default_value)
