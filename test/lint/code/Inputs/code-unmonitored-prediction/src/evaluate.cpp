#include "lib.h"
static void Log(double S) { Report("evaluate.score", S); }
int main() {
  double S = Score(1.0);
  Log(S);
  return 0;
}
