// model.cc — logistic regression trained with mini-batch SGD (momentum, L2 penalty).
#include "lib/model.h"

#include <algorithm>
#include <cmath>
#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>

namespace pipeline {
namespace {

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

} // namespace

LogisticModel::LogisticModel(std::size_t num_features)
    : weights_(num_features, 0.0) {}

double LogisticModel::Logit(const double* row) const {
  double z = bias_;
  for (std::size_t i = 0; i < weights_.size(); ++i)
    z += weights_[i] * row[i];
  return z;
}

double LogisticModel::Predict(const std::vector<double>& x) const {
  if (x.size() != weights_.size())
    throw std::invalid_argument("Predict: expected " + std::to_string(weights_.size()) +
                                " features, got " + std::to_string(x.size()));
  return Sigmoid(Logit(x.data()));
}

void LogisticModel::Train(const Matrix& x, const std::vector<double>& y,
                          const TrainOptions& opts) {
  if (x.cols != weights_.size() || x.rows != y.size())
    throw std::invalid_argument("Train: matrix shape does not match the model");
  const std::size_t batch = opts.batch_size > 0 ? opts.batch_size : 1;
  std::vector<double> velocity(weights_.size(), 0.0);
  std::vector<double> grad(weights_.size());
  for (int epoch = 0; epoch < opts.epochs; ++epoch) {
    for (std::size_t start = 0; start < x.rows; start += batch) {
      const std::size_t end = std::min(x.rows, start + batch);
      std::fill(grad.begin(), grad.end(), 0.0);
      double grad_bias = 0.0;
      for (std::size_t r = start; r < end; ++r) {
        const double* row = &x.values[r * x.cols];
        const double err = Sigmoid(Logit(row)) - y[r];
        for (std::size_t c = 0; c < x.cols; ++c)
          grad[c] += err * row[c];
        grad_bias += err;
      }
      const double n = static_cast<double>(end - start);
      for (std::size_t c = 0; c < weights_.size(); ++c) {
        velocity[c] = opts.momentum * velocity[c] -
                      opts.lr * (grad[c] / n + opts.l2 * weights_[c]);
        weights_[c] += velocity[c];
      }
      bias_ -= opts.lr * grad_bias / n;
    }
  }
}

void LogisticModel::Save(std::ostream& out) const {
  out << "logistic " << weights_.size() << '\n' << bias_;
  for (double w : weights_)
    out << ' ' << w;
  out << '\n';
}

LogisticModel LogisticModel::Load(std::istream& in) {
  std::string kind;
  std::size_t n = 0;
  if (!(in >> kind >> n) || kind != "logistic")
    throw std::runtime_error("Load: not a logistic model");
  LogisticModel model(n);
  in >> model.bias_;
  for (double& w : model.weights_)
    in >> w;
  if (!in)
    throw std::runtime_error("Load: truncated model file");
  return model;
}

double LogLoss(double p, double label) {
  const double eps = 1e-12;
  p = std::min(std::max(p, eps), 1.0 - eps);
  return -(label * std::log(p) + (1.0 - label) * std::log(1.0 - p));
}

} // namespace pipeline
