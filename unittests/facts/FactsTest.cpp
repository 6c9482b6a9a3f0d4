//===- FactsTest.cpp - facts serialization and the reduce step ------------===//
#include "facts/Facts.h"
#include "facts/Program.h"

#include "llvm/Support/Error.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace bel::facts;
using bel::config::Access;
using bel::config::ConfigSet;
using bel::config::EffectiveConfig;
using bel::config::Manifest;
using bel::config::StageSpec;

namespace {

/// A TUFacts with every field of every record set to a non-default value.
TUFacts everyField() {
  TUFacts F;
  F.File = "src/train.cpp";
  F.DefinesMain = true;

  ConfigRead R;
  R.Keys = {"model", "lr"};
  R.Kind = ReadKind::Presence;
  R.Api = ConfigApi::Nlohmann;
  R.Anchored = true;
  R.ConfigPath = "configs/train.yaml";
  R.Type = "double";
  R.HasDefault = true;
  R.Default = "0.1";
  R.Loc = Location{"src/train.cpp", 12, 7, 12, 11};
  R.Function = "train::run";
  F.Reads.push_back(R);
  ConfigRead Subtree = R;
  Subtree.Keys = {"opt"};
  Subtree.Kind = ReadKind::Subtree;
  Subtree.Api = ConfigApi::YamlCpp;
  Subtree.Anchored = false;
  F.Reads.push_back(Subtree);

  DataAccess A;
  A.Path = "data/out.csv";
  A.Source = "\"data/out.csv\" /* \\ quoted, unicode \xC3\xA9 */";
  A.Mode = Access::ReadWrite;
  A.Api = "std::basic_fstream";
  A.Loc = Location{"src/train.cpp", 20, 3, 20, 40};
  A.Function = "main";
  F.Accesses.push_back(A);

  ConfigLoad L;
  L.Path = "configs/train.yaml";
  L.Source = "\"configs/train.yaml\"";
  L.Api = "YAML::LoadFile";
  L.Loc = Location{"src/train.cpp", 5, 14, 5, 34};
  L.Function = "main";
  F.Loads.push_back(L);
  return F;
}

void expectSameLoc(const Location &A, const Location &B) {
  EXPECT_EQ(A.Path, B.Path);
  EXPECT_EQ(A.Line, B.Line);
  EXPECT_EQ(A.Column, B.Column);
  EXPECT_EQ(A.EndLine, B.EndLine);
  EXPECT_EQ(A.EndColumn, B.EndColumn);
}

/// The message of the error \p Line gives; a success fails the test.
std::string errorOf(llvm::StringRef Line) {
  llvm::Expected<TUFacts> F = fromJsonLine(Line);
  if (F) {
    ADD_FAILURE() << "expected an error for: " << Line.str();
    return "";
  }
  std::string Message;
  llvm::handleAllErrors(F.takeError(), [&](const llvm::ErrorInfoBase &E) {
    Message = E.message();
  });
  return Message;
}

TEST(Facts, JsonLineRoundTripsEveryField) {
  TUFacts In = everyField();
  std::string Line = toJsonLine(In);
  EXPECT_EQ(Line.find('\n'), std::string::npos) << "one line: " << Line;

  llvm::Expected<TUFacts> Out = fromJsonLine(Line);
  ASSERT_TRUE(static_cast<bool>(Out)) << llvm::toString(Out.takeError());
  EXPECT_EQ(Out->File, In.File);
  EXPECT_EQ(Out->DefinesMain, In.DefinesMain);

  ASSERT_EQ(Out->Reads.size(), 2u);
  for (size_t I = 0; I < 2; ++I) {
    SCOPED_TRACE(I);
    const ConfigRead &A = Out->Reads[I], &B = In.Reads[I];
    EXPECT_EQ(A.Keys, B.Keys);
    EXPECT_EQ(A.Kind, B.Kind);
    EXPECT_EQ(A.Api, B.Api);
    EXPECT_EQ(A.Anchored, B.Anchored);
    EXPECT_EQ(A.ConfigPath, B.ConfigPath);
    EXPECT_EQ(A.Type, B.Type);
    EXPECT_EQ(A.HasDefault, B.HasDefault);
    EXPECT_EQ(A.Default, B.Default);
    expectSameLoc(A.Loc, B.Loc);
    EXPECT_EQ(A.Function, B.Function);
  }

  ASSERT_EQ(Out->Accesses.size(), 1u);
  const DataAccess &A = Out->Accesses[0], &B = In.Accesses[0];
  EXPECT_EQ(A.Path, B.Path);
  EXPECT_EQ(A.Source, B.Source);
  EXPECT_EQ(A.Mode, B.Mode);
  EXPECT_EQ(A.Api, B.Api);
  expectSameLoc(A.Loc, B.Loc);
  EXPECT_EQ(A.Function, B.Function);

  ASSERT_EQ(Out->Loads.size(), 1u);
  const ConfigLoad &L = Out->Loads[0], &M = In.Loads[0];
  EXPECT_EQ(L.Path, M.Path);
  EXPECT_EQ(L.Source, M.Source);
  EXPECT_EQ(L.Api, M.Api);
  expectSameLoc(L.Loc, M.Loc);
  EXPECT_EQ(L.Function, M.Function);

  // Serializing what was read back gives the same bytes.
  EXPECT_EQ(toJsonLine(*Out), Line);
}

TEST(Facts, JsonLineIsStableAndSortsFields) {
  std::string Line = toJsonLine(everyField());
  EXPECT_EQ(Line, toJsonLine(everyField()));
  EXPECT_LT(Line.find("\"accesses\""), Line.find("\"definesMain\""));
  EXPECT_LT(Line.find("\"definesMain\""), Line.find("\"file\""));
}

TEST(Facts, EmptyFactsRoundTrip) {
  TUFacts In;
  In.File = "lib/util.cpp";
  llvm::Expected<TUFacts> Out = fromJsonLine(toJsonLine(In));
  ASSERT_TRUE(static_cast<bool>(Out)) << llvm::toString(Out.takeError());
  EXPECT_EQ(Out->File, "lib/util.cpp");
  EXPECT_FALSE(Out->DefinesMain);
  EXPECT_TRUE(Out->Reads.empty());
  EXPECT_TRUE(Out->Accesses.empty());
  EXPECT_TRUE(Out->Loads.empty());
}

TEST(Facts, MalformedLineIsAnError) {
  std::string Message = errorOf("{not json");
  EXPECT_EQ(Message.rfind("malformed facts: ", 0), 0u) << Message;
  EXPECT_EQ(errorOf("").rfind("malformed facts: ", 0), 0u);
}

TEST(Facts, MissingFieldIsAnErrorNamingTheField) {
  std::string Message = errorOf(R"({"file": "a.cpp", "reads": [],
                                    "accesses": [], "loads": []})");
  EXPECT_EQ(Message.rfind("malformed facts: ", 0), 0u) << Message;
  EXPECT_NE(Message.find("definesMain"), std::string::npos) << Message;
}

