#include <sstream>
#include <torch/torch.h>
int main() {
  torch::nn::Module Net;
  torch::load(Net, "out/init.bin");
  torch::optim::SGD Sgd(0.1);
  for (int Epoch = 0; Epoch < 3; ++Epoch)
    Sgd.step();
  torch::save(Net, "out/net.bin");
  // Near misses: archives in memory are no files.
  std::ostringstream Buffer;
  torch::save(Net, Buffer);
  std::istringstream Back(Buffer.str());
  torch::load(Net, Back);
}
