// The test's model API.
#pragma once
struct Model {
  double Predict(double) const;
  void Train(const double *, int);
};
