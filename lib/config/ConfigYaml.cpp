//===- ConfigYaml.cpp - YAML into the located tree, through yaml-cpp ------===//
//
// yaml-cpp throws; this file is where its exceptions become llvm::Errors, so
// no exception leaves lib/config.
//===----------------------------------------------------------------------===//
#include "config/ConfigNode.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace bel::config {
namespace {

/// Deeper trees are refused instead of risking the stack.
constexpr unsigned MaxDepth = 256;

/// Turns yaml-cpp's 0-based byte positions into bel's 1-based code-point
/// columns (SARIF's columnKind), so YAML and JSON findings agree.
class Positions {
public:
  Positions(llvm::StringRef Path, llvm::StringRef Text) : Path(Path), Text(Text) {
    LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        LineStarts.push_back(I + 1);
  }

  Location at(const YAML::Mark &M) const {
    Location L;
    L.Path = Path.str();
    // A null node has no mark (-1): the start of the document stands in.
    L.Line = M.line >= 0 ? unsigned(M.line) + 1 : 1;
    L.Column = 1;
    if (M.line >= 0 && M.column >= 0 && size_t(M.line) < LineStarts.size()) {
      llvm::StringRef Prefix =
          Text.substr(LineStarts[M.line]).take_front(size_t(M.column));
      L.Column += codePoints(Prefix);
    }
    return L;
  }

  static unsigned codePoints(llvm::StringRef S) {
    unsigned N = 0;
    for (unsigned char C : S)
      N += (C & 0xC0) != 0x80;
    return N;
  }

private:
  llvm::StringRef Path, Text;
  std::vector<size_t> LineStarts;
};

/// YAML's merge key: `<<: *base` (or a list of aliases) copies the entries
/// of the merged mappings that the mapping does not set itself. The copies
/// keep their positions at the anchor, so a read through any alias counts
/// for the anchored key.
void applyMergeKeys(ConfigNode &Map) {
  std::vector<MapEntry> Own, Merged;
  for (MapEntry &E : Map.Entries) {
    if (E.Key != "<<") {
      Own.push_back(std::move(E));
      continue;
    }
    std::vector<const ConfigNode *> Sources;
    if (E.Value.isMapping())
      Sources.push_back(&E.Value);
    for (const ConfigNode &Item : E.Value.Items)
      if (Item.isMapping())
        Sources.push_back(&Item);
    for (const ConfigNode *S : Sources)
      for (const MapEntry &M : S->Entries)
        Merged.push_back(M);
  }
  // Explicit keys win over merged ones; among merged mappings, the first
  // that sets a key wins, as the YAML merge-key spec says.
  for (MapEntry &M : Merged) {
    bool Set = false;
    for (const MapEntry &O : Own)
      Set |= O.Key == M.Key;
    if (!Set)
      Own.push_back(std::move(M));
  }
  Map.Entries = std::move(Own);
}

llvm::Error convert(const Positions &Pos, const YAML::Node &In,
                    ConfigNode &Out, unsigned Depth) {
  if (Depth > MaxDepth)
    return makeLocatedError(Pos.at(In.Mark()),
                            "nesting deeper than " + llvm::Twine(MaxDepth) +
                                " levels");
  Out.Loc = Pos.at(In.Mark());
  switch (In.Type()) {
  case YAML::NodeType::Undefined:
  case YAML::NodeType::Null:
    Out.NodeKind = ConfigNode::Null;
    return llvm::Error::success();
  case YAML::NodeType::Scalar:
    Out.NodeKind = ConfigNode::Scalar;
    Out.Value = In.Scalar();
    // A quoted or block scalar has the non-specific tag "!": a string.
    Out.Type = In.Tag() == "?" ? resolvePlainScalar(Out.Value)
                               : ScalarType::String;
    if (Out.Type == ScalarType::Null)
      Out.NodeKind = ConfigNode::Null;
    return llvm::Error::success();
  case YAML::NodeType::Sequence:
    Out.NodeKind = ConfigNode::Sequence;
    for (const YAML::Node &Item : In) {
      Out.Items.emplace_back();
      if (auto Err = convert(Pos, Item, Out.Items.back(), Depth + 1))
        return Err;
    }
    return llvm::Error::success();
  case YAML::NodeType::Map:
    Out.NodeKind = ConfigNode::Mapping;
    for (auto It = In.begin(); It != In.end(); ++It) {
      MapEntry E;
      E.Key = It->first.IsScalar() ? It->first.Scalar() : std::string("?");
      E.KeyLoc = Pos.at(It->first.Mark());
      E.KeyLoc.EndLine = E.KeyLoc.Line;
      E.KeyLoc.EndColumn = E.KeyLoc.Column + Positions::codePoints(E.Key);
      if (auto Err = convert(Pos, It->second, E.Value, Depth + 1))
        return Err;
      if (It->second.IsNull())
        E.Value.Loc = E.KeyLoc; // A null value has no position of its own.
      Out.Entries.push_back(std::move(E));
    }
    applyMergeKeys(Out);
    return llvm::Error::success();
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<ConfigFile> parseYaml(llvm::StringRef Path,
                                     llvm::StringRef Text) {
  ConfigFile File;
  File.Path = Path.str();
  File.FileFormat = ConfigFile::Yaml;
  Positions Pos(Path, Text);
  try {
    // LoadAll, not Load: the later documents keep their positions in
    // ExtraDocuments, and one that does not parse is an error instead of
    // going unseen. An empty stream has no document and a null root, as
    // Load gives.
    std::vector<YAML::Node> Docs = YAML::LoadAll(Text.str());
    File.Root.Loc = Pos.at(YAML::Mark::null_mark());
    for (size_t I = 0; I < Docs.size(); ++I) {
      ConfigNode &Out = I == 0 ? File.Root : File.ExtraDocuments.emplace_back();
      if (auto Err = convert(Pos, Docs[I], Out, 0))
        return std::move(Err);
    }
  } catch (const YAML::Exception &E) {
    return makeLocatedError(Pos.at(E.mark),
                            "invalid YAML: " + E.msg);
  } catch (const std::exception &E) {
    return makeLocatedError(Location{Path.str(), 1, 1},
                            llvm::Twine("invalid YAML: ") + E.what());
  }
  return File;
}

} // namespace bel::config
