#include <fstream>
void Consume(std::ifstream &);
int main() {
  std::ifstream In("data/x.csv");
  Consume(In);
}
