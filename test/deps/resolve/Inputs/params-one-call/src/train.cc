#include <fstream>
#include <string>
static void openSplit(const std::string &dir, const std::string &split) {
  std::ifstream In(dir + "/" + split + ".csv");
}
int main() {
  openSplit("data", "train");
  openSplit("cache", "valid");
}
