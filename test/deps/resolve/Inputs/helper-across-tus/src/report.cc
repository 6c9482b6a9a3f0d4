#include <fstream>
// Calls no helper: none of ReadLines's files is its.
int main() { std::ofstream Out("data/report.txt"); }
