//===- bel-deps/main.cpp - the data dependencies of a pipeline ------------===//
//
// bel-deps [--root DIR] [-p BUILD_DIR] COMMAND [-- <compiler flags>]
//   list                 stages with what they read, write and are
//                        configured by, then every dataset and config found
//   graph                the dependency graph in Graphviz DOT
//   closure NODE         what NODE (a stage, or a dataset's or config's path)
//                        depends on (--upstream, the default) or what depends
//                        on it (--downstream), transitively
//   cycles               the cycles of the graph: outputs that reach their
//                        own inputs
//===----------------------------------------------------------------------===//
#include "deps/DepGraph.h"
#include "lint/Lint.h"
#include "report/Emitters.h"
#include "report/RuleCatalog.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace bel;

static cl::OptionCategory Category("bel-deps options");
static cl::opt<std::string> Root("root", cl::desc("Project root (holds .bel.yaml)"),
                                 cl::init("."), cl::cat(Category));
static cl::opt<std::string> BuildDir("p", cl::desc("Build directory with compile_commands.json"),
                                     cl::cat(Category));
static cl::opt<std::string> ResourceDir("resource-dir", cl::desc("Clang resource directory"),
                                        cl::cat(Category));
static cl::list<std::string> Args(cl::Positional, cl::OneOrMore,
                                  cl::desc("list | graph | closure NODE | cycles"),
                                  cl::cat(Category));
static cl::opt<bool> Downstream("downstream",
                                cl::desc("closure: what depends on NODE"),
                                cl::cat(Category));
static cl::opt<bool> Upstream("upstream",
                              cl::desc("closure: what NODE depends on (default)"),
                              cl::cat(Category));
enum class Format { Markdown, Json, Dot };
static cl::opt<Format> OutputFormat(
    "format", cl::desc("closure and cycles output"), cl::init(Format::Markdown),
    cl::values(clEnumValN(Format::Markdown, "markdown", "a table (default)"),
               clEnumValN(Format::Json, "json", "JSON"),
               clEnumValN(Format::Dot, "dot", "Graphviz DOT (closure)")),
    cl::cat(Category));

static void closure(const deps::DepGraph &G, size_t Node, raw_ostream &OS) {
  bool Up = !Downstream;
  std::vector<size_t> Found = G.closure(Node, Up);
  const std::string Name = G.info(Node).Name;
  const char *Direction = Up ? "upstream" : "downstream";
  if (OutputFormat == Format::Json) {
    OS << "{\n  \"node\": \"" << Name << "\",\n  \"direction\": \"" << Direction
       << "\",\n  \"closure\": [";
    for (size_t I = 0; I < Found.size(); ++I) {
      deps::NodeInfo N = G.info(Found[I]);
      OS << (I ? "," : "") << "\n    {\"kind\": \"" << deps::nodeKindName(N.Kind)
         << "\", \"name\": \"" << N.Name << "\"}";
    }
    OS << (Found.empty() ? "" : "\n  ") << "]\n}\n";
    return;
  }
  if (OutputFormat == Format::Dot) {
    OS << "digraph closure {\n  \"" << Name << "\" [style=bold];\n";
    std::vector<size_t> In = Found;
    In.push_back(Node);
    for (const deps::EdgeInfo &E : G.edges())
      if (llvm::is_contained(In, E.From) && llvm::is_contained(In, E.To))
        OS << "  \"" << G.info(E.From).Name << "\" -> \"" << G.info(E.To).Name
           << "\" [label=\"" << deps::edgeKindName(E.Kind) << "\"];\n";
    OS << "}\n";
    return;
  }
  OS << "# " << (Up ? "Upstream" : "Downstream") << " closure of `" << Name << "`\n\n"
     << "| kind | name |\n|---|---|\n";
  for (size_t N : Found)
    OS << "| " << deps::nodeKindName(G.info(N).Kind) << " | `" << G.info(N).Name
       << "` |\n";
}

static void cycles(const deps::DepGraph &G, raw_ostream &OS) {
  std::vector<std::vector<size_t>> Cycles = G.cycles();
  if (OutputFormat == Format::Json) {
    OS << "{\n  \"cycles\": [";
    for (size_t C = 0; C < Cycles.size(); ++C) {
      OS << (C ? "," : "") << "\n    [";
      for (size_t I = 0; I < Cycles[C].size(); ++I)
        OS << (I ? ", " : "") << "\"" << G.info(Cycles[C][I]).Name << "\"";
      OS << "]";
    }
    OS << (Cycles.empty() ? "" : "\n  ") << "]\n}\n";
    return;
  }
  OS << "# Cycles\n\n";
  if (Cycles.empty())
    OS << "None: no output reaches its own input.\n";
  for (size_t C = 0; C < Cycles.size(); ++C) {
    OS << C + 1 << ".";
    for (size_t N : Cycles[C])
      OS << " " << deps::nodeKindName(G.info(N).Kind) << " `" << G.info(N).Name << "`";
    OS << "\n";
  }
}

