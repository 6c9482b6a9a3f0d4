//===- ConfigYaml.cpp - YAML into the located tree, through yaml-cpp ------===//
//
// yaml-cpp throws; this file is where its exceptions become llvm::Errors, so
// no exception leaves lib/config.
//===----------------------------------------------------------------------===//
#include "config/ConfigNode.h"

#include <yaml-cpp/yaml.h>

namespace bel::config {
namespace {

/// Deeper trees are refused instead of risking the stack.
constexpr unsigned MaxDepth = 256;

Location locationOf(llvm::StringRef Path, const YAML::Mark &M) {
  Location L;
  L.Path = Path.str();
  // yaml-cpp counts from 0; a null node has no mark (-1).
  L.Line = M.line >= 0 ? unsigned(M.line) + 1 : 1;
  L.Column = M.column >= 0 ? unsigned(M.column) + 1 : 1;
  return L;
}

llvm::Error convert(llvm::StringRef Path, const YAML::Node &In,
                    ConfigNode &Out, unsigned Depth) {
  if (Depth > MaxDepth)
    return makeLocatedError(locationOf(Path, In.Mark()),
                            "nesting deeper than " + llvm::Twine(MaxDepth) +
                                " levels");
  Out.Loc = locationOf(Path, In.Mark());
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
      if (auto Err = convert(Path, Item, Out.Items.back(), Depth + 1))
        return Err;
    }
    return llvm::Error::success();
  case YAML::NodeType::Map:
    Out.NodeKind = ConfigNode::Mapping;
    for (auto It = In.begin(); It != In.end(); ++It) {
      MapEntry E;
      E.Key = It->first.IsScalar() ? It->first.Scalar() : std::string("?");
      E.KeyLoc = locationOf(Path, It->first.Mark());
      E.KeyLoc.EndLine = E.KeyLoc.Line;
      E.KeyLoc.EndColumn = E.KeyLoc.Column + unsigned(E.Key.size());
      if (auto Err = convert(Path, It->second, E.Value, Depth + 1))
        return Err;
      if (It->second.IsNull())
        E.Value.Loc = E.KeyLoc; // A null value has no position of its own.
      Out.Entries.push_back(std::move(E));
    }
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
  try {
    YAML::Node Doc = YAML::Load(Text.str());
    if (auto Err = convert(Path, Doc, File.Root, 0))
      return std::move(Err);
  } catch (const YAML::Exception &E) {
    return makeLocatedError(locationOf(Path, E.mark),
                            "invalid YAML: " + E.msg);
  } catch (const std::exception &E) {
    return makeLocatedError(Location{Path.str(), 1, 1},
                            llvm::Twine("invalid YAML: ") + E.what());
  }
  return File;
}

} // namespace bel::config
