#include <fstream>
int main() {
  std::ifstream Raw("data/raw.csv");
  std::ifstream Served("data/served.csv");
  std::ofstream Clean("data/clean.csv");
}
