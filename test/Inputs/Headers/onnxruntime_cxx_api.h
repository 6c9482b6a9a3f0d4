// Mock <onnxruntime_cxx_api.h>: ONNX Runtime 1.14+'s C++ API shape. Run is a
// member of the class template detail::SessionImpl that Session derives
// from; on Linux ORTCHAR_T is char. The model_data overload takes a buffer,
// not a path.
#pragma once
#include <cstddef>
#include <vector>
#define ORTCHAR_T char
struct OrtSession;
struct OrtPrepackedWeightsContainer;
namespace Ort {
struct Env {
  Env();
};
struct SessionOptions {
  SessionOptions();
};
struct RunOptions {
  RunOptions();
};
struct Value {
  Value(std::nullptr_t);
  template <typename T> T *GetTensorMutableData();
};
namespace detail {
template <typename T> struct ConstSessionImpl {
  std::size_t GetInputCount() const;
};
template <typename T> struct SessionImpl : ConstSessionImpl<T> {
  std::vector<Value> Run(const RunOptions &run_options,
                         const char *const *input_names,
                         const Value *input_values, std::size_t input_count,
                         const char *const *output_names,
                         std::size_t output_count);
};
} // namespace detail
struct Session : detail::SessionImpl<OrtSession> {
  explicit Session(std::nullptr_t);
  Session(const Env &env, const ORTCHAR_T *model_path,
          const SessionOptions &options);
  Session(const Env &env, const ORTCHAR_T *model_path,
          const SessionOptions &options,
          OrtPrepackedWeightsContainer *prepacked_weights_container);
  Session(const Env &env, const void *model_data,
          std::size_t model_data_length, const SessionOptions &options);
};
} // namespace Ort
