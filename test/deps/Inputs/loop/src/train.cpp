#include <fstream>
int main() {
  std::ifstream Clean("data/clean.csv");
  std::ofstream Model("models/m.bin");
}
