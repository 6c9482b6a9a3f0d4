#include <fstream>
#include <string>
static void openTable(const std::string &file) { std::ifstream In(file); }
static void loadSplit(const std::string &split) {
  openTable("data/" + split + ".csv");
}
int main() {
  loadSplit("train");
  loadSplit("valid");
}
