//===- RulePack.cpp - API knowledge as data -------------------------------===//
#include "config/RulePack.h"
#include "config/ConfigNode.h"
#include "config/ConfigSet.h"

namespace bel::config {
namespace {

struct EmbeddedPack {
  const char *Path;
  const char *Text;
};

const EmbeddedPack Builtins[] = {
#include "config/RulePacks.inc"
};

class PackReader {
public:
  PackReader(RulePack &P, std::vector<report::Notification> &Problems)
      : P(P), Problems(Problems) {}

  void read(const ConfigNode &Root) {
    if (!Root.isMapping())
      return error(Root.Loc, "a rule pack is a mapping");
    for (const MapEntry &E : Root.Entries) {
      if (E.Key == "name")
        P.Name = E.Value.Value;
      else if (E.Key == "data_access")
        entries(E, P.DataAccess, /*AllowMode=*/true);
      else if (E.Key == "config_load")
        entries(E, P.ConfigLoad, /*AllowMode=*/false);
      else if (E.Key == "config_read")
        entries(E, P.ConfigRead, /*AllowMode=*/false, /*IsRead=*/true);
      else if (E.Key == "key_aliases")
        aliases(E);
      else if (E.Key == "predict")
        entries(E, P.Predict, /*AllowMode=*/false, /*IsRead=*/false, /*IsCall=*/true);
      else if (E.Key == "train")
        entries(E, P.Train, /*AllowMode=*/false, /*IsRead=*/false, /*IsCall=*/true);
      else if (E.Key == "column_read")
        entries(E, P.ColumnRead, /*AllowMode=*/false);
      else if (E.Key == "glue")
        entries(E, P.Glue, /*AllowMode=*/false, /*IsRead=*/false, /*IsCall=*/true);
      else if (E.Key == "monitor")
        entries(E, P.Monitor, /*AllowMode=*/false, /*IsRead=*/false, /*IsCall=*/true);
      else
        error(E.KeyLoc, "unknown rule pack key '" + E.Key +
                            "' (expected name, data_access, config_load, "
                            "config_read, key_aliases, predict, train, monitor, glue, "
                            "column_read)");
    }
    // The name may come after the entries.
    for (std::vector<ApiEntry> *List : {&P.DataAccess, &P.ConfigLoad, &P.ConfigRead,
                                        &P.Predict, &P.Train, &P.Monitor,
                                        &P.Glue, &P.ColumnRead})
      for (ApiEntry &A : *List)
        A.Pack = P.Name;
  }

private:
  void error(const report::Location &Loc, const std::string &Message) {
    Problems.push_back(report::Notification{
        "bel-rule-pack-error", report::Level::Error, Message, Loc});
  }

  bool number(const ConfigNode &V, unsigned &Out) {
    // Integers as the YAML core schema writes them (12, 0x0c, 0o14); no call
    // has anywhere near 256 arguments, so anything larger is a mistake.
    unsigned long long N = 0;
    llvm::StringRef Text = V.Value;
    bool Bad = V.Type != ScalarType::Int;
    if (!Bad && Text.consume_front("0o"))
      Bad = Text.getAsInteger(8, N);
    else if (!Bad)
      Bad = Text.getAsInteger(0, N);
    if (Bad || N > 255) {
      error(V.Loc, "expected an argument index (0, 1, ...)");
      return false;
    }
    Out = unsigned(N);
    return true;
  }

  void aliases(const MapEntry &E) {
    if (!E.Value.isSequence())
      return error(E.Value.Loc, "'key_aliases' takes a list of lists of keys");
    for (const ConfigNode &Group : E.Value.Items) {
      std::vector<std::string> Spellings;
      for (const ConfigNode &K : Group.Items)
        if (K.isScalar())
          Spellings.push_back(K.Value);
      if (!Group.isSequence() || Spellings.size() < 2 ||
          Spellings.size() != Group.Items.size()) {
        error(Group.Loc, "an alias group is a list of two or more keys");
        continue;
      }
      P.Aliases.push_back(std::move(Spellings));
    }
  }

