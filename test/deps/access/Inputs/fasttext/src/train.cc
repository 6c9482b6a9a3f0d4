#include <fasttext/fasttext.h>
#include <istream>
int main() {
  fasttext::Args A;
  fasttext::FastText Ft;
  Ft.train(A);
  Ft.saveModel("out/lang.bin");
}
