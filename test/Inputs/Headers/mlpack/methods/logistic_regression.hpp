// Mock <mlpack/methods/logistic_regression.hpp>: mlpack 4 puts the class in
// namespace mlpack (mlpack 3: mlpack::regression).
#pragma once
#include <mlpack/core.hpp>
namespace mlpack {
template <typename MatType = arma::mat> class LogisticRegression {
public:
  LogisticRegression();
  template <typename OptimizerType = int>
  double Train(const MatType &predictors, const arma::Row<unsigned long> &responses);
  void Classify(const MatType &points, arma::Row<unsigned long> &labels) const;
};
} // namespace mlpack
