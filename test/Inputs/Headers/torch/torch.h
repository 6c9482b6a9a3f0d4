// Mock <torch/torch.h>: libtorch 1.13's torch::save and torch::load
// (templates that forward to an archive taking a file name or a stream) and
// optimizers, whose step() overrides Optimizer::step.
#pragma once
#include <torch/script.h>
namespace torch {
template <typename Value, typename... SaveToArgs>
void save(const Value &value, SaveToArgs &&...args);
template <typename Value, typename... LoadFromArgs>
void load(Value &value, LoadFromArgs &&...args);
namespace nn {
struct Module {
  Tensor forward(Tensor x);
};
} // namespace nn
namespace optim {
class Optimizer {
public:
  virtual ~Optimizer();
  virtual Tensor step() = 0;
  void zero_grad();
};
class SGD : public Optimizer {
public:
  explicit SGD(double lr);
  Tensor step() override;
};
class Adam : public Optimizer {
public:
  explicit Adam(double lr);
  Tensor step() override;
};
} // namespace optim
} // namespace torch
