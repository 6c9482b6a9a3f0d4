//===- fuzz_manifest.cpp - libFuzzer target: parseManifest ---------------===//
//
// Any bytes give a manifest (defaults where the text says nothing usable)
// and problems at positions inside the file. The globs it holds are then
// matched, as bel matches them against the project's files.
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "config/Glob.h"
#include "config/Manifest.h"

#include <vector>

using namespace bel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::asText(Data, Size);
  unsigned Lines = fuzz::lineCount(Text);
  std::vector<report::Notification> Problems;
  config::Manifest M = config::parseManifest(".bel.yaml", Text, Problems);
  for (const report::Notification &N : Problems) {
    if (N.Id != "bel-manifest-error" || N.Message.empty())
      fuzz::fail();
    if (N.Loc)
      fuzz::checkLocation(*N.Loc, ".bel.yaml", Lines);
  }
  for (const std::vector<std::string> *Globs :
       {&M.Sources, &M.Exclude, &M.Configs, &M.FinalOutputs,
        &M.PinnedDatasets, &M.Jungle.Scratch})
    for (const std::string &G : *Globs)
      (void)config::globMatch(G, "src/train/main.cpp");
  (void)M.dataset("data/raw/2024-01-01/part-0.csv");
  return 0;
}
