// Mock <dlib/dnn.h>: dnn_trainer, a class template, trains a network.
#pragma once
#include <dlib/serialize.h>
namespace dlib {
class sgd {};
template <typename net_type, typename solver_type = sgd> class dnn_trainer {
public:
  explicit dnn_trainer(net_type &net);
  template <typename input_type, typename label_type>
  void train(const std::vector<input_type> &data,
             const std::vector<label_type> &labels);
  void set_learning_rate(double lr);
};
} // namespace dlib
