#include <sstream>
#include <torch/script.h>
int main() {
  torch::jit::Module M = torch::jit::load("out/traced.bin");
  M.save("out/traced-copy.bin");
  std::istringstream In;
  torch::jit::Module FromStream = torch::jit::load(In); // No file.
  std::ostringstream Out;
  FromStream.save(Out);
  auto Y = M.forward({});
  (void)Y;
}
