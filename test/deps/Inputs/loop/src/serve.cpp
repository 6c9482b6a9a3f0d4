#include <fstream>
int main() {
  std::ifstream Model("models/m.bin");
  std::ofstream Served("data/served.csv");
}
