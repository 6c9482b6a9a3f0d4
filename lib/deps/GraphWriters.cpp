//===- GraphWriters.cpp - DepGraph as GraphML and DOT, and DOT as SVG -----===//
#include "deps/GraphWriters.h"

#include "llvm/ADT/Optional.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include <cassert>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace bel::deps {

namespace {

/// The nodes of a graph in nodes() order, and which of them are drawn. Only
/// DepGraph's public API is used: node indices are 0..size-1 (info() takes
/// them), and each one is placed by its (kind, name), which is unique.
class Layout {
public:
  Layout(const DepGraph &G, llvm::ArrayRef<size_t> Nodes) : All(G.nodes()) {
    std::map<std::pair<NodeKind, llvm::StringRef>, size_t> Position;
    for (size_t P = 0; P < All.size(); ++P)
      Position.emplace(
          std::make_pair(All[P].Kind, llvm::StringRef(All[P].Name)), P);
    PosOf.resize(All.size());
    for (size_t V = 0; V < All.size(); ++V) {
      NodeInfo N = G.info(V);
      auto It = Position.find({N.Kind, N.Name});
      assert(It != Position.end() && "node indices are 0..nodes().size()-1");
      PosOf[V] = It->second;
    }
    Drawn.assign(All.size(), false);
    for (size_t V : Nodes) {
      assert(V < All.size() && "a node index from another graph");
      if (V < All.size())
        Drawn[PosOf[V]] = true;
    }
  }

  const std::vector<NodeInfo> &nodes() const { return All; }
  /// The position in nodes() of node index \p V.
  size_t pos(size_t V) const { return PosOf[V]; }
  bool drawnAt(size_t Pos) const { return Drawn[Pos]; }
  bool drawn(const EdgeInfo &E) const {
    return E.From < PosOf.size() && E.To < PosOf.size() &&
           Drawn[PosOf[E.From]] && Drawn[PosOf[E.To]];
  }

private:
  std::vector<NodeInfo> All;
  std::vector<size_t> PosOf;
  std::vector<bool> Drawn;
};

std::vector<size_t> allNodes(const DepGraph &G) {
  std::vector<size_t> Nodes(G.nodes().size());
  std::iota(Nodes.begin(), Nodes.end(), size_t(0));
  return Nodes;
}

/// Writes \p Raw to \p OS, each character that \p Escape maps to a
/// replacement replaced. Names come from string literals and file names,
/// which need not be valid UTF-8; invalid sequences become U+FFFD. Runs with
/// nothing to replace are written whole: a graph can hold a million names.
template <typename EscapeFn>
void writeEscaped(llvm::raw_ostream &OS, llvm::StringRef Raw, EscapeFn Escape) {
  std::string Fixed;
  llvm::StringRef S = Raw;
  if (!llvm::json::isUTF8(Raw)) {
    Fixed = llvm::json::fixUTF8(Raw);
    S = Fixed;
  }
  size_t Start = 0;
  for (size_t I = 0; I < S.size(); ++I)
    if (const char *Replacement = Escape(S[I])) {
      OS << S.slice(Start, I) << Replacement;
      Start = I + 1;
    }
  OS << S.substr(Start);
}

/// The XML for \p C in character data or an attribute value, or null if it
/// stands for itself. XML 1.0 cannot hold most control characters even as
/// references, so they become U+FFFD.
const char *xmlEscape(char C) {
  switch (C) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '"':
    return "&quot;";
  case '\'':
    return "&apos;";
  case '\t':
    return "&#9;";
  case '\n':
    return "&#10;";
  case '\r':
    return "&#13;";
  default:
    return static_cast<unsigned char>(C) < 0x20 ? "\xEF\xBF\xBD" : nullptr;
  }
}

/// The DOT for \p C inside a double-quoted string, or null if it stands for
/// itself: a backslash would start an escape (\N, \l, ...), a quote would
/// end the string.
const char *dotEscape(char C) {
  switch (C) {
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  default:
    return nullptr;
  }
}

void writeXml(llvm::raw_ostream &OS, llvm::StringRef S) {
  writeEscaped(OS, S, xmlEscape);
}

void writeDotString(llvm::raw_ostream &OS, llvm::StringRef S) {
  writeEscaped(OS, S, dotEscape);
}

void writeGraphML(const DepGraph &G, const Layout &L, llvm::raw_ostream &OS) {
  OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        "  <key id=\"node_kind\" for=\"node\" attr.name=\"kind\" "
        "attr.type=\"string\"/>\n"
        "  <key id=\"node_name\" for=\"node\" attr.name=\"name\" "
        "attr.type=\"string\"/>\n"
        "  <key id=\"edge_kind\" for=\"edge\" attr.name=\"kind\" "
        "attr.type=\"string\"/>\n"
        "  <key id=\"edge_location\" for=\"edge\" attr.name=\"location\" "
        "attr.type=\"string\"/>\n"
        "  <graph id=\"G\" edgedefault=\"directed\">\n";
  const std::vector<NodeInfo> &All = L.nodes();
  for (size_t P = 0; P < All.size(); ++P) {
    if (!L.drawnAt(P))
      continue;
    OS << "    <node id=\"n" << P << "\">\n"
       << "      <data key=\"node_kind\">" << nodeKindName(All[P].Kind)
       << "</data>\n"
       << "      <data key=\"node_name\">";
    writeXml(OS, All[P].Name);
    OS << "</data>\n"
       << "    </node>\n";
  }
  std::vector<EdgeInfo> Edges = G.edges();
  for (size_t I = 0; I < Edges.size(); ++I) {
    const EdgeInfo &E = Edges[I];
    if (!L.drawn(E))
      continue;
    OS << "    <edge id=\"e" << I << "\" source=\"n" << L.pos(E.From)
       << "\" target=\"n" << L.pos(E.To) << "\">\n"
       << "      <data key=\"edge_kind\">" << edgeKindName(E.Kind)
       << "</data>\n";
    if (!E.Loc.Path.empty() || E.Loc.hasRegion()) {
      OS << "      <data key=\"edge_location\">";
      writeXml(OS, E.Loc.Path);
      if (E.Loc.hasRegion())
        OS << ":" << E.Loc.Line << ":" << E.Loc.Column;
      OS << "</data>\n";
    }
    OS << "    </edge>\n";
  }
  OS << "  </graph>\n</graphml>\n";
}