TEST(Facts, UnknownEnumValueIsAnErrorNamingTheValue) {
  std::string Line = toJsonLine(everyField());
  size_t At = Line.find("\"presence\"");
  ASSERT_NE(At, std::string::npos);
  Line.replace(At, 10, "\"sometimes\"");
  std::string Message = errorOf(Line);
  EXPECT_EQ(Message, "malformed facts: unknown value 'sometimes'");
}

TEST(Facts, WrongTypeIsAnError) {
  std::string Line = toJsonLine(everyField());
  size_t At = Line.find("\"definesMain\":true");
  ASSERT_NE(At, std::string::npos) << Line;
  Line.replace(At, 18, "\"definesMain\":\"yes\"");
  EXPECT_EQ(errorOf(Line).rfind("malformed facts: ", 0), 0u);
}

// Found by bel-fuzz-facts: 1.8e21 was cast to unsigned (UB).
TEST(Facts, OutOfRangeOrFractionalNumbersAreErrors) {
  std::string Line = toJsonLine(everyField());
  size_t At = Line.find("\"line\":");
  ASSERT_NE(At, std::string::npos) << Line;
  size_t End = Line.find_first_of(",}", At);
  for (const char *Bad : {"1.8e21", "-1", "4294967296", "2.5"}) {
    std::string L = Line;
    L.replace(At, End - At, std::string("\"line\":") + Bad);
    EXPECT_EQ(errorOf(L).rfind("malformed facts: expected an integer that fits, got ", 0), 0u)
        << Bad << ": " << errorOf(L);
  }
}

