#include <fstream>
#include <string>
// The same names in another TU, passed a path bel cannot know.
static void openTable(const std::string &file) { std::ifstream In(file); }
static void loadSplit(const std::string &split) {
  openTable("data/" + split + ".csv");
}
int main(int argc, char **argv) { loadSplit(argv[1]); }
