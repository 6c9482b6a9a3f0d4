// join_labels.cc — stage 2: attaches click labels to the cleaned events.
//
// data/raw/labels.csv (event_id,label) is exported nightly by the labelling team.
// Events without a label are dropped. Output: data/tmp/joined.csv.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>

#include "lib/io_utils.h"

int main() {
  std::ifstream events_in("data/clean/events.csv");
  const pipeline::CsvTable events = pipeline::ReadCsv(events_in);

  std::unordered_map<std::string, std::string> labels;
  FILE* labels_file = std::fopen("data/raw/labels.csv", "r");
  if (!labels_file) {
    std::perror("join_labels: data/raw/labels.csv");
    return 1;
  }
  char buf[256];
  while (std::fgets(buf, sizeof buf, labels_file)) {
    buf[std::strcspn(buf, "\r\n")] = '\0';
    const std::vector<std::string> cells = pipeline::SplitLine(buf);
    if (cells.size() == 2)
      labels[cells[0]] = cells[1];
  }
  std::fclose(labels_file);

  FILE* out = std::fopen("data/tmp/joined.csv", "w");
  if (!out) {
    std::perror("join_labels: data/tmp/joined.csv");
    return 1;
  }
  for (const std::string& column : events.header)
    std::fprintf(out, "%s,", column.c_str());
  std::fprintf(out, "label\n");

  const std::size_t event_col = events.Column("event_id");
  std::size_t joined = 0;
  for (const auto& row : events.rows) {
    const auto label = labels.find(row[event_col]);
    if (label == labels.end())
      continue;
    for (const std::string& cell : row)
      std::fprintf(out, "%s,", cell.c_str());
    std::fprintf(out, "%s\n", label->second.c_str());
    ++joined;
  }
  std::fclose(out);

  std::cout << "join_labels: " << joined << " of " << events.rows.size()
            << " events labelled\n";
  return 0;
}
