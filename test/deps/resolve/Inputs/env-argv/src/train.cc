#include <cstdlib>
#include <fstream>
int main(int argc, char **argv) {
  std::ifstream Data(argv[1]);
  std::ofstream Model(std::getenv("MODEL_OUT"));
  std::ifstream Labels(getenv("LABELS"));
  // Near miss: a literal next to them still resolves.
  std::ifstream Vocab("data/vocab.txt");
}
