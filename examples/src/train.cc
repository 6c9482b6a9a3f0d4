// train.cc — stage 5: fits the logistic ranker on the training split.
//
// Reads configs/train.yaml (which extends base.yaml) and the file named by
// data.train_path; writes the model to model.path (models/ranker.model).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <random>

#include <yaml-cpp/yaml.h>

#include "lib/feature_utils.h"
#include "lib/io_utils.h"
#include "lib/model.h"

int main() {
  YAML::Node cfg = YAML::LoadFile("configs/train.yaml");
  YAML::Node model_cfg = cfg["model"];

  pipeline::TrainOptions opts;
  opts.lr = model_cfg["lr"].as<double>();
  opts.epochs = model_cfg["epochs"].as<int>();
  opts.batch_size = cfg["batch_size"].as<int>();
  opts.momentum = cfg["optimizer"]["momentum"].as<double>();
  opts.l2 = cfg["optimizer"]["l2"].as<double>();

  std::ifstream train_in(cfg["data"]["train_path"].as<std::string>());
  pipeline::CsvTable train = pipeline::ReadCsv(train_in);

  // SGD wants the rows in random order; the seed keeps runs reproducible.
  std::mt19937 rng(cfg["seed"].as<int>());
  std::shuffle(train.rows.begin(), train.rows.end(), rng);
  if (cfg["max_train_rows"]) {
    const std::size_t limit = cfg["max_train_rows"].as<std::size_t>();
    if (train.rows.size() > limit)
      train.rows.resize(limit);
  }

  const pipeline::Matrix x =
      pipeline::ToMatrix(train, pipeline::FeatureColumns(train.header));
  const std::vector<double> y = pipeline::ColumnValues(train, train.Column("label"));

  pipeline::LogisticModel model(model_cfg["num_features"].as<int>());
  model.Train(x, y, opts);

#if 0
  // Adagrad run for the Q2 comparison; SGD with momentum won.
  pipeline::TrainOptions adagrad = opts;
  adagrad.lr = 0.5;
  adagrad.momentum = 0.0;
  pipeline::LogisticModel baseline(x.cols);
  baseline.Train(x, y, adagrad);
#endif

#ifndef NDEBUG
  std::cerr << "train: " << x.rows << " rows x " << x.cols << " features\n";
#endif

  std::ofstream out(model_cfg["path"].as<std::string>());
  model.Save(out);
  std::cout << "train: wrote " << model_cfg["path"].as<std::string>() << '\n';
  return 0;
}
