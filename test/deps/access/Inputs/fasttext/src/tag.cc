#include <fasttext/fasttext.h>
#include <sstream>
int main() {
  fasttext::FastText Ft;
  Ft.loadModel("out/lang.bin");
  std::istringstream In;
  fasttext::FastText FromStream;
  FromStream.loadModel(In); // A stream: no file.
  fasttext::Predictions P;
  Ft.predict(1, {}, P);
}
