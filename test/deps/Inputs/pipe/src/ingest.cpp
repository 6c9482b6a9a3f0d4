#include <cstdio>
#include <fstream>
int main() {
  std::ifstream Raw("data/raw/events.csv");
  std::ofstream Clean("./data//clean/events.csv");
  FILE *Log = fopen("data/logs/ingest.log", "a");
  (void)Log;
}
