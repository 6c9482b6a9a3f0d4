// ingest.cc — stage 1: cleans raw click events into data/clean/events.csv.
//
// Keeps only impressions the ranker actually served (data/logs/served.csv, written
// by serve), drops bots and users with too few events, and sets rejected rows aside.
// Ops can add a one-off dump with BACKFILL_CSV=/path/to/dump.csv.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "lib/io_utils.h"

namespace {

using Row = std::vector<std::string>;

// Event ids that serve showed to a user (log line: event_id,score,shown).
std::set<std::string> ReadServedIds(std::istream& log) {
  std::set<std::string> ids;
  std::string line;
  while (std::getline(log, line)) {
    const Row cells = pipeline::SplitLine(line);
    if (cells.size() == 3 && cells[2] == "1")
      ids.insert(cells[0]);
  }
  return ids;
}

} // namespace

int main() {
  YAML::Node cfg = YAML::LoadFile("configs/ingest.yaml");
  const int min_events = cfg["ingest"]["min_events_per_user"].as<int>();
  const bool drop_bots = cfg["ingest"]["drop_bots"].as<bool>();
  const long max_rows = cfg["ingest"]["max_rows"].as<long>(1000000);

  std::ifstream raw("data/raw/events.csv");
  pipeline::CsvTable events = pipeline::ReadCsv(raw);

  std::ifstream served_log("data/logs/served.csv");
  const std::set<std::string> served = ReadServedIds(served_log);

  if (const char* backfill_path = std::getenv("BACKFILL_CSV")) {
    std::ifstream backfill(backfill_path);
    const pipeline::CsvTable extra = pipeline::ReadCsv(backfill);
    events.rows.insert(events.rows.end(), extra.rows.begin(), extra.rows.end());
  }

  const std::size_t event_col = events.Column("event_id");
  const std::size_t user_col = events.Column("user_id");
  const std::size_t bot_col = events.Column("is_bot");

  if (cfg["experiments"]["legacy_dedup"].as<bool>(false)) {
    // v1 behaviour: drop exact duplicate rows before anything else.
    std::set<Row> seen;
    std::vector<Row> unique;
    for (const Row& row : events.rows)
      if (seen.insert(row).second)
        unique.push_back(row);
    events.rows.swap(unique);
  }

  std::map<std::string, int> per_user;
  for (const Row& row : events.rows)
    ++per_user[row[user_col]];

  pipeline::CsvTable kept{events.header, {}};
  pipeline::CsvTable rejected{events.header, {}};
  for (const Row& row : events.rows) {
    const bool ok = row.size() == events.header.size() &&
                    !(drop_bots && row[bot_col] == "1") &&
                    per_user[row[user_col]] >= min_events &&
                    (served.empty() || served.count(row[event_col]) > 0);
    if (ok && static_cast<long>(kept.rows.size()) < max_rows)
      kept.rows.push_back(row);
    else
      rejected.rows.push_back(row);
  }

  std::ofstream clean("data/clean/events.csv");
  pipeline::WriteCsv(clean, kept);
  std::ofstream rejects("data/clean/rejected.csv");
  pipeline::WriteCsv(rejects, rejected);

  std::cout << "ingest: kept " << kept.rows.size() << ", rejected "
            << rejected.rows.size() << '\n';
  return 0;
}
