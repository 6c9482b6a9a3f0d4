// rerank_train.cc — stage 7: trains the reranker, a correction model on the ranker's scores.
//
// Input: the ranker's held-out scores (data/predictions/test_scores.csv, from
// evaluate) joined row by row with one raw feature of data/features/test.csv.
// Output: models/reranker.model, which serve blends with the ranker's score.
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>

#include <yaml-cpp/yaml.h>

#include "lib/feature_utils.h"
#include "lib/io_utils.h"
#include "lib/model.h"

namespace {

// Reads the optimiser settings of a `model:` block.
pipeline::TrainOptions ReadOptions(const YAML::Node& model) {
  pipeline::TrainOptions opts;
  opts.lr = model["lr"].as<double>();
  opts.l2 = model["l2"].as<double>();
  opts.epochs = model["epochs"].as<int>(3);
  return opts;
}

} // namespace

int main() {
  YAML::Node cfg = YAML::LoadFile("configs/rerank.yaml");
  const pipeline::TrainOptions opts = ReadOptions(cfg["model"]);
  const std::string extra_feature = cfg["extra_feature"].as<std::string>();

  std::ifstream scores_in("data/predictions/test_scores.csv");
  const pipeline::CsvTable scores = pipeline::ReadCsv(scores_in);
  std::ifstream features_in("data/features/test.csv");
  const pipeline::CsvTable features = pipeline::ReadCsv(features_in);
  if (scores.rows.size() != features.rows.size())
    throw std::runtime_error("rerank_train: scores and features are not aligned");

  // Reranker input: [ranker score, extra feature]; same order serve uses.
  const std::size_t score_col = scores.Column("score");
  const std::size_t extra_col = features.Column(extra_feature);
  pipeline::Matrix x;
  x.rows = scores.rows.size();
  x.cols = 2;
  x.values.reserve(x.rows * x.cols);
  for (std::size_t r = 0; r < x.rows; ++r) {
    x.values.push_back(std::stod(scores.rows[r][score_col]));
    x.values.push_back(std::stod(features.rows[r][extra_col]));
  }
  const std::vector<double> y = pipeline::ColumnValues(scores, scores.Column("label"));

  pipeline::LogisticModel reranker(x.cols);
  reranker.Train(x, y, opts);

  std::ofstream out("models/reranker.model");
  reranker.Save(out);
  std::cout << "rerank_train: trained on " << x.rows << " scored rows\n";
  return 0;
}
