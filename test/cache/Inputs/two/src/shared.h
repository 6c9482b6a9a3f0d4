// Included by train only.
#pragma once
inline const char *TrainPath() { return "data/train.csv"; }
