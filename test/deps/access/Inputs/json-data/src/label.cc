#include <fstream>
#include <nlohmann/json.hpp>
int main() {
  std::ifstream config_in("configs/label.json");
  nlohmann::json cfg = nlohmann::json::parse(config_in);
  std::ifstream rows_in("data/rows.json");
  nlohmann::json rows = nlohmann::json::parse(rows_in);
  return cfg.size() + rows.size() > 0;
}
