#include <dlib/dnn.h>
#include <dlib/svm.h>
#include <sstream>
#include <string>
struct Net {};
int main() {
  Net N;
  dlib::deserialize("out/pretrained.dat") >> N;
  dlib::dnn_trainer<Net> Trainer(N);
  std::vector<int> Samples;
  std::vector<unsigned long> Labels;
  Trainer.train(Samples, Labels);
  dlib::svm_c_trainer<dlib::linear_kernel<int>> Svm;
  auto Df = Svm.train(Samples, Labels);
  dlib::serialize("out/net.dat") << N;
  // Near misses: an item serialized into a stream, streams and buffers.
  std::ostringstream Out;
  std::string Name = "out/name.dat";
  dlib::serialize(Name, Out);
  dlib::serialize(Out) << N;
  std::vector<char> Buf;
  dlib::deserialize(Buf) >> N;
  (void)Df;
}