const char *shapeOf(NodeKind K) {
  switch (K) {
  case NodeKind::Stage:
    return "box";
  case NodeKind::Dataset:
  case NodeKind::Table:
    return "cylinder";
  case NodeKind::Model:
    return "box3d";
  case NodeKind::Config:
    return "note";
  case NodeKind::Unresolved:
    return "octagon";
  }
  llvm_unreachable("a NodeKind with no shape");
}

void writeDot(const DepGraph &G, const Layout &L, std::optional<size_t> Focus,
              llvm::raw_ostream &OS) {
  // Ids, not names, name the nodes: a stage and a dataset may share a name.
  std::optional<size_t> FocusPos;
  if (Focus && *Focus < L.nodes().size())
    FocusPos = L.pos(*Focus);
  OS << "digraph G {\n";
  const std::vector<NodeInfo> &All = L.nodes();
  for (size_t P = 0; P < All.size(); ++P) {
    if (!L.drawnAt(P))
      continue;
    OS << "  n" << P << " [label=\"";
    writeDotString(OS, All[P].Name);
    OS << "\", shape=" << shapeOf(All[P].Kind)
       << (FocusPos == P ? ", style=bold" : "") << "];\n";
  }
  for (const EdgeInfo &E : G.edges())
    if (L.drawn(E))
      OS << "  n" << L.pos(E.From) << " -> n" << L.pos(E.To) << " [label=\""
         << edgeKindName(E.Kind) << "\"];\n";
  OS << "}\n";
}

} // namespace

void writeGraphML(const DepGraph &G, llvm::raw_ostream &OS) {
  writeGraphML(G, Layout(G, allNodes(G)), OS);
}

void writeGraphML(const DepGraph &G, llvm::ArrayRef<size_t> Nodes,
                  llvm::raw_ostream &OS) {
  writeGraphML(G, Layout(G, Nodes), OS);
}

void writeDot(const DepGraph &G, llvm::raw_ostream &OS) {
  writeDot(G, Layout(G, allNodes(G)), std::nullopt, OS);
}

void writeDot(const DepGraph &G, llvm::ArrayRef<size_t> Nodes,
              llvm::raw_ostream &OS, std::optional<size_t> Focus) {
  writeDot(G, Layout(G, Nodes), Focus, OS);
}

llvm::Expected<std::string> renderSvg(llvm::StringRef Dot,
                                      llvm::StringRef DotProgram) {
  // dot reads and writes files rather than pipes: ExecuteAndWait redirects
  // to paths only, and a file keeps a large graph out of a pipe buffer.
  llvm::SmallString<128> In, Out, Err;
  std::pair<llvm::SmallString<128> *, const char *> Files[] = {
      {&In, "dot"}, {&Out, "svg"}, {&Err, "txt"}};
  llvm::FileRemover Remove[3];
  for (size_t I = 0; I < 3; ++I) {
    if (std::error_code EC = llvm::sys::fs::createTemporaryFile(
            "bel-deps", Files[I].second, *Files[I].first))
      return llvm::createStringError(EC, "cannot create a temporary file: %s",
                                     EC.message().c_str());
    Remove[I].setFile(*Files[I].first);
  }
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(In, EC, llvm::sys::fs::OF_Text);
    if (EC)
      return llvm::createStringError(EC, "%s: %s", In.c_str(),
                                     EC.message().c_str());
    OS << Dot;
  }
  llvm::StringRef Args[] = {DotProgram, "-Tsvg", "-o", Out, In};
  llvm::Optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(""), llvm::StringRef(Err)};
  std::string ErrMsg;
  int RC = llvm::sys::ExecuteAndWait(DotProgram, Args, /*Env=*/{}, Redirects,
                                     /*SecondsToWait=*/0, /*MemoryLimit=*/0,
                                     &ErrMsg);
  if (RC != 0) {
    std::string Why = ErrMsg;
    if (auto Buf = llvm::MemoryBuffer::getFile(Err))
      if (!(*Buf)->getBuffer().trim().empty())
        Why = (*Buf)->getBuffer().trim().split('\n').first.str();
    if (Why.empty())
      Why = "exit code " + std::to_string(RC);
    return llvm::createStringError(llvm::errc::io_error, "%s: %s",
                                   DotProgram.str().c_str(), Why.c_str());
  }
  auto Buf = llvm::MemoryBuffer::getFile(Out);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "%s: %s", Out.c_str(),
                                   Buf.getError().message().c_str());
  return (*Buf)->getBuffer().str();
}

} // namespace bel::deps
