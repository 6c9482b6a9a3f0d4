// Mock <gflags/gflags.h>: the DEFINE macros expand as gflags' do, into a
// FLAGS_name variable initialised from a FLAGS_nononame constant.
#pragma once
#include <string>
#define BEL_MOCK_DEFINE_VARIABLE(type, shorttype, name, value)                 \
  namespace fL##shorttype {                                                    \
  static const type FLAGS_nono##name = value;                                  \
  type FLAGS_##name = FLAGS_nono##name;                                        \
  type FLAGS_no##name = FLAGS_nono##name;                                      \
  }                                                                            \
  using fL##shorttype::FLAGS_##name
#define DEFINE_int32(name, val, txt) BEL_MOCK_DEFINE_VARIABLE(int, I, name, val)
#define DEFINE_bool(name, val, txt) BEL_MOCK_DEFINE_VARIABLE(bool, B, name, val)
#define DEFINE_double(name, val, txt) BEL_MOCK_DEFINE_VARIABLE(double, D, name, val)
#define DEFINE_string(name, val, txt)                                          \
  namespace fLS {                                                              \
  std::string FLAGS_##name = val;                                              \
  }                                                                            \
  using fLS::FLAGS_##name
#define DECLARE_int32(name)                                                    \
  namespace fLI {                                                              \
  extern int FLAGS_##name;                                                     \
  }                                                                            \
  using fLI::FLAGS_##name
