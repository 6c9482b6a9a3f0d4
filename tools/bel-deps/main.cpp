//===- bel-deps/main.cpp - the data dependencies of a pipeline ------------===//
//
// bel-deps [--root DIR] [-p BUILD_DIR] list|graph [-- <compiler flags>]
//   list   stages with what they read, write and are configured by, then
//          every dataset and config found
//   graph  the dependency graph in Graphviz DOT
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
static cl::opt<std::string> Command(cl::Positional, cl::desc("list|graph"),
                                    cl::Required, cl::cat(Category));

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
      const deps::NodeInfo &Other = From.Name == N.Name &&
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
  for (deps::NodeKind K : {deps::NodeKind::Dataset, deps::NodeKind::Config}) {
    OS << deps::nodeKindName(K) << "s:\n";
    for (const deps::NodeInfo &N : G.nodes())
      if (N.Kind == K)
        OS << "  " << N.Name << "\n";
  }
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  std::optional<std::vector<std::string>> FixedArgs;
  int Argc = lint::splitCompilerFlags(argc, argv, FixedArgs);
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(Argc, argv,
                              "bel-deps: the data dependencies of an ML pipeline\n");
  if (Command != "list" && Command != "graph") {
    WithColor::error(errs(), "bel-deps")
        << "unknown command '" << Command << "' (expected list or graph)\n";
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
  deps::DepGraph G = deps::buildDepGraph((*A)->Program);
  if (Command == "graph")
    G.writeDot(outs());
  else
    list(G, outs());
  return 0;
}