TEST(Facts, NamesOfEnums) {
  EXPECT_STREQ(readKindName(ReadKind::Value), "value");
  EXPECT_STREQ(readKindName(ReadKind::Presence), "presence");
  EXPECT_STREQ(readKindName(ReadKind::Subtree), "subtree");
  EXPECT_STREQ(configApiName(ConfigApi::YamlCpp), "yaml-cpp");
  EXPECT_STREQ(configApiName(ConfigApi::Nlohmann), "nlohmann");
  ConfigRead R;
  R.Keys = {"a", "b", "c"};
  EXPECT_EQ(R.dottedKey(), "a.b.c");
}

//===----------------------------------------------------------------------===//
// buildProgram
//===----------------------------------------------------------------------===//

TUFacts tu(const std::string &File, bool Main) {
  TUFacts F;
  F.File = File;
  F.DefinesMain = Main;
  return F;
}

ConfigLoad load(const std::string &Path, unsigned Line) {
  ConfigLoad L;
  L.Path = Path;
  L.Source = "\"" + Path + "\"";
  L.Api = "YAML::LoadFile";
  L.Loc = Location{"src/train.cpp", Line, 14};
  L.Function = "main";
  return L;
}

class ProgramTest : public ::testing::Test {
protected:
  Manifest M;
  ConfigSet Configs;

  void SetUp() override {
    for (const char *P :
         {"configs/eval.yaml", "configs/extra.yaml", "configs/train.yaml"}) {
      EffectiveConfig C;
      C.Path = P;
      Configs.Configs.push_back(C);
    }
  }

  const Stage *stage(const Program &P, const std::string &Name) {
    for (const Stage &S : P.Stages)
      if (S.Name == Name)
        return &S;
    return nullptr;
  }

  static std::vector<std::string> names(const Program &P) {
    std::vector<std::string> Out;
    for (const Stage &S : P.Stages)
      Out.push_back(S.Name);
    return Out;
  }
};

TEST_F(ProgramTest, ATranslationUnitWithMainIsAStageNamedAfterItsStem) {
  Program P =
      buildProgram(M, Configs,
                   {tu("src/train.cpp", true), tu("src/util.cpp", false),
                    tu("tools/eval.cc", true)},
                   /*HasCodeFacts=*/true);
  EXPECT_TRUE(P.HasCodeFacts);
  EXPECT_EQ(P.Manifest, &M);
  EXPECT_EQ(P.Configs, &Configs);
  EXPECT_EQ(names(P), (std::vector<std::string>{"eval", "train"}));
  const Stage *Train = stage(P, "train");
  ASSERT_NE(Train, nullptr);
  EXPECT_EQ(Train->MainFile, "src/train.cpp");
  ASSERT_NE(Train->TU, nullptr);
  EXPECT_EQ(Train->TU, &P.TUs[0]);
  EXPECT_TRUE(Train->Configs.empty());
}

TEST_F(ProgramTest, ManifestRenamesAStageAndTiesConfigs) {
  M.Stages.push_back(
      StageSpec{"fit", "src/train.cpp", {"configs/extra.yaml"}, {}});
  Program P = buildProgram(M, Configs, {tu("src/train.cpp", true)}, true);
  EXPECT_EQ(names(P), std::vector<std::string>{"fit"});
  const Stage *Fit = stage(P, "fit");
  ASSERT_NE(Fit, nullptr);
  EXPECT_EQ(Fit->MainFile, "src/train.cpp");
  EXPECT_EQ(Fit->TU, &P.TUs[0]);
  EXPECT_EQ(Fit->Configs, std::set<std::string>{"configs/extra.yaml"});
  EXPECT_EQ(Fit->ManifestConfigs, std::set<std::string>{"configs/extra.yaml"});
  // A manifest tie has no load site.
  EXPECT_TRUE(Fit->LoadSites.empty());
}

