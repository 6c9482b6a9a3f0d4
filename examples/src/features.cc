// features.cc — stage 4: builds model-ready rows and splits them by user into train/test.
//
// Input: data/tmp/sampled.csv (events + label). Derives query_len from the query
// text, keeps the columns listed in configs/features.yaml, and hashes user_id so
// that all of a user's rows land in the same split.
// Output: data/features/train.csv and data/features/test.csv (event_id, features, label).
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "lib/feature_utils.h"
#include "lib/io_utils.h"

namespace {

// Counts 4-character word pieces, a stand-in for the subword tokenizer under trial.
std::size_t CountSubwordTokens(const std::string& text) {
  std::size_t pieces = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t end = text.find(' ', i);
    const std::size_t len = (end == std::string::npos ? text.size() : end) - i;
    pieces += (len + 3) / 4;
    i += len + 1;
  }
  return pieces;
}

} // namespace

int main() {
  YAML::Node cfg = YAML::LoadFile("configs/features.yaml");
  const std::size_t buckets = cfg["features"]["hash_buckets"].as<int>();
  const unsigned hash_seed = cfg["features"]["hash_seed"].as<unsigned>();
  const double test_fraction = cfg["features"]["test_fraction"].as<double>();

  std::ifstream in("data/tmp/sampled.csv");
  pipeline::CsvTable table = pipeline::ReadCsv(in);
  // Profile features; user_tenure_days now arrives with the events (FEAT-112).
  std::ifstream profiles("data/raw/user_profiles.csv");

  std::size_t (*tokenize)(const std::string&) = pipeline::CountTokens;
  if (cfg["experiments"]["use_new_tokenizer"].as<bool>(false)) {
    tokenize = CountSubwordTokens;
  }
  const std::size_t query_col = table.Column("query");
  table.header.push_back("query_len");
  for (auto& row : table.rows)
    row.push_back(std::to_string(tokenize(row[query_col])));

  const std::vector<std::size_t> cols =
      pipeline::SelectColumns(cfg["features"]["columns"], table.header);
  const std::size_t event_col = table.Column("event_id");
  const std::size_t user_col = table.Column("user_id");
  const std::size_t label_col = table.Column("label");

  pipeline::CsvTable train;
  train.header.push_back("event_id");
  for (std::size_t c : cols)
    train.header.push_back(table.header[c]);
  train.header.push_back("label");
  pipeline::CsvTable test{train.header, {}};

  for (const auto& row : table.rows) {
    std::vector<std::string> out{row[event_col]};
    for (std::size_t c : cols)
      out.push_back(row[c]);
    out.push_back(row[label_col]);
    const std::size_t bucket = pipeline::HashBucket(row[user_col], buckets, hash_seed);
    if (bucket < test_fraction * buckets)
      test.rows.push_back(out);
    else
      train.rows.push_back(out);
  }

  std::ofstream train_out("data/features/train.csv");
  pipeline::WriteCsv(train_out, train);
  std::ofstream test_out("data/features/test.csv");
  pipeline::WriteCsv(test_out, test);

  std::cout << "features: " << train.rows.size() << " train rows, " << test.rows.size()
            << " test rows, " << cols.size() << " features\n";
  return 0;
}
