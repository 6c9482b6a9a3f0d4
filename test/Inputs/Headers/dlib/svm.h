// Mock <dlib/svm.h>: svm_c_trainer<K>::train is a member template.
#pragma once
#include <dlib/serialize.h>
namespace dlib {
template <typename T> struct linear_kernel {};
template <typename K> struct decision_function {
  template <typename S> double operator()(const S &sample) const;
};
template <typename K> class svm_c_trainer {
public:
  svm_c_trainer();
  void set_c(double C);
  template <typename in_sample_vector_type, typename in_scalar_vector_type>
  const decision_function<K> train(const in_sample_vector_type &x,
                                   const in_scalar_vector_type &y) const;
};
} // namespace dlib
