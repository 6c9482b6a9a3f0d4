#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
namespace fs = std::filesystem;
int main(int argc, char **argv) {
  std::ifstream Raw("data/raw.csv");
  const std::string Dir = "data";
  std::ofstream Clean(Dir + "/clean.csv");
  fs::path Out = "out";
  std::ofstream Features(Out / "features.csv");
  std::fstream Index;
  Index.open("data/index.bin");
  FILE *Log = std::fopen("data/log.txt", "a");
  int In = open("data/in.bin", O_RDONLY);
  int Cache = open("data/cache.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int Rel = openat(AT_FDCWD, "data/rel.bin", O_RDWR);
  fs::copy_file("data/labels.csv", Out / "labels.csv",
                fs::copy_options::overwrite_existing);
  fs::rename("out/tmp.csv", "out/final.csv");
  fs::remove_all("out/scratch");
  std::rename("data/a.csv", "data/b.csv");
  std::ifstream Arg(argv[1]);
  std::ifstream Env(std::getenv("EXTRA"));
  std::stringstream NotAFile;
  std::fclose(Log), close(In), close(Cache), close(Rel);
}
