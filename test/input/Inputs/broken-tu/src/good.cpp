#include <fstream>
int main() { std::ifstream In("data/x.csv"); }
