// model.h — a tiny logistic-regression model shared by train, evaluate, rerank_train and serve.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <vector>

namespace pipeline {

/// Dense row-major matrix: the input type of LogisticModel::Train.
struct Matrix {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::vector<double> values;

  double& At(std::size_t r, std::size_t c) { return values[r * cols + c]; }
  double At(std::size_t r, std::size_t c) const { return values[r * cols + c]; }
};

/// Mini-batch SGD settings.
struct TrainOptions {
  double lr = 0.1;
  double l2 = 0.0;
  double momentum = 0.0;
  int epochs = 10;
  int batch_size = 32;
};

/// Binary logistic regression: p(y=1 | x) = sigmoid(w·x + b).
class LogisticModel {
public:
  explicit LogisticModel(std::size_t num_features = 0);

  /// Probability of the positive class for one feature vector.
  double Predict(const std::vector<double>& x) const;
  /// Fits weights to rows of `x` and 0/1 labels `y` (log-loss, SGD).
  void Train(const Matrix& x, const std::vector<double>& y, const TrainOptions& opts);

  /// Text format: "logistic N", then bias and N weights.
  void Save(std::ostream& out) const;
  static LogisticModel Load(std::istream& in);

  std::size_t NumFeatures() const { return weights_.size(); }

private:
  double Logit(const double* row) const;

  std::vector<double> weights_;
  double bias_ = 0.0;
};

/// Log-loss of probability `p` against a 0/1 label.
double LogLoss(double p, double label);

} // namespace pipeline