TEST_F(ProgramTest, ManifestStageWithoutSourcesStillExists) {
  M.Stages.push_back(StageSpec{"serve", "", {"configs/eval.yaml"}, {}});
  Program P = buildProgram(M, Configs, {}, /*HasCodeFacts=*/false);
  EXPECT_FALSE(P.HasCodeFacts);
  const Stage *Serve = stage(P, "serve");
  ASSERT_NE(Serve, nullptr);
  EXPECT_EQ(Serve->MainFile, "");
  EXPECT_EQ(Serve->TU, nullptr);
  ASSERT_EQ(P.stagesOf("configs/eval.yaml").size(), 1u);
  EXPECT_EQ(P.stagesOf("configs/eval.yaml")[0], Serve);
}

TEST_F(ProgramTest, LiteralConfigLoadTiesTheConfigAndRecordsTheSite) {
  TUFacts Train = tu("src/train.cpp", true);
  Train.Loads = {load("configs/train.yaml", 4), load("configs/train.yaml", 9),
                 load("configs/unknown.yaml", 5), load("", 6)};
  Program P = buildProgram(M, Configs, {Train}, true);
  const Stage *S = stage(P, "train");
  ASSERT_NE(S, nullptr);
  // Only loads of known configs tie; a non-literal load ("") ties nothing.
  EXPECT_EQ(S->Configs, std::set<std::string>{"configs/train.yaml"});
  EXPECT_TRUE(S->ManifestConfigs.empty());
  ASSERT_EQ(S->LoadSites.count("configs/train.yaml"), 1u);
  const std::vector<Location> &Sites = S->LoadSites.at("configs/train.yaml");
  ASSERT_EQ(Sites.size(), 2u);
  EXPECT_EQ(Sites[0].Path, "src/train.cpp");
  EXPECT_EQ(Sites[0].Line, 4u);
  EXPECT_EQ(Sites[0].Column, 14u);
  EXPECT_EQ(Sites[1].Line, 9u);
  ASSERT_EQ(P.stagesOf("configs/train.yaml").size(), 1u);
  EXPECT_TRUE(P.stagesOf("configs/unknown.yaml").empty());
}

TEST_F(ProgramTest, ReadingAConfigFileTiesItButWritingDoesNot) {
  TUFacts Train = tu("src/train.cpp", true);
  DataAccess Read;
  Read.Path = "configs/eval.yaml";
  Read.Mode = Access::Read;
  Read.Loc = Location{"src/train.cpp", 7, 3};
  DataAccess Write;
  Write.Path = "configs/extra.yaml";
  Write.Mode = Access::Write;
  Train.Accesses = {Read, Write};
  Program P = buildProgram(M, Configs, {Train}, true);
  const Stage *S = stage(P, "train");
  ASSERT_NE(S, nullptr);
  EXPECT_EQ(S->Configs, std::set<std::string>{"configs/eval.yaml"});
  EXPECT_EQ(S->LoadSites.at("configs/eval.yaml")[0].Line, 7u);
}

TEST_F(ProgramTest, LibraryTranslationUnitsCountForEveryStage) {
  Program P =
      buildProgram(M, Configs,
                   {tu("src/train.cpp", true), tu("src/util.cpp", false),
                    tu("src/eval.cpp", true), tu("src/io.cpp", false)},
                   true);
  const Stage *Train = stage(P, "train");
  ASSERT_NE(Train, nullptr);
  std::vector<std::string> Files;
  for (const TUFacts *TU : P.tusOf(*Train))
    Files.push_back(TU->File);
  EXPECT_EQ(Files, (std::vector<std::string>{"src/train.cpp", "src/util.cpp",
                                             "src/io.cpp"}));
  // A library TU is not a stage.
  EXPECT_EQ(names(P), (std::vector<std::string>{"eval", "train"}));
}

TEST_F(ProgramTest, StagesOfAConfigSharedByTwoStages) {
  TUFacts Train = tu("src/train.cpp", true);
  Train.Loads = {load("configs/train.yaml", 3)};
  TUFacts Eval = tu("src/eval.cpp", true);
  Eval.Loads = {load("configs/train.yaml", 3)};
  Program P = buildProgram(M, Configs, {Train, Eval}, true);
  std::vector<std::string> Names;
  for (const Stage *S : P.stagesOf("configs/train.yaml"))
    Names.push_back(S->Name);
  EXPECT_EQ(Names, (std::vector<std::string>{"eval", "train"}));
}

} // namespace
