#include <fstream>
int main() { std::ifstream Clean("data/clean.csv"); }
