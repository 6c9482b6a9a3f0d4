//===- ConfigYaml.cpp - YAML into the located tree, through yaml-cpp ------===//
//
// yaml-cpp throws; this file is where its exceptions become llvm::Errors, so
// no exception leaves lib/config.
//===----------------------------------------------------------------------===//
#include "config/ConfigNode.h"
#include "support/Utf8.h"

#include "llvm/ADT/StringExtras.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>

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
      L.Column = support::columnOfByte(Text.substr(LineStarts[M.line]),
                                       size_t(M.column));
    }
    return L;
  }

  llvm::StringRef text() const { return Text; }

  /// Whether a quoted scalar starts at \p M and is never closed. yaml-cpp
  /// takes `a: "x` to run on to the end of the file, swallowing the keys
  /// after it, where YAML says it is an error.
  bool unclosedQuoteAt(const YAML::Mark &M) const {
    if (M.line < 0 || M.column < 0 || size_t(M.line) >= LineStarts.size())
      return false;
    size_t I = LineStarts[M.line] + size_t(M.column);
    if (I >= Text.size() || (Text[I] != '"' && Text[I] != '\''))
      return false;
    char Quote = Text[I];
    for (++I; I < Text.size(); ++I) {
      if (Quote == '"' && Text[I] == '\\')
        ++I; // An escape: the next byte is never the closing quote.
      else if (Text[I] == Quote && Quote == '\'' &&
               Text.substr(I + 1).startswith("'"))
        ++I; // '' is a quote inside a single-quoted scalar.
      else if (Text[I] == Quote)
        return false;
    }
    return true;
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

/// A problem found while building the tree; parseYaml turns it into a
/// LocatedError. It unwinds through yaml-cpp's parser, which is built with
/// exceptions, and never leaves this file.
struct BuildError {
  Location Loc;
  std::string Message;
};

/// Builds the located tree straight from yaml-cpp's parser events, one
/// document at a time. YAML::LoadAll cannot be used: yaml-cpp 0.7 reports a
/// token no node can start with (a stray ',') as an empty document without
/// consuming it, so LoadAll collects empty documents until memory runs out
/// (jbeder/yaml-cpp#1040).
///
/// An alias is a copy of the node its anchor names. Copies are budgeted, as
/// "billion laughs" documents expand exponentially, and count towards the
/// nesting depth, so the tree is never deeper than MaxDepth.
class TreeBuilder : public YAML::EventHandler {
public:
  explicit TreeBuilder(const Positions &Pos) : Pos(Pos) {}

  /// The documents built so far.
  std::vector<ConfigNode> Documents;

  void OnDocumentStart(const YAML::Mark &M) override {
    // A document that starts where the last one started consumed nothing:
    // the parser is stuck on a token that cannot start a node.
    if (StartedDocument && M.pos == LastDocumentStart.pos)
      throw BuildError{Pos.at(M), "invalid YAML: unexpected " + tokenAt(M)};
    StartedDocument = true;
    LastDocumentStart = M;
    Anchors.clear();
    Stack.clear();
  }

  void OnDocumentEnd() override {
    if (!Done) { // Every document has a root node; this is only a guard.
      Done.emplace();
      Done->Loc = Pos.at(LastDocumentStart);
    }
    Documents.push_back(std::move(*Done));
    Done.reset();
  }

  void OnNull(const YAML::Mark &M, YAML::anchor_t Anchor) override {
    ConfigNode N;
    N.Loc = Pos.at(M);
    finish(std::move(N), Anchor, 1, 1);
  }

  void OnScalar(const YAML::Mark &M, const std::string &Tag,
                YAML::anchor_t Anchor, const std::string &Value) override {
    if (Tag == "!" && Pos.unclosedQuoteAt(M))
      throw BuildError{Pos.at(M), "invalid YAML: this quoted string is never "
                                  "closed"};
    ConfigNode N;
    N.Loc = Pos.at(M);
    N.NodeKind = ConfigNode::Scalar;
    N.Value = Value;
    // A quoted or block scalar has the non-specific tag "!": a string.
    N.Type = Tag == "?" ? resolvePlainScalar(Value) : ScalarType::String;
    if (N.Type == ScalarType::Null)
      N.NodeKind = ConfigNode::Null;
    finish(std::move(N), Anchor, 1, 1);
  }

  void OnAlias(const YAML::Mark &M, YAML::anchor_t Anchor) override {
    if (Anchor == 0 || Anchor > Anchors.size() || !Anchors[Anchor - 1].Node)
      throw BuildError{Pos.at(M), "invalid YAML: alias inside the node its "
                                  "anchor names"};
    const Anchored &A = Anchors[Anchor - 1];
    if (!Stack.empty())
      checkDepth(Pos.at(M), A.Height);
    copied(Pos.at(M), A.Size);
    // The copy keeps the anchored positions, so a read through any alias
    // counts for the anchored key.
    finish(ConfigNode(*A.Node), /*Anchor=*/0, A.Size, A.Height);
  }

  void OnSequenceStart(const YAML::Mark &M, const std::string &,
                       YAML::anchor_t Anchor,
                       YAML::EmitterStyle::value) override {
    open(M, ConfigNode::Sequence, Anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark &M, const std::string &,
                  YAML::anchor_t Anchor, YAML::EmitterStyle::value) override {
    open(M, ConfigNode::Mapping, Anchor);
  }
  void OnMapEnd() override {
    applyMergeKeys(Stack.back().Node);
    close();
  }

private:
  /// An open sequence or mapping.
  struct Frame {
    ConfigNode Node;
    YAML::anchor_t Anchor = 0;
    size_t Size = 1;     ///< Nodes in the subtree so far.
    unsigned Height = 1; ///< Levels of the subtree so far.
    /// Mappings: the key of the value that comes next, once it is read.
    std::optional<ConfigNode> Key;
  };
  /// A complete node an alias may copy.
  struct Anchored {
    std::optional<ConfigNode> Node;
    size_t Size = 0;
    unsigned Height = 0;
  };

  /// No config repeats this many nodes; a document that does is a bomb.
  static constexpr size_t MaxCopiedNodes = 100000;

  const Positions &Pos;
  std::vector<Frame> Stack;
  std::vector<Anchored> Anchors; ///< By anchor_t - 1, per document.
  std::optional<ConfigNode> Done; ///< The document's root, once complete.
  size_t Copied = 0;
  bool StartedDocument = false;
  YAML::Mark LastDocumentStart;

  std::string tokenAt(const YAML::Mark &M) const {
    llvm::StringRef Text = Pos.text();
    if (M.pos >= 0 && size_t(M.pos) < Text.size() &&
        llvm::isPrint(Text[M.pos]))
      return "'" + std::string(1, Text[M.pos]) + "'";
    return "token";
  }

  void copied(const Location &At, size_t Nodes) {
    Copied += Nodes;
    if (Copied > MaxCopiedNodes)
      throw BuildError{At, "invalid YAML: anchors and aliases copy more than " +
                               std::to_string(MaxCopiedNodes) + " nodes"};
  }

  /// A node of \p Height levels placed in the open collection must end no
  /// deeper than MaxDepth (the root is at depth 0).
  void checkDepth(const Location &At, unsigned Height) const {
    if (Stack.size() + Height > MaxDepth + 1)
      throw BuildError{At, "nesting deeper than " + std::to_string(MaxDepth) +
                               " levels"};
  }

  void open(const YAML::Mark &M, ConfigNode::Kind Kind,
            YAML::anchor_t Anchor) {
    checkDepth(Pos.at(M), 1);
    Frame F;
    F.Node.NodeKind = Kind;
    F.Node.Loc = Pos.at(M);
    F.Anchor = Anchor;
    Stack.push_back(std::move(F));
  }

  void close() {
    Frame F = std::move(Stack.back());
    Stack.pop_back();
    finish(std::move(F.Node), F.Anchor, F.Size, F.Height);
  }

  /// Places a complete node of \p Size nodes and \p Height levels in the
  /// collection that is open, or makes it the document's root.
  void finish(ConfigNode N, YAML::anchor_t Anchor, size_t Size,
              unsigned Height) {
    if (!Stack.empty())
      checkDepth(N.Loc, Height);
    if (Anchor != 0) {
      if (Anchor > Anchors.size())
        Anchors.resize(Anchor);
      copied(N.Loc, Size);
      Anchors[Anchor - 1] = {N, Size, Height};
    }
    if (Stack.empty()) {
      Done = std::move(N);
      return;
    }
    Frame &Parent = Stack.back();
    Parent.Size += Size;
    Parent.Height = std::max(Parent.Height, Height + 1);
    if (Parent.Node.isSequence()) {
      Parent.Node.Items.push_back(std::move(N));
      return;
    }
    if (!Parent.Key) {
      Parent.Key = std::move(N);
      return;
    }
    MapEntry E;
    const ConfigNode &Key = *Parent.Key;
    E.Key = Key.isScalar() ? Key.Value : std::string("?");
    E.KeyLoc = Key.Loc;
    E.KeyLoc.EndLine = E.KeyLoc.Line;
    E.KeyLoc.EndColumn = E.KeyLoc.Column + support::codePointCount(E.Key);
    E.Value = std::move(N);
    if (E.Value.NodeKind == ConfigNode::Null)
      E.Value.Loc = E.KeyLoc; // A null value has no position of its own.
    Parent.Node.Entries.push_back(std::move(E));
    Parent.Key.reset();
  }
};

} // namespace

llvm::Expected<ConfigFile> parseYaml(llvm::StringRef Path,
                                     llvm::StringRef Text) {
  if (llvm::Error E = checkText(Path, Text))
    return std::move(E);
  ConfigFile File;
  File.Path = Path.str();
  File.FileFormat = ConfigFile::Yaml;
  Positions Pos(Path, Text);
  // Every document, not only the first: the later ones keep their positions
  // in ExtraDocuments, and one that does not parse is an error instead of
  // going unseen. An empty stream has no document and a null root, as
  // YAML::Load gives.
  File.Root.Loc = Pos.at(YAML::Mark::null_mark());
  try {
    std::istringstream In(Text.str());
    YAML::Parser Parser(In);
    TreeBuilder Builder(Pos);
    while (Parser.HandleNextDocument(Builder)) {
    }
    for (size_t I = 0; I < Builder.Documents.size(); ++I) {
      ConfigNode &Doc = Builder.Documents[I];
      if (I == 0)
        File.Root = std::move(Doc);
      else
        File.ExtraDocuments.push_back(std::move(Doc));
    }
  } catch (const BuildError &E) {
    return makeLocatedError(E.Loc, E.Message);
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
