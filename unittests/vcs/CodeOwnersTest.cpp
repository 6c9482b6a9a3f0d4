//===- CodeOwnersTest.cpp - CODEOWNERS parsing and matching ---------------===//
#include "vcs/GitHistory.h"

#include <gtest/gtest.h>

using namespace bel::vcs;

namespace {

TEST(CodeOwners, PatternsMatchLikeGitignore) {
  EXPECT_TRUE(codeOwnersMatch("/configs/serve.json", "configs/serve.json"));
  EXPECT_FALSE(codeOwnersMatch("/configs/serve.json", "x/configs/serve.json"));
  EXPECT_TRUE(codeOwnersMatch("*.json", "configs/deep/a.json"));
  EXPECT_TRUE(codeOwnersMatch("configs/", "configs/a/b.yaml"));
  EXPECT_TRUE(codeOwnersMatch("/configs", "configs/a.yaml"));
  EXPECT_FALSE(codeOwnersMatch("/configs", "other/a.yaml"));
}

TEST(CodeOwners, ParsesRulesAndTheLastMatchWins) {
  ConfigHistory H;
  H.OwnersRules = parseCodeOwners(".github/CODEOWNERS",
                                  "# owners\n"
                                  "*.yaml @ml-team\n"
                                  "\n"
                                  "/configs/legacy.yaml   # nobody\n"
                                  "/configs/serve.yaml @serving @sre\n");
  ASSERT_EQ(H.OwnersRules.size(), 3u);
  EXPECT_EQ(H.OwnersRules[0].Loc.Line, 2u);
  EXPECT_EQ(H.OwnersRules[2].Owners,
            (std::vector<std::string>{"@serving", "@sre"}));
  EXPECT_EQ(H.ownerOf("configs/train.yaml")->Owners,
            std::vector<std::string>{"@ml-team"});
  EXPECT_TRUE(H.ownerOf("configs/legacy.yaml")->Owners.empty());
  EXPECT_EQ(H.ownerOf("configs/serve.yaml")->Loc.Line, 5u);
  EXPECT_EQ(H.ownerOf("configs/a.json"), nullptr);
}

} // namespace