  void entries(const MapEntry &E, std::vector<ApiEntry> &Out, bool AllowMode,
               bool IsRead = false, bool IsCall = false) {
    if (!E.Value.isSequence())
      return error(E.Value.Loc, "'" + E.Key + "' takes a list of APIs");
    for (const ConfigNode &Item : E.Value.Items) {
      if (!Item.isMapping()) {
        error(Item.Loc, "an API entry is a mapping");
        continue;
      }
      ApiEntry A;
      bool Named = false, Ok = true;
      for (const MapEntry &F : Item.Entries) {
        if (F.Key == "function" || F.Key == "constructor" || F.Key == "method") {
          A.EntryKind = F.Key == "function"      ? ApiEntry::Function
                        : F.Key == "constructor" ? ApiEntry::Constructor
                                                 : ApiEntry::Method;
          A.Name = F.Value.Value;
          Named = true;
        } else if (F.Key == "out_arg" && IsCall) {
          unsigned O;
          if ((Ok &= number(F.Value, O)))
            A.ModeArg = int(O);
        } else if (!IsCall && F.Key == (IsRead ? "key_arg" : "path_arg")) {
          Ok &= number(F.Value, A.PathArg);
        } else if (F.Key == "source" && IsRead) {
          if (F.Value.Value != "config" && F.Value.Value != "env" &&
              F.Value.Value != "flags") {
            error(F.Value.Loc, "source must be config, env or flags");
            Ok = false;
          }
          A.Source = F.Value.Value;
        } else if (F.Key == "default_chain" && IsRead) {
          if (F.Value.isScalar())
            A.DefaultChain.push_back(F.Value.Value);
          for (const ConfigNode &M : F.Value.Items)
            A.DefaultChain.push_back(M.Value);
        } else if (F.Key == "type_arg" && IsRead) {
          unsigned T;
          if ((Ok &= number(F.Value, T)))
            A.TypeArg = int(T);
        } else if (F.Key == "prefix" && IsRead) {
          if (F.Value.Type != ScalarType::Bool) {
            error(F.Value.Loc, "prefix takes true or false");
            Ok = false;
          }
          A.Prefix = llvm::StringRef(F.Value.Value).equals_insensitive("true");
        } else if (F.Key == "default_arg" && IsRead) {
          unsigned D;
          if ((Ok &= number(F.Value, D)))
            A.DefaultArg = int(D);
        } else if (F.Key == "params") {
          unsigned N;
          if ((Ok &= number(F.Value, N)))
            A.Params = int(N);
        } else if (F.Key == "flags_arg" && AllowMode) {
          unsigned M;
          if ((Ok &= number(F.Value, M)))
            A.FlagsArg = int(M);
        } else if (F.Key == "sql_arg" && AllowMode) {
          unsigned M;
          if ((Ok &= number(F.Value, M)))
            A.SqlArg = int(M);
        } else if (F.Key == "artifact" && AllowMode) {
          if (F.Value.Value != "data" && F.Value.Value != "model") {
            error(F.Value.Loc, "artifact must be data or model");
            Ok = false;
          }
          A.Artifact = F.Value.Value == "model" ? "model" : "";
        } else if (F.Key == "mode_arg" && AllowMode) {
          unsigned M;
          if ((Ok &= number(F.Value, M)))
            A.ModeArg = int(M);
        } else if (F.Key == "access" && AllowMode) {
          if (F.Value.Value == "read")
            A.Mode = Access::Read;
          else if (F.Value.Value == "write")
            A.Mode = Access::Write;
          else if (F.Value.Value == "readwrite")
            A.Mode = Access::ReadWrite;
          else {
            error(F.Value.Loc, "access must be read, write or readwrite");
            Ok = false;
          }
        } else {
          error(F.KeyLoc, "unknown key '" + F.Key + "' in an API entry");
          Ok = false;
        }
      }
      if (!Named)
        error(Item.Loc, "an API entry needs function, constructor or method");
      else if (Ok)
        Out.push_back(std::move(A));
    }
  }

  RulePack &P;
  std::vector<report::Notification> &Problems;
};

} // namespace

void KeyAliases::addGroup(const std::vector<std::string> &Spellings) {
  // Groups that share a spelling merge into the first group's name.
  std::string Name = Spellings.front();
  for (const std::string &S : Spellings)
    if (auto It = Canonical.find(S); It != Canonical.end())
      Name = It->second;
  for (const std::string &S : Spellings)
    Canonical[S] = Name;
}

bool KeyAliases::same(llvm::StringRef A, llvm::StringRef B) const {
  if (A == B)
    return true;
  auto CA = Canonical.find(A.str()), CB = Canonical.find(B.str());
  return CA != Canonical.end() && CB != Canonical.end() &&
         CA->second == CB->second;
}

const char *accessName(Access A) {
  switch (A) {
  case Access::Read:
    return "read";
  case Access::Write:
    return "write";
  case Access::ReadWrite:
    return "readwrite";
  }
  return "read";
}

Access accessOfMode(llvm::StringRef Mode) {
  bool Plus = Mode.contains('+');
  if (Mode.startswith("r"))
    return Plus ? Access::ReadWrite : Access::Read;
  if (Mode.startswith("w") || Mode.startswith("a"))
    return Plus ? Access::ReadWrite : Access::Write;
  return Access::ReadWrite; // Unknown mode: assume both, never miss a read.
}

RulePack parseRulePack(llvm::StringRef Path, llvm::StringRef Text,
                       std::vector<report::Notification> &Problems) {
  RulePack P;
  P.Path = Path.str();
  auto File = parseYaml(Path, Text);
  if (!File) {
    Problems.push_back(
        toNotification(File.takeError(), "bel-rule-pack-error", Path.str()));
    return P;
  }
  PackReader(P, Problems).read(File->Root);
  return P;
}

static std::vector<RulePack>
parseBuiltins(std::vector<report::Notification> &Problems) {
  std::vector<RulePack> Packs;
  for (const EmbeddedPack &E : Builtins)
    Packs.push_back(parseRulePack(E.Path, E.Text, Problems));
  return Packs;
}

std::vector<RulePack> builtinRulePacks() {
  std::vector<report::Notification> Problems;
  std::vector<RulePack> Packs = parseBuiltins(Problems);
  assert(Problems.empty() && "built-in rule packs are checked by the tests");
  return Packs;
}

std::vector<report::Notification> builtinRulePackProblems() {
  std::vector<report::Notification> Problems;
  parseBuiltins(Problems);
  return Problems;
}

} // namespace bel::config
