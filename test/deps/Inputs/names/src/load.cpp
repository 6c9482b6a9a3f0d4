#include <fstream>
int main() { std::ifstream In("data/\"q\" 'x'.csv"); }
