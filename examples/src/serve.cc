// serve.cc — stage 8: online scoring. Reads requests on stdin, answers on stdout.
//
// Usage: serve CONFIG.json < requests.csv, where CONFIG.json is configs/serve.json
// in production and configs/serve_canary.json on canary hosts. A request line is
// `event_id,f1,...,fN` in the column order of data/features/*.csv.
// Every answer is appended to data/logs/served.csv (event_id,score,shown).
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/io_utils.h"
#include "lib/model.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: serve CONFIG.json < requests.csv\n";
    return 2;
  }
  std::ifstream config_in(argv[1]);
  nlohmann::json cfg = nlohmann::json::parse(config_in);
  const double threshold = cfg["threshold"];
  const int max_batch = cfg.value("max_batch", 32);
  const bool use_reranker = cfg["reranker"]["enabled"].get<bool>();
  const double blend = cfg["reranker"]["blend"].get<double>();

  std::ifstream ranker_in("models/ranker.model");
  const pipeline::LogisticModel ranker = pipeline::LogisticModel::Load(ranker_in);
  std::ifstream reranker_in("models/reranker.model");
  const pipeline::LogisticModel reranker = pipeline::LogisticModel::Load(reranker_in);

  std::ofstream served("data/logs/served.csv", std::ios::app);
  std::string line;
  int pending = 0;
  while (std::getline(std::cin, line)) {
    const std::vector<std::string> cells = pipeline::SplitLine(line);
    std::vector<double> x;
    for (std::size_t i = 1; i < cells.size(); ++i)
      x.push_back(std::stod(cells[i]));

    const double score = ranker.Predict(x);
    double final_score = score;
    if (use_reranker) {
      const double corrected = reranker.Predict({score, x.at(0)});
      if (cfg["experiments"]["rerank_v2"].get<bool>()) {
        final_score = corrected;
      } else {
        final_score = (1.0 - blend) * score + blend * corrected;
      }
    }

    const bool shown = final_score >= threshold;
    if (score > 0.73) {
      std::cout << cells[0] << ",top\n";
    } else {
      std::cout << cells[0] << (shown ? ",shown\n" : ",hidden\n");
    }
    served << cells[0] << ',' << final_score << ',' << (shown ? 1 : 0) << '\n';
    if (++pending == max_batch) {
      served.flush();
      std::cout.flush();
      pending = 0;
    }
  }
  return 0;
}
