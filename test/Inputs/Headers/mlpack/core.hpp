// Mock <mlpack/core.hpp>: mlpack 4's data::Load and data::Save (file name
// first; a matrix, or a model's name and object) on Armadillo matrices.
#pragma once
#include <string>
namespace arma {
template <typename eT> class Mat {
public:
  Mat();
};
template <typename eT> class Row {
public:
  Row();
};
typedef Mat<double> mat;
} // namespace arma
namespace mlpack {
namespace data {
enum class FileType { AutoDetect, CSVASCII };
enum class format { autodetect, json, xml, binary };
template <typename eT>
bool Load(const std::string &filename, arma::Mat<eT> &matrix,
          const bool fatal = false, const bool transpose = true,
          const FileType inputLoadType = FileType::AutoDetect);
template <typename T>
bool Load(const std::string &filename, const std::string &name, T &t,
          const bool fatal = false, format f = format::autodetect);
template <typename eT>
bool Save(const std::string &filename, const arma::Mat<eT> &matrix,
          const bool fatal = false, bool transpose = true,
          FileType inputSaveType = FileType::AutoDetect);
template <typename T>
bool Save(const std::string &filename, const std::string &name, T &t,
          const bool fatal = false, format f = format::autodetect);
} // namespace data
} // namespace mlpack
