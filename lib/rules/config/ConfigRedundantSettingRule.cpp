//===- ConfigRedundantSettingRule.cpp - config-redundant-setting ----------===//
#include "rules/config/ConfigRedundantSettingRule.h"
#include "rules/config/KeyCoverage.h"

#include <map>

namespace bel::rules::config {
namespace {

using bel::config::ConfigNode;
using bel::config::MapEntry;
using bel::config::ScalarType;

/// The value a default argument's source text denotes, when it is a plain
/// literal: 0.25, 4, -1, 1e-3f, true, "fast", std::string("fast").
std::optional<ConfigNode> literalValue(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.consume_front("std::string(") && Text.consume_back(")"))
    Text = Text.trim();
  ConfigNode N;
  N.NodeKind = ConfigNode::Scalar;
  if (Text.size() >= 2 && Text.front() == '"' && Text.back() == '"') {
    llvm::StringRef Body = Text.drop_front().drop_back();
    if (Body.contains('\\') || Body.contains('"'))
      return std::nullopt; // Escapes: not worth guessing.
    N.Type = ScalarType::String;
    N.Value = Body.str();
    return N;
  }
  if (Text == "true" || Text == "false") {
    N.Type = ScalarType::Bool;
    N.Value = Text.str();
    return N;
  }
  // Integer and floating literals, without their suffixes.
  llvm::StringRef Number = Text.rtrim("fFlLuU");
  double D;
  if (Number.empty() || Number.getAsDouble(D))
    return std::nullopt;
  N.Type = Number.find_first_of(".eE") == llvm::StringRef::npos
               ? ScalarType::Int
               : ScalarType::Float;
  N.Value = Number.str();
  return N;
}

/// Whether a config's scalar equals a code default: a plain YAML scalar
/// `fast` equals the C++ literal "fast".
bool equalsDefault(const ConfigNode &Config, const ConfigNode &Default) {
  if (Default.Type == ScalarType::String && Config.isScalar())
    return Config.Value == Default.Value &&
           (Config.Type == ScalarType::String || Config.Type == Default.Type);
  return bel::config::sameValue(Config, Default);
}

void reportOverrides(const facts::Program &P, FindingSink &Sink) {
  for (const bel::config::EffectiveConfig &C : P.Configs->Configs)
    for (const bel::config::RedundantOverride &O : C.Overrides) {
      report::Finding F;
      F.Loc = O.Key;
      F.Message = "'" + dotted(O.Keys) + "' is set to the [value it "
                  "inherits](1) from '" + O.BaseKey.Path + "'";
      F.Related.push_back({O.BaseKey, "the inherited value"});
      Sink.report(std::move(F));
    }
}

void reportDuplicates(const ConfigNode &Node, KeyPath &Path, FindingSink &Sink) {
  std::map<std::string, const MapEntry *> First;
  for (const MapEntry &E : Node.Entries) {
    Path.push_back(E.Key);
    auto [It, New] = First.try_emplace(E.Key, &E);
    if (!New) {
      report::Finding F;
      F.Loc = E.KeyLoc;
      F.Message = "'" + dotted(Path) + "' is set twice in one mapping; "
                  "only one of the two values is used ([first setting](1))";
      F.Related.push_back({It->second->KeyLoc, "first setting"});
      Sink.report(std::move(F));
    }
    reportDuplicates(E.Value, Path, Sink);
    Path.pop_back();
  }
  for (const ConfigNode &Item : Node.Items)
    reportDuplicates(Item, Path, Sink);
}

/// Keys whose every read falls back to a default equal to the config's
/// value. One read without a default, or with another one, keeps the key.
void reportDefaults(const facts::Program &P, FindingSink &Sink) {
  struct Use {
    bool AllEqual = true;
    const facts::ConfigRead *Read = nullptr;
    const MapEntry *Entry = nullptr;
  };
  std::map<std::pair<std::string, KeyPath>, Use> Uses;
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::ConfigRead &R : TU.Reads) {
      if (R.Kind == facts::ReadKind::Presence)
        continue;
      for (const std::string &Path : configsOfRead(R, TU, P)) {
        const bel::config::EffectiveConfig *C = P.Configs->find(Path);
        const MapEntry *E = C ? findEntry(C->Root, R.Keys, P.Aliases) : nullptr;
        if (!E)
          continue;
        Use &U = Uses[{Path, R.Keys}];
        std::optional<ConfigNode> Default =
            R.HasDefault && R.Kind == facts::ReadKind::Value
                ? literalValue(R.Default)
                : std::nullopt;
        U.AllEqual &= Default && equalsDefault(E->Value, *Default);
        U.Read = &R;
        U.Entry = E;
      }
    }
  for (const auto &[Key, U] : Uses) {
    if (!U.AllEqual)
      continue;
    report::Finding F;
    F.Loc = U.Entry->KeyLoc;
    F.Message = "'" + dotted(Key.second) + "' is set to " +
                describeValue(U.Entry->Value) +
                ", the [default the code falls back to](1) anyway";
    F.Related.push_back({U.Read->Loc, "default " + U.Read->Default});
    Sink.report(std::move(F));
  }
}

} // namespace

void ConfigRedundantSettingRule::check(const facts::Program &P,
                                       FindingSink &Sink) {
  reportOverrides(P, Sink);
  for (const bel::config::ConfigFile &File : P.Configs->Files) {
    KeyPath Path;
    reportDuplicates(File.Root, Path, Sink);
  }
  reportDefaults(P, Sink);
}

std::unique_ptr<Rule> createConfigRedundantSettingRule() {
  return std::make_unique<ConfigRedundantSettingRule>();
}

} // namespace bel::rules::config
