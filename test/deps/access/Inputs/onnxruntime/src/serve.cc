#include <onnxruntime_cxx_api.h>
#include <vector>
int main() {
  Ort::Env Env;
  Ort::SessionOptions Options;
  Ort::Session Session(Env, "out/ranker.bin", Options);
  // Near misses: a model already in memory, and an empty session.
  std::vector<char> Bytes;
  Ort::Session FromMemory(Env, Bytes.data(), Bytes.size(), Options);
  Ort::Session Empty(nullptr);
  const char *In[] = {"x"}, *Out[] = {"y"};
  std::vector<Ort::Value> Inputs;
  auto Result = Session.Run(Ort::RunOptions(), In, Inputs.data(), 1, Out, 1);
  (void)Result;
}
