#include <fstream>
int main() {
  std::ofstream Out("data/served.csv");
  return 0;
}
