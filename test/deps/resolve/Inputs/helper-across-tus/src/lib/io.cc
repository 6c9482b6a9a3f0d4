#include "io.h"
#include <fstream>
int ReadLines(const std::string &path) {
  std::ifstream In(path);
  int Lines = 0;
  In >> Lines;
  return Lines;
}
