//===- KeyCoverage.cpp - which config keys the code reads -----------------===//
#include "rules/config/KeyCoverage.h"

namespace bel::rules {
namespace {

/// gflags reads `--noX` as X=false unless a flag `noX` exists, so the config
/// key "rmalize" of `--normalize` is the flag 'normalize' as well.
bool sameFlag(llvm::StringRef Read, llvm::StringRef Key) {
  return Read == Key || (Read.startswith("no") && Read.drop_front(2) == Key);
}

/// Whether \p Read, placed at offset \p At of \p Key, covers \p Key.
bool coversAt(const facts::ConfigRead &Read, const KeyPath &Key, size_t At,
              const ::bel::config::KeyAliases &Aliases) {
  const KeyPath &R = Read.Keys;
  // The read's keys must match Key's path from At on, as far as both go.
  size_t Common = std::min(R.size(), Key.size() - At);
  bool Flag = Read.Api == facts::ConfigApi::Flags;
  for (size_t I = 0; I < Common; ++I) {
    llvm::StringRef K = Key[At + I];
    if (Read.KeyPrefix && I + 1 == R.size() && K.startswith(R[I]))
      continue;
    if (!Aliases.same(R[I], K) && !(Flag && sameFlag(R[I], K)))
      return false;
  }
  if (R.size() > Key.size() - At)
    return true; // The read is below Key: Key is (partly) read.
  if (R.size() == Key.size() - At)
    return true; // Exactly Key.
  // The read names an ancestor of Key: only a value or subtree read of the
  // ancestor reaches down to Key.
  return Read.Kind != facts::ReadKind::Presence;
}

} // namespace

std::string dotted(const KeyPath &Keys) {
  std::string S;
  for (const std::string &K : Keys)
    S += (S.empty() ? "" : ".") + K;
  return S;
}

bool readCovers(const facts::ConfigRead &R, const std::string &ConfigPath,
                const KeyPath &Key, const ::bel::config::KeyAliases &Aliases) {
  if (R.Anchored) {
    if (!R.ConfigPath.empty() && R.ConfigPath != ConfigPath)
      return false; // Read from another config file.
    return coversAt(R, Key, 0, Aliases);
  }
  // Unanchored: a parameter node whose place in the tree is unknown. With no
  // keys it names nothing; it is placed once calls are linked across TUs.
  if (R.Keys.empty())
    return false;
  for (size_t At = 0; At < Key.size(); ++At)
    if (coversAt(R, Key, At, Aliases))
      return true;
  return false;
}

std::vector<std::string> configsOfRead(const facts::ConfigRead &R,
                                       const facts::TUFacts &TU,
                                       const facts::Program &P) {
  if (!R.Anchored)
    return {};
  std::vector<std::string> Candidates;
  if (!R.ConfigPath.empty())
    Candidates = {R.ConfigPath};
  for (const facts::Stage &S : P.Stages)
    if (S.TU == &TU && R.ConfigPath.empty())
      Candidates.assign(S.ManifestConfigs.begin(), S.ManifestConfigs.end());
  auto Readable = [&](const std::string &Path) {
    const ::bel::config::EffectiveConfig *C = P.Configs->find(Path);
    return C && facts::apiReadsFormat(R.Api, C->Format);
  };
  std::vector<std::string> Out;
  for (const std::string &Path : Candidates)
    if (Readable(Path))
      Out.push_back(Path);
  // Flag files come on the command line (--flagfile): without a stage that
  // names its own, every flag file of the project may set the flag.
  if (Out.empty() && R.Api == facts::ConfigApi::Flags && R.ConfigPath.empty())
    for (const ::bel::config::EffectiveConfig &C : P.Configs->Configs)
      if (Readable(C.Path))
        Out.push_back(C.Path);
  return Out;
}

const ::bel::config::MapEntry *findKey(const ::bel::config::ConfigNode &Map,
                                       llvm::StringRef Key,
                                       const ::bel::config::KeyAliases &Aliases) {
  const ::bel::config::MapEntry *Found = nullptr;
  for (const ::bel::config::MapEntry &E : Map.Entries)
    if (Aliases.same(E.Key, Key))
      Found = &E;
  return Found;
}

const ::bel::config::MapEntry *findEntry(const ::bel::config::ConfigNode &Root,
                                         const KeyPath &Keys,
                                         const ::bel::config::KeyAliases &Aliases) {
  const ::bel::config::ConfigNode *Node = &Root;
  const ::bel::config::MapEntry *Entry = nullptr;
  for (const std::string &K : Keys) {
    if (!Node->isMapping() || !(Entry = findKey(*Node, K, Aliases)))
      return nullptr;
    Node = &Entry->Value;
  }
  return Entry;
}

std::string describeValue(const ::bel::config::ConfigNode &V) {
  using ::bel::config::ConfigNode;
  using ::bel::config::ScalarType;
  switch (V.NodeKind) {
  case ConfigNode::Null:
    return "null";
  case ConfigNode::Sequence:
    return "a list";
  case ConfigNode::Mapping:
    return "a mapping";
  case ConfigNode::Scalar:
    break;
  }
  switch (V.Type) {
  case ScalarType::Bool:
    return "the boolean " + V.Value;
  case ScalarType::Int:
    return "the integer " + V.Value;
  case ScalarType::Float:
    return "the number " + V.Value;
  default:
    return "the string '" + V.Value + "'";
  }
}

} // namespace bel::rules
