// io_utils.h — CSV reading/writing on streams and the metrics hook every stage shares.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace pipeline {

/// A CSV file held in memory: one header row and rows of string cells.
struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  /// Index of the column called `name`; throws std::out_of_range if absent.
  std::size_t Column(const std::string& name) const;
};

/// Splits one CSV line on commas (our files never quote cells).
std::vector<std::string> SplitLine(const std::string& line);

/// Reads a whole CSV stream whose first line is the header.
CsvTable ReadCsv(std::istream& in);

/// Writes `table`, header first, to `out`.
void WriteCsv(std::ostream& out, const CsvTable& table);

/// Reports one gauge to the monitoring agent (StatsD line on stderr, which
/// the job runner forwards). Stages that predict call it for every batch.
void ReportMetric(const std::string& name, double value);

} // namespace pipeline
