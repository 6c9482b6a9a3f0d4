#include "lib/io.h"
int main() { return ReadLines("data/raw.csv"); }