static void list(const deps::DepGraph &G, raw_ostream &OS) {
  std::vector<deps::EdgeInfo> Edges = G.edges();
  OS << "stages:\n";
  for (const deps::NodeInfo &N : G.nodes()) {
    if (N.Kind != deps::NodeKind::Stage)
      continue;
    OS << "  " << N.Name << "\n";
    for (const deps::EdgeInfo &E : Edges) {
      const deps::NodeInfo From = G.info(E.From);
      const deps::NodeInfo To = G.info(E.To);
      const deps::NodeInfo Other = From.Name == N.Name &&
                                            From.Kind == deps::NodeKind::Stage
                                        ? To
                                        : From;
      bool Mine = (From.Kind == deps::NodeKind::Stage && From.Name == N.Name) ||
                  (To.Kind == deps::NodeKind::Stage && To.Name == N.Name);
      if (!Mine)
        continue;
      OS << "    " << deps::edgeKindName(E.Kind) << " " << Other.Name;
      if (E.Loc.hasRegion())
        OS << "  (" << E.Loc.Path << ":" << E.Loc.Line << ")";
      OS << "\n";
    }
  }
  for (deps::NodeKind K : {deps::NodeKind::Dataset, deps::NodeKind::Model,
                           deps::NodeKind::Table, deps::NodeKind::Config,
                           deps::NodeKind::Unresolved}) {
    std::vector<deps::NodeInfo> Of;
    for (const deps::NodeInfo &N : G.nodes())
      if (N.Kind == K)
        Of.push_back(N);
    if (Of.empty() && K != deps::NodeKind::Dataset && K != deps::NodeKind::Config)
      continue;
    OS << deps::nodeKindName(K) << (K == deps::NodeKind::Unresolved ? ":\n" : "s:\n");
    for (const deps::NodeInfo &N : Of)
      OS << "  " << N.Name << (N.Detail.empty() ? "" : "  (" + N.Detail + ")") << "\n";
  }
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  std::optional<std::vector<std::string>> FixedArgs;
  int Argc = lint::splitCompilerFlags(argc, argv, FixedArgs);
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(Argc, argv,
                              "bel-deps: the data dependencies of an ML pipeline\n");
  const std::string Command = Args.front();
  if (Command != "list" && Command != "graph" && Command != "closure" &&
      Command != "cycles") {
    WithColor::error(errs(), "bel-deps")
        << "unknown command '" << Command
        << "' (expected list, graph, closure NODE or cycles)\n";
    return 2;
  }
  if ((Command == "closure") != (Args.size() == 2) || Args.size() > 2) {
    WithColor::error(errs(), "bel-deps")
        << "usage: closure takes one NODE; the other commands take none\n";
    return 2;
  }
  lint::LintOptions Opts;
  Opts.Root = Root;
  Opts.BuildDir = BuildDir;
  Opts.FixedArgs = FixedArgs;
  Opts.ResourceDir = ResourceDir;
  Opts.Argv0 = argv[0];
  Opts.CacheDir = ""; // The facts cache is bel-lint's, for --config-only.
  auto A = lint::analyze(Opts);
  if (!A) {
    WithColor::error(errs(), "bel-deps") << toString(A.takeError()) << "\n";
    return 2;
  }
  report::Report Problems;
  Problems.Notifications = (*A)->Problems;
  report::SourceCache Sources((*A)->RootRealPath);
  report::emitText(Problems, Sources, errs());
  if (!(*A)->Program.HasCodeFacts)
    return 2;
  const deps::DepGraph &G = *(*A)->Graph;
  if (Command == "graph") {
    G.writeDot(outs());
  } else if (Command == "closure") {
    std::optional<size_t> Node = G.find(Args[1]);
    if (!Node) {
      WithColor::error(errs(), "bel-deps")
          << "no stage, dataset or config named '" << Args[1]
          << "' (see bel-deps list)\n";
      return 2;
    }
    closure(G, *Node, outs());
  } else if (Command == "cycles") {
    cycles(G, outs());
  } else {
    list(G, outs());
  }
  return 0;
}
