#include <fstream>
#include <string>
int main(int argc, char **argv) {
  std::string Path = "data/a.csv";
  if (argc > 2)
    Path = "data/b.csv";
  std::ifstream In(Path);
  std::string Out = "data/out.csv";
  Out = Out + ".tmp";
  std::ofstream O(Out.c_str());
  std::string Kept = "data/kept.csv"; // Never changed: resolved.
  std::ifstream K(Kept);
}
