// Mock <fasttext/fasttext.h>: fastText 0.9.2's FastText class (Debian 12's
// libfasttext-dev); loadModel takes a file name or a stream.
#pragma once
#include <cstdint>
#include <istream>
#include <string>
#include <vector>
namespace fasttext {
typedef float real;
class Args {
public:
  Args();
  std::string input, output;
};
using Predictions = std::vector<real>;
class FastText {
public:
  FastText();
  void saveVectors(const std::string &filename);
  void saveModel(const std::string &filename);
  void saveOutput(const std::string &filename);
  void loadModel(std::istream &in);
  void loadModel(const std::string &filename);
  void predict(int32_t k, const std::vector<int32_t> &words,
               Predictions &predictions, real threshold = 0.0) const;
  void train(const Args &args, void (*callback)(float, float) = nullptr);
};
} // namespace fasttext
