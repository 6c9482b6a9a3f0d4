// feature_utils.h — turns CSV tables into model inputs; hashing and tokenising helpers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "lib/io_utils.h"
#include "lib/model.h"

namespace pipeline {

/// Indices in `header` of the feature columns named by the `columns` config list.
std::vector<std::size_t> SelectColumns(const YAML::Node& columns,
                                       const std::vector<std::string>& header);

/// Indices of every column except `event_id` and `label` (the model inputs of a
/// features/*.csv file).
std::vector<std::size_t> FeatureColumns(const std::vector<std::string>& header);

/// Copies the chosen columns of `table` into a dense Matrix, cell by cell.
Matrix ToMatrix(const CsvTable& table, const std::vector<std::size_t>& cols);

/// Copies one column of `table` into a vector of doubles (labels, scores).
std::vector<double> ColumnValues(const CsvTable& table, std::size_t col);

/// Copies row `r` of `m` into a vector (LogisticModel::Predict takes vectors).
std::vector<double> MatrixRow(const Matrix& m, std::size_t r);

/// Stable bucket in [0, buckets) for `key` (seeded FNV-1a).
std::size_t HashBucket(const std::string& key, std::size_t buckets, unsigned seed);

/// Number of whitespace-separated tokens in `text`.
std::size_t CountTokens(const std::string& text);

} // namespace pipeline
