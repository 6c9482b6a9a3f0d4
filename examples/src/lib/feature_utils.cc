// feature_utils.cc — CSV-to-matrix conversion, user hashing and query tokenising.
#include "lib/feature_utils.h"

#include <cstdint>
#include <sstream>
#include <stdexcept>

namespace pipeline {

std::vector<std::size_t> SelectColumns(const YAML::Node& columns,
                                       const std::vector<std::string>& header) {
  std::vector<std::size_t> picked;
  for (const YAML::Node& column : columns) {
    const std::string name = column.as<std::string>();
    std::size_t i = 0;
    while (i < header.size() && header[i] != name)
      ++i;
    if (i == header.size())
      throw std::out_of_range("feature column '" + name + "' is not in the input");
    picked.push_back(i);
  }
  return picked;
}

std::vector<std::size_t> FeatureColumns(const std::vector<std::string>& header) {
  std::vector<std::size_t> cols;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] != "event_id" && header[i] != "label")
      cols.push_back(i);
  return cols;
}

Matrix ToMatrix(const CsvTable& table, const std::vector<std::size_t>& cols) {
  Matrix m;
  m.rows = table.rows.size();
  m.cols = cols.size();
  m.values.resize(m.rows * m.cols);
  for (std::size_t r = 0; r < m.rows; ++r)
    for (std::size_t c = 0; c < m.cols; ++c)
      m.At(r, c) = std::stod(table.rows[r][cols[c]]);
  return m;
}

std::vector<double> ColumnValues(const CsvTable& table, std::size_t col) {
  std::vector<double> values;
  values.reserve(table.rows.size());
  for (const auto& row : table.rows)
    values.push_back(std::stod(row[col]));
  return values;
}

std::vector<double> MatrixRow(const Matrix& m, std::size_t r) {
  std::vector<double> row(m.cols);
  for (std::size_t c = 0; c < m.cols; ++c)
    row[c] = m.At(r, c);
  return row;
}

std::size_t HashBucket(const std::string& key, std::size_t buckets, unsigned seed) {
  std::uint64_t h = 14695981039346656037ULL ^ seed;
  for (unsigned char ch : key) {
    h ^= ch;
    h *= 1099511628211ULL;
  }
  return static_cast<std::size_t>(h % buckets);
}

std::size_t CountTokens(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string token; in >> token;)
    ++n;
  return n;
}

} // namespace pipeline
