#pragma once
#include <string>
int ReadLines(const std::string &path);
