#include <filesystem>
#include <fstream>
#include <string>
int main() {
  const std::string Root = "data";
  std::string Raw = Root + "/raw/" + "events.csv";
  std::ifstream In(Raw);
  std::filesystem::path Dir = "data";
  std::filesystem::path Clean = Dir / "clean" / "events.csv";
  std::ofstream Out(Clean);
  std::ofstream Log((Dir / "ingest.log").string());
  std::ofstream Stats(std::string("data/") + "stats.txt");
}
