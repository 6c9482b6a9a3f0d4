// io_utils.cc — CSV helpers and the metrics hook.
#include "lib/io_utils.h"

#include <iostream>
#include <sstream>
#include <stdexcept>

namespace pipeline {

std::size_t CsvTable::Column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name)
      return i;
  throw std::out_of_range("no column '" + name + "'");
}

std::vector<std::string> SplitLine(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, ','))
    cells.push_back(cell);
  // getline drops an empty last cell ("a,b," has three cells).
  if (!line.empty() && line.back() == ',')
    cells.emplace_back();
  return cells;
}

CsvTable ReadCsv(std::istream& in) {
  CsvTable table;
  std::string line;
  if (std::getline(in, line))
    table.header = SplitLine(line);
  while (std::getline(in, line)) {
    if (!line.empty())
      table.rows.push_back(SplitLine(line));
  }
  return table;
}

void WriteCsv(std::ostream& out, const CsvTable& table) {
  auto write_row = [&out](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i)
      out << (i ? "," : "") << row[i];
    out << '\n';
  };
  write_row(table.header);
  for (const auto& row : table.rows)
    write_row(row);
}

void ReportMetric(const std::string& name, double value) {
  std::cerr << "pipeline." << name << ':' << value << "|g\n";
}

} // namespace pipeline
