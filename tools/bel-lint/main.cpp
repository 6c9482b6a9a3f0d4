//===- bel-lint/main.cpp - flags -> analysis -> rules -> emitter -> exit --===//
#include "Commands.h"
#include "facts/Facts.h"
#include "facts/FactsFile.h"
#include "lint/Baseline.h"
#include "lint/ChangedLines.h"
#include "lint/Lint.h"
#include "lint/Metrics.h"
#include "report/Emitters.h"
#include "report/RuleCatalog.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace bel;

static cl::OptionCategory Category("bel-lint options");

static cl::SubCommand DiffCmd(
    "diff", "Compare two configs key by key, inheritance resolved; exit 1 "
            "when they differ");
static cl::opt<std::string> DiffLeft(cl::Positional, cl::Required, cl::sub(DiffCmd),
                                     cl::desc("<config A>"), cl::cat(Category));
static cl::opt<std::string> DiffRight(cl::Positional, cl::Required, cl::sub(DiffCmd),
                                      cl::desc("<config B>"), cl::cat(Category));
static cl::SubCommand ExplainCmd(
    "explain", "Where a config key's value comes from and which code reads it");
static cl::opt<std::string> ExplainConfig(cl::Positional, cl::Required, cl::sub(ExplainCmd),
                                          cl::desc("<config>"), cl::cat(Category));
static cl::opt<std::string> ExplainKey(cl::Positional, cl::Required, cl::sub(ExplainCmd),
                                       cl::desc("<dotted.key>"), cl::cat(Category));

static cl::opt<std::string> Root("root", cl::desc("Project root: holds .bel.yaml; every path is reported relative to it"),
                                 cl::value_desc("dir"), cl::init("."), cl::sub(*cl::AllSubCommands), cl::cat(Category));
static cl::opt<std::string> BuildDir("p", cl::desc("Build directory with compile_commands.json (as in clang-tidy)"),
                                     cl::value_desc("build-dir"), cl::sub(*cl::AllSubCommands), cl::cat(Category));
enum class Format { Text, Sarif, Json };
static cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "clang-style diagnostics (default)"),
               clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(Format::Json, "json", "bel's JSON")),
    cl::sub(*cl::AllSubCommands), cl::cat(Category));
static cl::opt<std::string> OutputFile("o", cl::desc("Write the output to <file> instead of stdout"),
                                       cl::value_desc("file"), cl::sub(*cl::AllSubCommands), cl::cat(Category));
