#include <mlpack/core.hpp>
#include <mlpack/methods/logistic_regression.hpp>
int main() {
  arma::mat X;
  mlpack::data::Load("data/train.csv", X, true);
  arma::Row<unsigned long> Y;
  mlpack::LogisticRegression<> Model;
  Model.Train(X, Y);
  mlpack::data::Save("out/train-copy.csv", X);
}
