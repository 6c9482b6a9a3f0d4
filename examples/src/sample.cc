// sample.cc — stage 3: downsamples negative examples to balance the classes.
//
// Keeps every positive row of data/tmp/joined.csv and a `negative_rate` share of
// the negatives. Output: data/tmp/sampled.csv.
#include <fstream>
#include <iostream>
#include <random>

#include <nlohmann/json.hpp>

#include "lib/io_utils.h"

int main() {
  std::ifstream config_in("configs/sample.json");
  const nlohmann::json cfg = nlohmann::json::parse(config_in);
  const double negative_rate = cfg.value("negative_rate", 0.25);
  std::mt19937 rng(cfg.at("seed").get<unsigned>());
  long max_rows = -1;
  if (cfg.contains("max_rows"))
    max_rows = cfg["max_rows"].get<long>();

  std::ifstream in("data/tmp/joined.csv");
  const pipeline::CsvTable joined = pipeline::ReadCsv(in);
  const std::size_t label_col = joined.Column("label");

  std::bernoulli_distribution keep_negative(negative_rate);
  pipeline::CsvTable sampled{joined.header, {}};
  for (const auto& row : joined.rows) {
    if (max_rows >= 0 && static_cast<long>(sampled.rows.size()) >= max_rows)
      break;
    if (row[label_col] == "1" || keep_negative(rng))
      sampled.rows.push_back(row);
  }

  std::ofstream out;
  out.open("data/tmp/sampled.csv");
  pipeline::WriteCsv(out, sampled);

  std::cout << "sample: " << sampled.rows.size() << " of " << joined.rows.size()
            << " rows kept\n";
  return 0;
}