static cl::opt<std::string> SarifOutput("sarif-output", cl::desc("Also write SARIF 2.1.0 to <file>"),
                                        cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> CacheDir("cache-dir",
    cl::desc("Where full runs leave the code's facts for --config-only (default: .bel-cache in the root; '' for none)"),
    cl::init(".bel-cache"), cl::value_desc("dir"), cl::sub(*cl::AllSubCommands),
    cl::cat(Category));
static cl::opt<bool> ConfigOnly("config-only", cl::desc("Config rules only, without a compilation database"),
                                cl::cat(Category));
static cl::opt<std::string> Shard(
    "shard", cl::desc("Parse only slice K of N of the TUs (1-based) and write their facts to --facts-out; `bel-lint merge` joins the slices"),
    cl::value_desc("K/N"), cl::cat(Category));
static cl::opt<std::string> FactsOut("facts-out", cl::desc("With --shard: where to write the slice's facts"),
                                     cl::value_desc("file"), cl::cat(Category));
static cl::opt<bool> CacheStats("cache-stats",
                           cl::desc("Print how many TUs were parsed, how many came from the cache and how many stale entries were pruned"),
                           cl::cat(Category));
static cl::opt<unsigned> CacheMaxAge(
    "cache-max-age",
    cl::desc("Remove cache entries no run has used for this many days (default 30; 0 keeps only what this run used)"),
    cl::init(analysis::DefaultCacheMaxAgeDays), cl::value_desc("days"),
    cl::cat(Category));
static cl::opt<bool> ListRules("list-rules", cl::desc("List the rules and exit"), cl::cat(Category));
static cl::list<std::string> OnlyRules("rules", cl::desc("Run only these rules (comma-separated)"),
                                       cl::CommaSeparated, cl::value_desc("id,..."), cl::cat(Category));
static cl::opt<std::string> FailOn("fail-on", cl::desc("Lowest level that fails the run: error (default), warning or note"),
                                   cl::init("error"), cl::cat(Category));
enum class SuppressedMode { Keep, Omit };
static cl::opt<SuppressedMode> Suppressed(
    "suppressed", cl::desc("Suppressed results in SARIF and JSON"),
    cl::init(SuppressedMode::Keep),
    cl::values(clEnumValN(SuppressedMode::Keep, "keep",
                          "keep them, with SARIF suppressions (default)"),
               clEnumValN(SuppressedMode::Omit, "omit",
                          "leave them out (GitHub code scanning ignores SARIF "
                          "suppressions and would open alerts)")),
    cl::cat(Category));
static cl::opt<std::string> Baseline("baseline",
    cl::desc("Compare with an earlier SARIF log: mark results new, unchanged "
             "or absent; only new ones fail the run"),
    cl::value_desc("sarif"), cl::cat(Category));
static cl::opt<std::string> WriteBaseline("write-baseline",
    cl::desc("Write this run's results to <file>, as a baseline for later runs"),
    cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> ChangedSince("changed-since",
    cl::desc("Report only results on lines changed since this git revision"),
    cl::value_desc("rev"), cl::cat(Category));
static cl::opt<std::string> SarifCategory("sarif-category",
    cl::desc("SARIF runAutomationDetails category (default bel-lint): give "
             "each upload for one commit its own, e.g. per project"),
    cl::init("bel-lint"), cl::value_desc("name"), cl::cat(Category));
static cl::opt<unsigned> Jobs("j",
    cl::desc("Translation units parsed at once (default: one per core)"),
    cl::value_desc("n"), cl::init(0), cl::sub(*cl::AllSubCommands), cl::cat(Category));
static cl::opt<bool> Metrics("metrics",
    cl::desc("Print the glue ratio of every file and stage, and exit"),
    cl::cat(Category));
static cl::opt<bool> DumpFacts("dump-facts", cl::desc("Print the facts of each TU as JSON Lines and exit"),
                               cl::cat(Category));
static cl::opt<std::string> ResourceDir("resource-dir", cl::desc("Clang resource directory (builtin headers)"),
                                        cl::sub(*cl::AllSubCommands), cl::cat(Category));
static cl::list<std::string> Paths(cl::Positional, cl::desc("[<source>...] [-- <compiler flags>]"),
                                   cl::cat(Category));

/// The options every subcommand shares, from the flags.
static lint::LintOptions
optionsFromFlags(const char *Argv0,
                 const std::optional<std::vector<std::string>> &FixedArgs) {
  lint::LintOptions Opts;
  Opts.Root = Root;
  Opts.BuildDir = BuildDir;
  Opts.FixedArgs = FixedArgs;
  Opts.ResourceDir = ResourceDir;
  Opts.Argv0 = Argv0;
  Opts.CacheDir = CacheDir;
  Opts.CacheMaxAgeDays = CacheMaxAge;
  Opts.Jobs = Jobs;
  return Opts;
}

static void printVersion(raw_ostream &OS) {
  OS << "bel-lint " << report::toolVersion() << "\n";
}

static int listRules() {
  for (const report::RuleInfo &R : report::allRules())
    outs() << R.Id << "  [" << report::levelName(R.DefaultLevel) << "]  "
           << R.Summary << "\n    doc: " << R.DocPath << "\n";
  return 0;
}

static void printCacheStats(const lint::Analysis &A) {
  errs() << "bel-lint: " << A.Parsed << " TUs parsed, " << A.FromCache
         << " from the cache, " << A.CachePruned << " stale entries pruned\n";
}

static bool writeTo(const std::string &Path, function_ref<void(raw_ostream &)> Emit) {
  if (Path.empty() || Path == "-") {
    Emit(outs());
    outs().flush();
    return true;
  }
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC) {
    WithColor::error(errs(), "bel-lint") << Path << ": " << EC.message() << "\n";
    return false;
  }
  Emit(OS);
  return true;
}

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  std::optional<std::vector<std::string>> FixedArgs;
  int Argc = lint::splitCompilerFlags(argc, argv, FixedArgs);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter(printVersion);
  cl::ParseCommandLineOptions(
      Argc, argv,
      "bel-lint: finds machine-learning technical debt in C++ pipelines and "
      "their configs\n\nThe manifest .bel.yaml at the root takes these keys "
      "(all optional): sources, exclude, configs, rule_packs, rules, stages.\n");

  if (ListRules)
    return listRules();
  if (DiffCmd || ExplainCmd) {
    if (OutputFormat == Format::Sarif) {
      WithColor::error(errs(), "bel-lint") << "diff and explain write text or json\n";
      return 2;
    }
    lint::LintOptions Opts = optionsFromFlags(argv[0], FixedArgs);
    int Code = 2;
    bool Json = OutputFormat == Format::Json;
    writeTo(OutputFile, [&](raw_ostream &OS) {
      Code = DiffCmd ? tool::runDiff(Opts, DiffLeft, DiffRight, Json, OS)
                     : tool::runExplain(Opts, ExplainConfig, ExplainKey, Json, OS);
    });
    return Code;
  }
  auto Fail = report::parseLevel(FailOn);
  if (!Fail) {
    WithColor::error(errs(), "bel-lint") << "--fail-on takes error, warning or note\n";
    return 2;
  }
  for (const std::string &Id : OnlyRules)
    if (!report::findRule(Id)) {
      WithColor::error(errs(), "bel-lint") << "unknown rule '" << Id << "' (see --list-rules)\n";
      return 2;
    }

  lint::LintOptions Opts = optionsFromFlags(argv[0], FixedArgs);
  Opts.Files = std::vector<std::string>(Paths.begin(), Paths.end());
  // `bel-lint merge FACTS...`: the shards' facts instead of a parse.
  if (!Opts.Files.empty() && Opts.Files.front() == "merge") {
    Opts.MergeFiles.assign(Opts.Files.begin() + 1, Opts.Files.end());
    Opts.Files.clear();
    if (Opts.MergeFiles.empty() || !Shard.empty() || ConfigOnly) {
      WithColor::error(errs(), "bel-lint")
          << "usage: bel-lint merge FACTS... (the --facts-out files of the shards)\n";
      return 2;
    }
  }
  if (!Shard.empty()) {
    auto KN = facts::parseShard(Shard);
    if (!KN || FactsOut.empty() || ConfigOnly) {
      WithColor::error(errs(), "bel-lint")
          << "--shard takes K/N (1 <= K <= N) and needs --facts-out FILE\n";
      return 2;
    }
    Opts.Shard = *KN;
  }
  Opts.ConfigOnly = ConfigOnly;
  // A progress line only where a person watches (as ninja does).
  Opts.Progress = llvm::errs().is_displayed();
  Opts.OnlyRules = std::vector<std::string>(OnlyRules.begin(), OnlyRules.end());

  auto Analysis = lint::analyze(Opts);
  if (!Analysis) {
    WithColor::error(errs(), "bel-lint") << toString(Analysis.takeError()) << "\n";
    return 2;
  }
  if (Metrics) {
    lint::printMetrics((*Analysis)->Program, outs());
    return 0;
  }
  if (!Shard.empty()) {
    facts::ShardFacts F{Shard, (*Analysis)->ShardTUs, (*Analysis)->ShardProblems};
    if (Error Err = facts::writeFactsFile(FactsOut, F)) {
      WithColor::error(errs(), "bel-lint") << toString(std::move(Err)) << "\n";
      return 2;
    }
    if (CacheStats)
      printCacheStats(**Analysis);
    return 0;
  }
  if (DumpFacts) {
    for (const facts::TUFacts &TU : (*Analysis)->Program.TUs)
      outs() << facts::toJsonLine(TU) << "\n";
    return 0;
  }

  report::Report R = lint::runRules(**Analysis, Opts);
  if (!ChangedSince.empty()) {
    auto Changed = lint::changedSince((*Analysis)->RootRealPath, ChangedSince);
    if (!Changed) {
      WithColor::error(errs(), "bel-lint")
          << "--changed-since: " << toString(Changed.takeError()) << "\n";
      return 2;
    }
    lint::keepChanged(R, *Changed);
  }
  if (!WriteBaseline.empty() &&
      !writeTo(WriteBaseline, [&](raw_ostream &OS) { report::emitSarif(R, OS); }))
    return 2;
  if (!Baseline.empty()) {
    auto Before = lint::readSarifResults(Baseline);
    if (!Before) {
      WithColor::error(errs(), "bel-lint")
          << "--baseline: " << toString(Before.takeError()) << "\n";
      return 2;
    }
    lint::compareWithBaseline(R, *Before);
  }
  if (Suppressed == SuppressedMode::Omit)
    R.Findings.erase(std::remove_if(R.Findings.begin(), R.Findings.end(),
                                    [](const report::Finding &F) {
                                      return F.Suppressed.has_value();
                                    }),
                     R.Findings.end());
  R.Run.ToolName = "bel-lint";
  R.Run.AutomationId = SarifCategory + "/";
  for (int I = 1; I < argc; ++I)
    R.Run.Arguments.push_back(argv[I]);
  R.Run.ExitCode = lint::exitCodeFor(R, (*Analysis)->AnythingAnalyzed, *Fail);
  if (CacheStats)
    printCacheStats(**Analysis);
  R.Run.ExecutionSuccessful = R.Run.ExitCode != 2;

  if (!SarifOutput.empty() &&
      !writeTo(SarifOutput, [&](raw_ostream &OS) { report::emitSarif(R, OS); }))
    return 2;
  bool Ok = writeTo(OutputFile, [&](raw_ostream &OS) {
    switch (OutputFormat) {
    case Format::Text: {
      report::SourceCache Sources((*Analysis)->RootRealPath);
      report::emitText(R, Sources, OS);
      break;
    }
    case Format::Sarif:
      report::emitSarif(R, OS);
      break;
    case Format::Json:
      report::emitJson(R, OS);
      break;
    }
  });
  if (!Ok)
    return 2;
  if (OutputFormat == Format::Text)
    errs() << report::summaryLine(R) << "\n";
  return R.Run.ExitCode;
}
