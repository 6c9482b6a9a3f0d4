#include <fstream>
int main() {
  std::ifstream Raw("data/a&b <raw>.csv");
  std::ofstream Quoted("data/\"q\" 'x'.csv");
  std::ofstream Log("data/logs/etl.log");
}
