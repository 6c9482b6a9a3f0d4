#include "lib.h"

double Score(double X) { Model M; return M.Predict(X); }
void Report(const char *Name, double Value);
