//===- RulePackTest.cpp - built-in and user rule packs --------------------===//
#include "config/RulePack.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace bel::config;
using bel::report::Notification;

namespace {

const ApiEntry *findEntry(const std::vector<ApiEntry> &Entries,
                          llvm::StringRef Name) {
  for (const ApiEntry &E : Entries)
    if (E.Name == Name)
      return &E;
  return nullptr;
}

class RulePackTest : public ::testing::Test {
protected:
  std::vector<Notification> Problems;

  RulePack parse(llvm::StringRef Text) {
    return parseRulePack("packs/p.yaml", Text, Problems);
  }
};

// Release builds compile the assert in builtinRulePacks() out: this is the
// check that every embedded pack parses cleanly.
TEST(BuiltinRulePacks, ParseWithoutProblems) {
  for (const Notification &N : builtinRulePackProblems())
    ADD_FAILURE() << (N.Loc ? N.Loc->Path : "") << ":" << (N.Loc ? N.Loc->Line : 0)
                  << ": " << N.Message;
}

TEST(BuiltinRulePacks, AreInNameOrder) {
  std::vector<RulePack> Packs = builtinRulePacks();
  std::vector<std::string> Names, Paths;
  for (const RulePack &P : Packs) {
    Names.push_back(P.Name);
    Paths.push_back(P.Path);
  }
  EXPECT_EQ(Names, (std::vector<std::string>{"ml", "sqlite3", "std", "yaml-cpp"}));
  EXPECT_EQ(Paths, (std::vector<std::string>{
                       "rules/packs/ml.yaml", "rules/packs/sqlite3.yaml",
                       "rules/packs/std.yaml", "rules/packs/yaml-cpp.yaml"}));
}

/// The built-in pack named \p Name.
RulePack builtinPack(llvm::StringRef Name) {
  for (RulePack &P : builtinRulePacks())
    if (P.Name == Name)
      return P;
  ADD_FAILURE() << "no built-in pack '" << Name.str() << "'";
  return RulePack();
}

/// The data_access entries of \p P for \p Name (a function may have one
/// entry per path argument).
std::vector<const ApiEntry *> accessesOf(const RulePack &P, llvm::StringRef Name) {
  std::vector<const ApiEntry *> Out;
  for (const ApiEntry &E : P.DataAccess)
    if (E.Name == Name)
      Out.push_back(&E);
  return Out;
}

TEST(BuiltinRulePacks, MlDescribesPredictAndMonitoringApis) {
  RulePack Ml = builtinPack("ml");
  const ApiEntry *Xgb = findEntry(Ml.Predict, "XGBoosterPredict");
  ASSERT_NE(Xgb, nullptr);
  EXPECT_EQ(Xgb->ModeArg, 6); // The out argument.
  const ApiEntry *Ort = findEntry(Ml.Predict, "Ort::Session::Run");
  ASSERT_NE(Ort, nullptr);
  EXPECT_EQ(Ort->EntryKind, ApiEntry::Method);
  EXPECT_NE(findEntry(Ml.Monitor, "google::LogMessage"), nullptr);
  EXPECT_NE(findEntry(Ml.Monitor, "prometheus::Counter::Increment"), nullptr);
}

TEST(BuiltinRulePacks, MlDescribesModelFilesAndTraining) {
  RulePack Ml = builtinPack("ml");
  for (const ApiEntry &E : Ml.DataAccess)
    EXPECT_EQ(E.Pack, "ml") << E.Name;
  const ApiEntry *Load = findEntry(Ml.DataAccess, "XGBoosterLoadModel");
  ASSERT_NE(Load, nullptr);
  EXPECT_EQ(Load->PathArg, 1u);
  EXPECT_EQ(Load->Mode, Access::Read);
  EXPECT_EQ(Load->Artifact, "model");
  const ApiEntry *Save = findEntry(Ml.DataAccess, "LGBM_BoosterSaveModel");
  ASSERT_NE(Save, nullptr);
  EXPECT_EQ(Save->PathArg, 4u);
  EXPECT_EQ(Save->Mode, Access::Write);
  const ApiEntry *Data = findEntry(Ml.DataAccess, "XGDMatrixCreateFromFile");
  ASSERT_NE(Data, nullptr);
  EXPECT_EQ(Data->Artifact, "");
  // Data in, predictions out: two entries for one function.
  std::vector<const ApiEntry *> ForFile =
      accessesOf(Ml, "LGBM_BoosterPredictForFile");
  ASSERT_EQ(ForFile.size(), 2u);
  EXPECT_EQ(ForFile[0]->PathArg, 1u);
  EXPECT_EQ(ForFile[0]->Mode, Access::Read);
  EXPECT_EQ(ForFile[1]->PathArg, 7u);
  EXPECT_EQ(ForFile[1]->Mode, Access::Write);
  const ApiEntry *Session = findEntry(Ml.DataAccess, "Ort::Session");
  ASSERT_NE(Session, nullptr);
  EXPECT_EQ(Session->EntryKind, ApiEntry::Constructor);
  const ApiEntry *Dlib = findEntry(Ml.DataAccess, "dlib::serialize");
  ASSERT_NE(Dlib, nullptr);
  EXPECT_EQ(Dlib->Params, 1);
  EXPECT_NE(findEntry(Ml.Train, "XGBoosterUpdateOneIter"), nullptr);
  EXPECT_NE(findEntry(Ml.Train, "torch::optim::Optimizer::step"), nullptr);
}

TEST(BuiltinRulePacks, SqliteDescribesDatabasesAndStatements) {
  RulePack Sql = builtinPack("sqlite3");
  const ApiEntry *Open = findEntry(Sql.DataAccess, "sqlite3_open");
  ASSERT_NE(Open, nullptr);
  EXPECT_EQ(Open->Mode, Access::ReadWrite);
  for (const char *Name : {"sqlite3_exec", "sqlite3_prepare", "sqlite3_prepare_v2",
                           "sqlite3_prepare_v3"}) {
    const ApiEntry *E = findEntry(Sql.DataAccess, Name);
    ASSERT_NE(E, nullptr) << Name;
    EXPECT_EQ(E->SqlArg, 1) << Name;
  }
}

TEST(BuiltinRulePacks, StdDescribesStreamsStdioPosixAndFilesystem) {
  RulePack Std = builtinPack("std");
  EXPECT_TRUE(Std.ConfigLoad.empty());
  for (const ApiEntry &E : Std.DataAccess)
    EXPECT_EQ(E.Pack, "std") << E.Name;

  const ApiEntry *Ifstream = findEntry(Std.DataAccess, "std::basic_ifstream");
  ASSERT_NE(Ifstream, nullptr);
  EXPECT_EQ(Ifstream->EntryKind, ApiEntry::Constructor);
  EXPECT_EQ(Ifstream->PathArg, 0u);
  EXPECT_EQ(Ifstream->ModeArg, -1);
  EXPECT_EQ(Ifstream->Mode, Access::Read);

  const ApiEntry *Ofstream = findEntry(Std.DataAccess, "std::basic_ofstream");
  ASSERT_NE(Ofstream, nullptr);
  EXPECT_EQ(Ofstream->Mode, Access::Write);

  const ApiEntry *Fstream = findEntry(Std.DataAccess, "std::basic_fstream");
  ASSERT_NE(Fstream, nullptr);
  EXPECT_EQ(Fstream->Mode, Access::ReadWrite);

  const ApiEntry *Open = findEntry(Std.DataAccess, "std::basic_ofstream::open");
  ASSERT_NE(Open, nullptr);
  EXPECT_EQ(Open->EntryKind, ApiEntry::Method);
  EXPECT_EQ(Open->Mode, Access::Write);

  // C functions by their global name: no method or namespace's `open`.
  for (const char *Name : {"::fopen", "::freopen"}) {
    const ApiEntry *F = findEntry(Std.DataAccess, Name);
    ASSERT_NE(F, nullptr) << Name;
    EXPECT_EQ(F->EntryKind, ApiEntry::Function);
    EXPECT_EQ(F->PathArg, 0u);
    EXPECT_EQ(F->ModeArg, 1);
  }
  const ApiEntry *Posix = findEntry(Std.DataAccess, "::openat");
  ASSERT_NE(Posix, nullptr);
  EXPECT_EQ(Posix->PathArg, 1u);
  EXPECT_EQ(Posix->FlagsArg, 2);

  std::vector<const ApiEntry *> Copy = accessesOf(Std, "std::filesystem::copy_file");
  ASSERT_EQ(Copy.size(), 2u);
  EXPECT_EQ(Copy[0]->PathArg, 0u);
  EXPECT_EQ(Copy[0]->Mode, Access::Read);
  EXPECT_EQ(Copy[1]->PathArg, 1u);
  EXPECT_EQ(Copy[1]->Mode, Access::Write);
}

TEST(BuiltinRulePacks, YamlCppDescribesConfigLoads) {
  RulePack Yaml = builtinPack("yaml-cpp");
  EXPECT_TRUE(Yaml.DataAccess.empty());
  ASSERT_EQ(Yaml.ConfigLoad.size(), 2u);
  EXPECT_EQ(Yaml.ConfigLoad[0].Name, "YAML::LoadFile");
  EXPECT_EQ(Yaml.ConfigLoad[1].Name, "YAML::LoadAllFromFile");
  for (const ApiEntry &E : Yaml.ConfigLoad) {
    EXPECT_EQ(E.EntryKind, ApiEntry::Function);
    EXPECT_EQ(E.PathArg, 0u);
    EXPECT_EQ(E.Pack, "yaml-cpp");
  }
}

TEST_F(RulePackTest, ParsesEveryEntryKind) {
  RulePack P = parse("name: inhouse\n"
                     "data_access:\n"
                     "  - function: io::readCsv\n"
                     "    path_arg: 1\n"
                     "    access: read\n"
                     "  - method: io::Store::save\n"
                     "    path_arg: 0\n"
                     "    access: write\n"
                     "  - function: io::open\n"
                     "    path_arg: 0\n"
                     "    mode_arg: 2\n"
                     "config_load:\n"
                     "  - constructor: cfg::Config\n"
                     "    path_arg: 0\n");
  EXPECT_TRUE(Problems.empty());
  EXPECT_EQ(P.Name, "inhouse");
  EXPECT_EQ(P.Path, "packs/p.yaml");
  ASSERT_EQ(P.DataAccess.size(), 3u);
  EXPECT_EQ(P.DataAccess[0].Name, "io::readCsv");
  EXPECT_EQ(P.DataAccess[0].PathArg, 1u);
  EXPECT_EQ(P.DataAccess[0].Pack, "inhouse");
  EXPECT_EQ(P.DataAccess[1].EntryKind, ApiEntry::Method);
  EXPECT_EQ(P.DataAccess[1].Mode, Access::Write);
  EXPECT_EQ(P.DataAccess[2].ModeArg, 2);
  ASSERT_EQ(P.ConfigLoad.size(), 1u);
  EXPECT_EQ(P.ConfigLoad[0].EntryKind, ApiEntry::Constructor);
  EXPECT_EQ(P.ConfigLoad[0].Name, "cfg::Config");
}

TEST_F(RulePackTest, ParamsPicksOneOverload) {
  RulePack P = parse("data_access:\n"
                     "  - function: dlib::serialize\n"
                     "    params: 1\n"
                     "    path_arg: 0\n"
                     "  - function: io::save\n"
                     "    path_arg: 0\n"
                     "train:\n"
                     "  - method: M::fit\n"
                     "    params: 2\n");
  EXPECT_TRUE(Problems.empty());
  ASSERT_EQ(P.DataAccess.size(), 2u);
  EXPECT_EQ(P.DataAccess[0].Params, 1);
  EXPECT_EQ(P.DataAccess[1].Params, -1); // Any overload.
  ASSERT_EQ(P.Train.size(), 1u);
  EXPECT_EQ(P.Train[0].Params, 2);
}

TEST_F(RulePackTest, UnknownTopLevelKeyIsReportedAtTheKey) {
  RulePack P = parse("name: p\n"
                     "data_acess:\n"
                     "  - function: f\n"
                     "    path_arg: 0\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Id, "bel-rule-pack-error");
  EXPECT_EQ(Problems[0].Message,
            "unknown rule pack key 'data_acess' (expected name, data_access, "
            "config_load, config_read, key_aliases, predict, train, monitor, glue, "
            "column_read)");
  ASSERT_TRUE(Problems[0].Loc.has_value());
  EXPECT_EQ(Problems[0].Loc->Path, "packs/p.yaml");
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  EXPECT_EQ(Problems[0].Loc->Column, 1u);
  EXPECT_TRUE(P.DataAccess.empty());
}

TEST_F(RulePackTest, UnknownEntryKeyIsReportedAndTheEntryDropped) {
  RulePack P = parse("name: p\n"
                     "config_load:\n"
                     "  - function: f\n"
                     "    path_arg: 0\n"
                     "    mode_arg: 1\n"
                     "  - function: g\n"
                     "    path_arg: 0\n");
  ASSERT_EQ(Problems.size(), 1u);
  // A mode only makes sense for data access.
  EXPECT_EQ(Problems[0].Message, "unknown key 'mode_arg' in an API entry");
  EXPECT_EQ(Problems[0].Loc->Line, 5u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  ASSERT_EQ(P.ConfigLoad.size(), 1u);
  EXPECT_EQ(P.ConfigLoad[0].Name, "g");
}

TEST_F(RulePackTest, BadPathArgIsReportedAtTheValue) {
  RulePack P = parse("name: p\n"
                     "data_access:\n"
                     "  - function: f\n"
                     "    path_arg: -1\n"
                     "  - function: g\n"
                     "    path_arg: first\n"
                     "  - function: h\n"
                     "    path_arg: 1.5\n"
                     "  - function: ok\n"
                     "    path_arg: 2\n");
  ASSERT_EQ(Problems.size(), 3u);
  unsigned Lines[] = {4, 6, 8};
  for (size_t I = 0; I < 3; ++I) {
    SCOPED_TRACE(I);
    EXPECT_EQ(Problems[I].Id, "bel-rule-pack-error");
    EXPECT_EQ(Problems[I].Message, "expected an argument index (0, 1, ...)");
    ASSERT_TRUE(Problems[I].Loc.has_value());
    EXPECT_EQ(Problems[I].Loc->Line, Lines[I]);
    EXPECT_EQ(Problems[I].Loc->Column, 15u);
  }
  ASSERT_EQ(P.DataAccess.size(), 1u);
  EXPECT_EQ(P.DataAccess[0].Name, "ok");
  EXPECT_EQ(P.DataAccess[0].PathArg, 2u);
}

TEST_F(RulePackTest, BadAccessIsReportedAtTheValue) {
  RulePack P = parse("data_access:\n"
                     "  - function: f\n"
                     "    access: sometimes\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "access must be read, write or readwrite");
  EXPECT_EQ(Problems[0].Loc->Line, 3u);
  EXPECT_EQ(Problems[0].Loc->Column, 13u);
  EXPECT_TRUE(P.DataAccess.empty());
}

TEST_F(RulePackTest, EntryWithoutANameIsReported) {
  RulePack P = parse("data_access:\n"
                     "  - path_arg: 0\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message,
            "an API entry needs function, constructor or method");
  EXPECT_EQ(Problems[0].Loc->Line, 2u);
  EXPECT_EQ(Problems[0].Loc->Column, 5u);
  EXPECT_TRUE(P.DataAccess.empty());
}

TEST_F(RulePackTest, EntriesMustBeAListOfMappings) {
  parse("data_access: fopen\nconfig_load:\n  - YAML::LoadFile\n");
  ASSERT_EQ(Problems.size(), 2u);
  EXPECT_EQ(Problems[0].Message, "'data_access' takes a list of APIs");
  EXPECT_EQ(Problems[0].Loc->Line, 1u);
  EXPECT_EQ(Problems[0].Loc->Column, 14u);
  EXPECT_EQ(Problems[1].Message, "an API entry is a mapping");
  EXPECT_EQ(Problems[1].Loc->Line, 3u);
}

TEST_F(RulePackTest, PackThatIsNotAMappingOrNotYamlIsReported) {
  parse("- fopen\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "a rule pack is a mapping");
  Problems.clear();
  parse("name: [x\n");
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Id, "bel-rule-pack-error");
  EXPECT_EQ(Problems[0].Message.rfind("invalid YAML: ", 0), 0u);
  EXPECT_EQ(Problems[0].Loc->Path, "packs/p.yaml");
}

TEST(RulePack, AccessOfModeFollowsFopen) {
  EXPECT_EQ(accessOfMode("r"), Access::Read);
  EXPECT_EQ(accessOfMode("rb"), Access::Read);
  EXPECT_EQ(accessOfMode("w"), Access::Write);
  EXPECT_EQ(accessOfMode("wb"), Access::Write);
  EXPECT_EQ(accessOfMode("a"), Access::Write);
  EXPECT_EQ(accessOfMode("r+"), Access::ReadWrite);
  EXPECT_EQ(accessOfMode("rb+"), Access::ReadWrite);
  EXPECT_EQ(accessOfMode("w+"), Access::ReadWrite);
  EXPECT_EQ(accessOfMode("a+"), Access::ReadWrite);
  // An unknown mode is taken as both, so no read is ever missed.
  EXPECT_EQ(accessOfMode(""), Access::ReadWrite);
  EXPECT_EQ(accessOfMode("x"), Access::ReadWrite);
}

TEST(RulePack, AccessNames) {
  EXPECT_STREQ(accessName(Access::Read), "read");
  EXPECT_STREQ(accessName(Access::Write), "write");
  EXPECT_STREQ(accessName(Access::ReadWrite), "readwrite");
}

} // namespace

TEST(RulePack, PackNameMayFollowTheEntries) {
  std::vector<bel::report::Notification> P;
  RulePack R = parseRulePack(
      "p.yaml", "data_access:\n  - function: f\n    path_arg: 0\nname: late\n", P);
  ASSERT_EQ(R.DataAccess.size(), 1u);
  EXPECT_EQ(R.DataAccess[0].Pack, "late");
}

// Argument indexes: core-schema integers; huge ones are refused, not wrapped
// or thrown.
TEST(RulePack, ArgumentIndexesAreCheckedIntegers) {
  auto Parse = [](const char *Value, std::vector<bel::report::Notification> &P) {
    return parseRulePack("p.yaml",
                         std::string("data_access:\n  - function: f\n    path_arg: ") +
                             Value + "\n",
                         P);
  };
  for (const char *Bad : {"99999999999999999999", "4294967296", "256", "-1"}) {
    std::vector<bel::report::Notification> P;
    RulePack R = Parse(Bad, P);
    EXPECT_TRUE(R.DataAccess.empty()) << Bad;
    ASSERT_EQ(P.size(), 1u) << Bad;
    EXPECT_EQ(P[0].Id, "bel-rule-pack-error");
  }
  std::vector<bel::report::Notification> P;
  RulePack Hex = Parse("0x2", P);
  RulePack Oct = Parse("0o3", P);
  EXPECT_TRUE(P.empty());
  ASSERT_EQ(Hex.DataAccess.size(), 1u);
  EXPECT_EQ(Hex.DataAccess[0].PathArg, 2u);
  ASSERT_EQ(Oct.DataAccess.size(), 1u);
  EXPECT_EQ(Oct.DataAccess[0].PathArg, 3u);
}

// In-house accessors and key aliases: config_read takes key_arg and an
// optional default_arg; alias groups need two or more keys.
TEST(RulePackEntries, ConfigReadEntriesAndAliasGroups) {
  std::vector<Notification> Problems;
  RulePack P = parseRulePack("p.yaml",
                             "name: inhouse\n"
                             "config_read:\n"
                             "  - method: Options::get\n"
                             "    key_arg: 0\n"
                             "    default_arg: 1\n"
                             "  - function: GetString\n"
                             "    key_arg: 1\n"
                             "    path_arg: 0\n"
                             "key_aliases:\n"
                             "  - [num_trees, n_estimators]\n"
                             "  - [alone]\n",
                             Problems);
  ASSERT_EQ(P.ConfigRead.size(), 1u);
  EXPECT_EQ(P.ConfigRead[0].EntryKind, ApiEntry::Method);
  EXPECT_EQ(P.ConfigRead[0].PathArg, 0u);
  EXPECT_EQ(P.ConfigRead[0].DefaultArg, 1);
  EXPECT_EQ(P.ConfigRead[0].Pack, "inhouse");
  ASSERT_EQ(P.Aliases.size(), 1u);
  EXPECT_EQ(P.Aliases[0], (std::vector<std::string>{"num_trees", "n_estimators"}));
  // path_arg belongs to data entries; a group of one is no alias.
  ASSERT_EQ(Problems.size(), 2u);
  EXPECT_EQ(Problems[0].Loc->Line, 8u);
  EXPECT_EQ(Problems[1].Loc->Line, 11u);
}

// Forms real trainers need: a chained default, the value's type from an
// argument, and prefix keys.
TEST(RulePackEntries, DefaultChainTypeArgAndPrefix) {
  std::vector<Notification> Problems;
  RulePack P = parseRulePack("p.yaml",
                             "config_read:\n"
                             "  - method: Parameter::DECLARE\n"
                             "    key_arg: 1\n"
                             "    default_chain: [set_default, set_range]\n"
                             "    type_arg: 2\n"
                             "  - function: strncmp\n"
                             "    key_arg: 1\n"
                             "    prefix: true\n"
                             "  - function: f\n"
                             "    key_arg: 0\n"
                             "    prefix: maybe\n",
                             Problems);
  ASSERT_EQ(P.ConfigRead.size(), 2u);
  EXPECT_EQ(P.ConfigRead[0].DefaultChain,
            (std::vector<std::string>{"set_default", "set_range"}));
  EXPECT_EQ(P.ConfigRead[0].TypeArg, 2);
  EXPECT_FALSE(P.ConfigRead[0].Prefix);
  EXPECT_TRUE(P.ConfigRead[1].Prefix);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_EQ(Problems[0].Message, "prefix takes true or false");
  EXPECT_EQ(Problems[0].Loc->Line, 11u);
}
