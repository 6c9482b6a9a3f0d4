// A file opened and never read from, a value read and never used, a column
// looked up and never used; reads that are used, and a stream that only
// feeds a config parser, stay silent.
// RUN: rm -rf %t && mkdir -p %t/src && cp -r %S/Inputs/data-unused-read/bel %t/ && cp %s %t/src/stage.cpp
// RUN: printf 'rule_packs: [bel/pack.yaml]\n' > %t/.bel.yaml
// RUN: %bel_lint --root %t --cache-dir= --rules=data-unused-read %t/src/stage.cpp -- %cxxflags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

struct Table {
  int rows;
  int Column(const char *Name) const;
};
Table ReadTable(std::ifstream &in);

int main() {
  std::ifstream never("data/never.csv");
  // CHECK: src/stage.cpp:[[@LINE-1]]:17: warning: 'never' opens 'data/never.csv' for reading, but nothing is ever read from it [data-unused-read]
  std::ifstream checked("data/checked.csv");
  if (!checked)
    return 1;
  // CHECK: src/stage.cpp:[[@LINE-3]]:17: warning: 'checked' opens 'data/checked.csv' for reading, but nothing is ever read from it [data-unused-read]
  std::FILE *f = std::fopen("data/closed.csv", "r");
  if (!f)
    return 1;
  std::fclose(f);
  // CHECK: src/stage.cpp:[[@LINE-4]]:18: warning: 'f' opens 'data/closed.csv' for reading, but nothing is ever read from it [data-unused-read]
  std::ifstream in("data/table.csv");
  Table Unused = ReadTable(in);
  // CHECK: src/stage.cpp:[[@LINE-1]]:9: warning: 'Unused' holds data read from 'data/table.csv' but is never used [data-unused-read]
  // CHECK: src/stage.cpp:[[@LINE-3]]:17: note: opened here

  std::ifstream used("data/used.csv");
  if (!used.is_open())
    return 2;
  Table T = ReadTable(used);
  used.close();
  int Label = T.Column("label");
  int Legacy = T.Column("legacy_score");
  // CHECK: src/stage.cpp:[[@LINE-1]]:7: warning: column 'legacy_score' is looked up into 'Legacy' with 'Table::Column' but never used [data-unused-read]
  std::ifstream config("configs/c.json");
  nlohmann::json cfg = nlohmann::json::parse(config);
  std::ofstream written("data/out.csv");
  return T.rows + Label;
}
