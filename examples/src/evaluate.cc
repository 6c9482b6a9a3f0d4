// evaluate.cc — stage 6: scores the held-out split with the ranker and reports metrics.
//
// Writes every test row's score to data/predictions/test_scores.csv and sends
// accuracy and log-loss to monitoring. Exits 1 if accuracy is below the alert floor.
#include <fstream>
#include <iostream>

#include <yaml-cpp/yaml.h>

#include "lib/feature_utils.h"
#include "lib/io_utils.h"
#include "lib/model.h"

int main() {
  YAML::Node cfg = YAML::LoadFile("configs/evaluate.yaml");
  const double threshold = cfg["evaluate"]["threshold"].as<double>();
  const int batch_size = cfg["batch_size"].as<int>();
  const double min_accuracy = cfg["alerts"]["min_accuracy"].as<double>();

  // Optional linear calibration of the raw probability, fitted offline.
  double cal_scale = 1.0;
  double cal_shift = 0.0;
  if (cfg["calibration"].IsDefined()) {
    cal_scale = cfg["calibration"]["scale"].as<double>();
    cal_shift = cfg["calibration"]["shift"].as<double>();
  }

  std::ifstream model_in("models/ranker.model");
  const pipeline::LogisticModel model = pipeline::LogisticModel::Load(model_in);
  std::ifstream test_in(cfg["data"]["test_path"].as<std::string>());
  const pipeline::CsvTable test = pipeline::ReadCsv(test_in);

  const pipeline::Matrix x = pipeline::ToMatrix(test, pipeline::FeatureColumns(test.header));
  const std::vector<double> y = pipeline::ColumnValues(test, test.Column("label"));
  const std::size_t event_col = test.Column("event_id");

  std::ofstream scores("data/predictions/test_scores.csv");
  scores << "event_id,score,label\n";
  std::size_t correct = 0;
  double loss = 0.0;
  for (std::size_t r = 0; r < x.rows; ++r) {
    const double p = cal_scale * model.Predict(pipeline::MatrixRow(x, r)) + cal_shift;
    const bool predicted_positive = p >= threshold;
    if (predicted_positive == (y[r] == 1.0))
      ++correct;
    loss += pipeline::LogLoss(p, y[r]);
    scores << test.rows[r][event_col] << ',' << p << ',' << y[r] << '\n';
    if ((r + 1) % batch_size == 0)
      pipeline::ReportMetric("evaluate.mean_log_loss", loss / (r + 1));
  }

  const double n = x.rows ? static_cast<double>(x.rows) : 1.0;
  const double accuracy = correct / n;
  pipeline::ReportMetric("evaluate.accuracy", accuracy);
  pipeline::ReportMetric("evaluate.log_loss", loss / n);
  std::cout << "evaluate: accuracy " << accuracy << " on " << x.rows << " rows\n";
  if (accuracy < min_accuracy) {
    std::cerr << "evaluate: accuracy below the alert floor " << min_accuracy << '\n';
    return 1;
  }
  return 0;
}
