// Mock <torch/script.h>: libtorch 1.13's TorchScript API (Debian 12's
// libtorch-dev): torch::jit::load and Module::save take a file name or a
// stream.
#pragma once
#include <istream>
#include <string>
#include <vector>
namespace c10 {
struct Device {};
struct nullopt_t {};
constexpr nullopt_t nullopt{};
template <class T> class optional {
public:
  optional(nullopt_t);
  optional(T);
};
struct IValue {
  template <class T> IValue(T);
};
} // namespace c10
namespace torch {
struct Tensor {};
namespace jit {
using IValue = c10::IValue;
using ExtraFilesMap = std::vector<std::string>;
struct Module {
  IValue forward(std::vector<IValue> inputs);
  void save(std::ostream &out,
            const ExtraFilesMap &extra_files = ExtraFilesMap()) const;
  void save(const std::string &filename,
            const ExtraFilesMap &extra_files = ExtraFilesMap()) const;
};
Module load(std::istream &in, c10::optional<c10::Device> device = c10::nullopt);
Module load(const std::string &filename,
            c10::optional<c10::Device> device = c10::nullopt);
} // namespace jit
} // namespace torch
