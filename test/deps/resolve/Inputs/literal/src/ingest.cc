#include <fstream>
int main() {
  std::ifstream In("./data//raw/events.csv");
  std::ofstream Out("data/clean/../clean/events.csv");
}
