//===- ConfigDiff.cpp - two effective configs, key by key -----------------===//
#include "config/ConfigDiff.h"

#include <map>

namespace bel::config {
namespace {

void walk(const ConfigNode &Node, const std::string &Prefix,
          const Location &Origin, std::vector<FlatSetting> &Out) {
  if (Node.isMapping() && !Node.Entries.empty()) {
    for (const MapEntry &E : Node.Entries)
      walk(E.Value, Prefix.empty() ? E.Key : Prefix + "." + E.Key, E.KeyLoc,
           Out);
    return;
  }
  if (!Prefix.empty())
    Out.push_back({Prefix, renderValue(Node), Origin});
}

} // namespace

std::string renderValue(const ConfigNode &V) {
  switch (V.NodeKind) {
  case ConfigNode::Null:
    return "null";
  case ConfigNode::Scalar:
    if (V.Type == ScalarType::String &&
        (V.Value.empty() || resolvePlainScalar(V.Value) != ScalarType::String ||
         V.Value.find_first_of(":#,[]{}'\"\n") != std::string::npos)) {
      std::string Quoted = "'";
      for (char C : V.Value)
        Quoted += C == '\'' ? std::string("''") : std::string(1, C);
      return Quoted + "'";
    }
    return V.Value;
  case ConfigNode::Sequence: {
    std::string S = "[";
    for (size_t I = 0; I < V.Items.size(); ++I)
      S += (I ? ", " : "") + renderValue(V.Items[I]);
    return S + "]";
  }
  case ConfigNode::Mapping: {
    std::string S = "{";
    for (size_t I = 0; I < V.Entries.size(); ++I)
      S += (I ? ", " : "") + V.Entries[I].Key + ": " +
           renderValue(V.Entries[I].Value);
    return S + "}";
  }
  }
  return "";
}

std::vector<FlatSetting> flatten(const ConfigNode &Root) {
  std::vector<FlatSetting> Out;
  walk(Root, "", Root.Loc, Out);
  return Out;
}

std::vector<DiffRow> diffSettings(const std::vector<FlatSetting> &Left,
                                  const std::vector<FlatSetting> &Right) {
  std::map<std::string, DiffRow> Rows;
  for (const FlatSetting &S : Left)
    Rows[S.Key] = DiffRow{S.Key, DiffKind::Removed, S, std::nullopt};
  for (const FlatSetting &S : Right) {
    auto [It, New] = Rows.try_emplace(S.Key, DiffRow{S.Key, DiffKind::Added,
                                                     std::nullopt, S});
    if (New)
      continue;
    It->second.Right = S;
    It->second.Kind = It->second.Left->Value == S.Value ? DiffKind::Same
                                                        : DiffKind::Changed;
  }
  std::vector<DiffRow> Out;
  for (auto &[Key, Row] : Rows)
    Out.push_back(std::move(Row));
  return Out;
}

} // namespace bel::config
