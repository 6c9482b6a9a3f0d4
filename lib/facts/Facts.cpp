//===- Facts.cpp - serialization of per-TU facts --------------------------===//
#include "facts/Facts.h"

#include "config/ConfigNode.h"
#include "facts/JsonNumbers.h"

#include <nlohmann/json.hpp>

namespace bel::facts {
namespace {

using nlohmann::json;

json loc(const Location &L) {
  return json{{"path", L.Path}, {"line", L.Line}, {"col", L.Column},
              {"endLine", L.EndLine}, {"endCol", L.EndColumn}};
}

Location locFrom(const json &J) {
  Location L;
  L.Path = J.at("path").get<std::string>();
  L.Line = integerFrom<unsigned>(J.at("line"));
  L.Column = integerFrom<unsigned>(J.at("col"));
  L.EndLine = integerFrom<unsigned>(J, "endLine", 0u);
  L.EndColumn = integerFrom<unsigned>(J, "endCol", 0u);
  return L;
}

template <typename E, size_t N>
E enumFrom(const json &J, const char *const (&Names)[N]) {
  std::string S = J.get<std::string>();
  for (size_t I = 0; I < N; ++I)
    if (S == Names[I])
      return E(I);
  throw std::runtime_error("unknown value '" + S + "'");
}

const char *const ReadKindNames[] = {"value", "presence", "subtree"};
const char *const ApiNames[] = {"yaml-cpp", "nlohmann", "custom", "flags",
                                "env"};
const char *const AccessNames[] = {"read", "write", "readwrite"};
const char *const PartNames[] = {"literal", "param", "value"};

json parts(const std::vector<PathPart> &Parts) {
  json Out = json::array();
  for (const PathPart &P : Parts)
    Out.push_back({{"kind", PartNames[int(P.K)]}, {"text", P.Text},
                   {"param", P.Param}, {"loc", loc(P.Loc)}, {"why", P.Why}});
  return Out;
}

std::vector<PathPart> partsFrom(const json &J) {
  std::vector<PathPart> Out;
  for (const json &P : J) {
    PathPart X;
    X.K = enumFrom<PathPart::Kind>(P.at("kind"), PartNames);
    X.Text = P.at("text").get<std::string>();
    X.Param = integerFrom<int>(P.at("param"));
    X.Loc = locFrom(P.at("loc"));
    X.Why = P.at("why").get<std::string>();
    Out.push_back(std::move(X));
  }
  return Out;
}

} // namespace

std::string ConfigRead::dottedKey() const {
  std::string S;
  for (const std::string &K : Keys) {
    if (!S.empty())
      S += '.';
    S += K;
  }
  return S;
}

bool apiReadsFormat(ConfigApi Api, int Format) {
  bool FlagFile = Format == config::ConfigFile::Flags;
  switch (Api) {
  case ConfigApi::Flags:
    return FlagFile;
  case ConfigApi::Env:
    return false;
  default:
    return !FlagFile;
  }
}

const char *readKindName(ReadKind K) { return ReadKindNames[int(K)]; }
const char *configApiName(ConfigApi A) { return ApiNames[int(A)]; }

std::string toJsonLine(const TUFacts &F) {
  json Reads = json::array(), Accesses = json::array(), Loads = json::array();
  for (const ConfigRead &R : F.Reads)
    Reads.push_back({{"keys", R.Keys},
                     {"kind", readKindName(R.Kind)},
                     {"api", configApiName(R.Api)},
                     {"anchored", R.Anchored},
                     {"config", R.ConfigPath},
                     {"type", R.Type},
                     {"keyPrefix", R.KeyPrefix},
                     {"hasDefault", R.HasDefault},
                     {"default", R.Default},
                     {"loc", loc(R.Loc)},
                     {"function", R.Function},
                     {"baseFunction", R.BaseFunction},
                     {"baseParam", R.BaseParam},
                     {"passedTo", R.PassedTo},
                     {"passedToParam", R.PassedToParam}});
  for (const DataAccess &A : F.Accesses)
    Accesses.push_back({{"path", A.Path},
                        {"source", A.Source},
                        {"mode", AccessNames[int(A.Mode)]},
                        {"api", A.Api},
                        {"loc", loc(A.Loc)},
                        {"function", A.Function},
                        {"functionUsr", A.FunctionUSR},
                        {"parts", parts(A.Parts)},
                        {"artifact", A.Artifact},
                        {"unused", A.Unused},
                        {"unusedLoc", loc(A.UnusedLoc)},
                        {"unusedWhat", A.UnusedWhat},
                        {"parsedAsConfig", A.ParsedAsConfig}});
  for (const ConfigLoad &L : F.Loads)
    Loads.push_back({{"path", L.Path},
                     {"source", L.Source},
                     {"api", L.Api},
                     {"loc", loc(L.Loc)},
                     {"function", L.Function}});
  json Branches = json::array();
  for (const Branch &B : F.Branches) {
    json J = {{"value", loc(B.Value)},   {"op", B.Op},
              {"literal", B.Literal},    {"negated", B.Negated},
              {"spelling", B.Spelling},  {"then", loc(B.Then)},
              {"else", loc(B.Else)},     {"function", B.Function}};
    if (B.Constant)
      J["constant"] = *B.Constant;
    Branches.push_back(J);
  }
  auto Calls = [&](const std::vector<ApiCall> &V) {
    json Out = json::array();
    for (const ApiCall &C : V)
      Out.push_back({{"api", C.Api}, {"loc", loc(C.Loc)}, {"function", C.FunctionUSR}});
    return Out;
  };
  json Thresholds = json::array();
  for (const Threshold &T : F.Thresholds)
    Thresholds.push_back({{"loc", loc(T.Loc)}, {"literal", T.Literal},
                          {"prediction", loc(T.Prediction)}, {"api", T.Api}});
  json Graph = json::array();
  for (const Call &C : F.Calls) {
    if (C.Args.empty()) {
      Graph.push_back({C.Caller, C.Callee});
      continue;
    }
    json Args = json::array();
    for (const std::vector<PathPart> &A : C.Args)
      Args.push_back(parts(A));
    Graph.push_back({C.Caller, C.Callee, loc(C.Loc), Args});
  }
  json Columns = json::array();
  for (const UnusedColumn &U : F.UnusedColumns)
    Columns.push_back({{"column", U.Column}, {"var", U.Var}, {"api", U.Api},
                       {"loc", loc(U.Loc)}});
  json Metrics = json::array();
  for (const FunctionMetric &M : F.Metrics)
    Metrics.push_back({{"name", M.Name}, {"usr", M.USR}, {"loc", loc(M.Loc)},
                       {"statements", M.Statements}, {"glue", M.Glue}});
  json J = {{"file", F.File},
            {"metrics", Metrics},
            {"predictions", Calls(F.Predictions)},
            {"monitors", Calls(F.Monitors)},
            {"trains", Calls(F.Trains)},
            {"unusedColumns", Columns},
            {"thresholds", Thresholds},
            {"calls", Graph},
            {"main", F.MainUSR},
            {"branches", Branches},
            {"definesMain", F.DefinesMain},
            {"reads", Reads},
            {"accesses", Accesses},
            {"loads", Loads}};
  return J.dump(-1, ' ', false, json::error_handler_t::replace);
}

llvm::Expected<TUFacts> fromJsonLine(llvm::StringRef Line) {
  try {
    json J = json::parse(Line.begin(), Line.end());
    TUFacts F;
    F.File = J.at("file").get<std::string>();
    F.DefinesMain = J.at("definesMain").get<bool>();
    for (const json &R : J.at("reads")) {
      ConfigRead Read;
      Read.Keys = R.at("keys").get<std::vector<std::string>>();
      Read.Kind = enumFrom<ReadKind>(R.at("kind"), ReadKindNames);
      Read.Api = enumFrom<ConfigApi>(R.at("api"), ApiNames);
      Read.Anchored = R.at("anchored").get<bool>();
      Read.ConfigPath = R.at("config").get<std::string>();
      Read.Type = R.at("type").get<std::string>();
      Read.KeyPrefix = R.value("keyPrefix", false);
      Read.HasDefault = R.at("hasDefault").get<bool>();
      Read.Default = R.at("default").get<std::string>();
      Read.Loc = locFrom(R.at("loc"));
      Read.Function = R.at("function").get<std::string>();
      Read.BaseFunction = R.value("baseFunction", "");
      Read.BaseParam = R.value("baseParam", -1);
      Read.PassedTo = R.value("passedTo", "");
      Read.PassedToParam = R.value("passedToParam", -1);
      F.Reads.push_back(std::move(Read));
    }
    for (const json &A : J.at("accesses")) {
      DataAccess D;
      D.Path = A.at("path").get<std::string>();
      D.Source = A.at("source").get<std::string>();
      D.Mode = enumFrom<config::Access>(A.at("mode"), AccessNames);
      D.Api = A.at("api").get<std::string>();
      D.Loc = locFrom(A.at("loc"));
      D.Function = A.at("function").get<std::string>();
      // Facts written before these fields existed read as their defaults.
      D.FunctionUSR = A.value("functionUsr", "");
      D.Parts = partsFrom(A.value("parts", json::array()));
      D.Artifact = A.value("artifact", "");
      D.Unused = A.value("unused", false);
      if (A.contains("unusedLoc"))
        D.UnusedLoc = locFrom(A.at("unusedLoc"));
      D.UnusedWhat = A.value("unusedWhat", "");
      D.ParsedAsConfig = A.value("parsedAsConfig", false);
      F.Accesses.push_back(std::move(D));
    }
    auto ReadCalls = [&](const char *Key, std::vector<ApiCall> &Out) {
      for (const json &C : J.value(Key, json::array()))
        Out.push_back({C.at("api").get<std::string>(), locFrom(C.at("loc")),
                       C.at("function").get<std::string>()});
    };
    ReadCalls("predictions", F.Predictions);
    ReadCalls("monitors", F.Monitors);
    ReadCalls("trains", F.Trains);
    for (const json &U : J.value("unusedColumns", json::array()))
      F.UnusedColumns.push_back({U.at("column").get<std::string>(),
                                 U.at("var").get<std::string>(),
                                 U.at("api").get<std::string>(), locFrom(U.at("loc"))});
    for (const json &T : J.value("thresholds", json::array()))
      F.Thresholds.push_back({locFrom(T.at("loc")), T.at("literal").get<std::string>(),
                              locFrom(T.at("prediction")), T.at("api").get<std::string>()});
    for (const json &C : J.value("calls", json::array())) {
      Call X{C.at(0).get<std::string>(), C.at(1).get<std::string>(), {}, {}};
      if (C.size() == 4) {
        X.Loc = locFrom(C.at(2));
        for (const json &A : C.at(3))
          X.Args.push_back(partsFrom(A));
      }
      F.Calls.push_back(std::move(X));
    }
    F.MainUSR = J.value("main", "");
    for (const json &M : J.value("metrics", json::array()))
      F.Metrics.push_back({M.at("name").get<std::string>(),
                           M.at("usr").get<std::string>(), locFrom(M.at("loc")),
                           integerFrom<unsigned>(M.at("statements")),
                           integerFrom<unsigned>(M.at("glue"))});
    for (const json &B : J.value("branches", json::array())) {
      Branch X;
      X.Value = locFrom(B.at("value"));
      X.Op = B.at("op").get<std::string>();
      X.Literal = B.at("literal").get<std::string>();
      X.Negated = B.at("negated").get<bool>();
      X.Spelling = B.at("spelling").get<std::string>();
      X.Then = locFrom(B.at("then"));
      X.Else = locFrom(B.at("else"));
      X.Function = B.at("function").get<std::string>();
      if (B.contains("constant"))
        X.Constant = B.at("constant").get<bool>();
      F.Branches.push_back(std::move(X));
    }
    for (const json &L : J.at("loads")) {
      ConfigLoad C;
      C.Path = L.at("path").get<std::string>();
      C.Source = L.at("source").get<std::string>();
      C.Api = L.at("api").get<std::string>();
      C.Loc = locFrom(L.at("loc"));
      C.Function = L.at("function").get<std::string>();
      F.Loads.push_back(std::move(C));
    }
    return F;
  } catch (const std::exception &E) {
    return llvm::createStringError(std::errc::invalid_argument,
                                   "malformed facts: %s", E.what());
  }
}

} // namespace bel::facts
