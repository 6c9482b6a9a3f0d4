//===- fuzz_rulepack.cpp - libFuzzer target: parseRulePack ---------------===//
//
// Any bytes give a rule pack (the entries that are well formed) and problems
// at positions inside the file; the key aliases it declares are then built.
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "config/RulePack.h"

#include <vector>

using namespace bel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::asText(Data, Size);
  unsigned Lines = fuzz::lineCount(Text);
  std::vector<report::Notification> Problems;
  config::RulePack P = config::parseRulePack("packs/fuzz.yaml", Text, Problems);
  for (const report::Notification &N : Problems) {
    if (N.Id != "bel-rule-pack-error" || N.Message.empty())
      fuzz::fail();
    if (N.Loc)
      fuzz::checkLocation(*N.Loc, "packs/fuzz.yaml", Lines);
  }
  for (const std::vector<config::ApiEntry> *List :
       {&P.DataAccess, &P.ConfigLoad, &P.ConfigRead, &P.Predict, &P.Train,
        &P.Monitor, &P.Glue})
    for (const config::ApiEntry &A : *List)
      if (A.Pack != P.Name || A.PathArg > 255)
        fuzz::fail();
  config::KeyAliases Aliases;
  for (const std::vector<std::string> &Group : P.Aliases) {
    if (Group.size() < 2)
      fuzz::fail();
    Aliases.addGroup(Group);
  }
  for (const std::vector<std::string> &Group : P.Aliases)
    if (!Aliases.same(Group.front(), Group.back()))
      fuzz::fail();
  return 0;
}
