//===- Frontend.cpp - the map step: one Clang parse per TU ----------------===//
#include "analysis/Frontend.h"

#include "analysis/Collectors.h"
#include "analysis/CompileDatabase.h"
#include "analysis/TUCache.h"
#include "config/Glob.h"
#include "support/RootFiles.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Path.h"

#include <mutex>
#include <optional>
#include <set>

namespace bel::analysis {
namespace {

using namespace clang;
using report::Notification;

/// Keeps the first error of a TU; bel reports it once instead of a wall of
/// compiler output, and goes on.
class FirstErrorConsumer : public DiagnosticConsumer {
public:
  explicit FirstErrorConsumer(std::string Root) : Root(std::move(Root)) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error || First)
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    Notification N{"bel-compile-error", report::Level::Error,
                   "translation unit did not compile: " + Text.str().str(),
                   std::nullopt};
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Info.getLocation()));
      if (P.isValid()) {
        llvm::SmallString<256> Real;
        llvm::StringRef Name = P.getFilename();
        if (llvm::sys::fs::real_path(Name, Real))
          Real = Name;
        if (auto Rel = support::pathBelowRoot(Root, Real))
          N.Loc = report::Location{Rel->str(), P.getLine(), P.getColumn()};
        else
          N.Message += " (in " + llvm::sys::path::filename(Name).str() + ")";
      }
    }
    First = std::move(N);
  }

  std::optional<Notification> First;

private:
  std::string Root;
};

/// Forwards to the matchers' consumer, and lets the parser skip function
/// bodies outside the project (system headers, third-party code): they can
/// hold no debt bel reports, and parsing them is most of a TU's cost. Clang
/// itself keeps the bodies it needs (constexpr, deduced return types).
class SkippingConsumer : public ASTConsumer {
public:
  SkippingConsumer(std::unique_ptr<ASTConsumer> Inner, const SourceManager &SM,
                   std::string Root)
      : Inner(std::move(Inner)), SM(SM), Root(std::move(Root)) {}

  void Initialize(ASTContext &Context) override { Inner->Initialize(Context); }
  bool HandleTopLevelDecl(DeclGroupRef D) override {
    return Inner->HandleTopLevelDecl(D);
  }
  void HandleTranslationUnit(ASTContext &Context) override {
    Inner->HandleTranslationUnit(Context);
  }
  bool shouldSkipFunctionBody(Decl *D) override {
    SourceLocation Loc = SM.getFileLoc(D->getLocation());
    if (Loc.isInvalid())
      return false;
    if (SM.isInSystemHeader(Loc))
      return true;
    const FileEntry *FE = SM.getFileEntryForID(SM.getFileID(Loc));
    if (!FE)
      return false;
    llvm::StringRef Path = FE->tryGetRealPathName();
    return !Path.empty() && !support::pathBelowRoot(Root, Path);
  }

private:
  std::unique_ptr<ASTConsumer> Inner;
  const SourceManager &SM;
  std::string Root;
};

/// Every file the preprocessor enters, for the facts cache's dependency
/// list (a header seen twice is entered once; its content is what counts).
class DependencyRecorder : public PPCallbacks {
public:
  DependencyRecorder(const SourceManager &SM, std::vector<std::string> &Deps)
      : SM(SM), Deps(Deps) {}

  void FileChanged(SourceLocation Loc, FileChangeReason Reason,
                   SrcMgr::CharacteristicKind, FileID) override {
    if (Reason != EnterFile)
      return;
    if (const FileEntry *FE = SM.getFileEntryForID(SM.getFileID(Loc))) {
      llvm::StringRef Real = FE->tryGetRealPathName();
      if (!Real.empty() && Seen.insert(Real.str()).second)
        Deps.push_back(Real.str());
    }
  }

private:
  const SourceManager &SM;
  std::vector<std::string> &Deps;
  std::set<std::string> Seen;
};

/// One action per TU: every collector on one MatchFinder, one parse.
class CollectAction : public ASTFrontendAction {
public:
  CollectAction(const std::vector<config::RulePack> &Packs,
                CollectContext &Ctx)
      : Packs(Packs), Ctx(Ctx) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    CI.getPreprocessor().addPPCallbacks(
        makeIfZeroCallbacks(Ctx, CI.getSourceManager()));
    if (Ctx.Deps)
      CI.getPreprocessor().addPPCallbacks(
          std::make_unique<DependencyRecorder>(CI.getSourceManager(), *Ctx.Deps));
    Callbacks.push_back(addConfigReadCollector(Finder, Ctx, Packs));
    Callbacks.push_back(addBranchCollector(Finder, Ctx));
    Callbacks.push_back(addGlueCollector(Finder, Ctx, Packs));
    for (auto &CB : addPredictionCollectors(Finder, Ctx, Packs))
      Callbacks.push_back(std::move(CB));
    for (auto &CB : addApiCollectors(Finder, Ctx, Packs))
      Callbacks.push_back(std::move(CB));
    Callbacks.push_back(addMainCollector(Finder, Ctx));
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<SkippingConsumer>(Finder.newASTConsumer(),
                                              CI.getSourceManager(), Ctx.RootRealPath);
  }

private:
  const std::vector<config::RulePack> &Packs;
  CollectContext &Ctx;
  ast_matchers::MatchFinder Finder;
  std::vector<std::unique_ptr<ast_matchers::MatchFinder::MatchCallback>>
      Callbacks;
};

class CollectActionFactory : public tooling::FrontendActionFactory {
public:
  CollectActionFactory(const std::vector<config::RulePack> &Packs,
                       CollectContext &Ctx)
      : Packs(Packs), Ctx(Ctx) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectAction>(Packs, Ctx);
  }

private:
  const std::vector<config::RulePack> &Packs;
  CollectContext &Ctx;
};

/// Template instantiations and repeated matches can report one fact twice;
/// facts compare by their serialized form.
template <typename T>
void dedupe(facts::TUFacts &Facts, std::vector<T> facts::TUFacts::*Member) {
  std::set<std::string> Seen;
  std::vector<T> Out;
  for (T &X : Facts.*Member) {
    facts::TUFacts One;
    (One.*Member).push_back(X);
    if (Seen.insert(facts::toJsonLine(One)).second)
      Out.push_back(std::move(X));
  }
  Facts.*Member = std::move(Out);
}

std::unique_ptr<tooling::CompilationDatabase>
findDatabase(const FrontendOptions &Opts, MapResult &Out) {
  std::string Error;
  if (Opts.FixedArgs)
    return std::make_unique<tooling::FixedCompilationDatabase>(
        Opts.Root, *Opts.FixedArgs);
  std::vector<std::string> Dirs;
  if (!Opts.BuildDir.empty())
    Dirs.push_back(Opts.BuildDir);
  else
    Dirs = {Opts.Root, Opts.Root + "/build"};
  for (const std::string &Dir : Dirs) {
    llvm::SmallString<256> Json(Dir);
    llvm::sys::path::append(Json, "compile_commands.json");
    if (auto Buf = llvm::MemoryBuffer::getFile(Json, /*IsText=*/true)) {
      if (auto Problem = checkCompileDatabase(
              (*Buf)->getBuffer(), support::shownPath(Opts.Root, Json))) {
        Out.Problems.push_back(std::move(*Problem));
        return nullptr;
      }
    }
    if (auto DB = tooling::CompilationDatabase::loadFromDirectory(Dir, Error))
      return DB;
  }
  std::string Where = Opts.BuildDir.empty()
                          ? std::string("compile_commands.json not found in "
                                        "the root or in build/")
                          : "-p " + Opts.BuildDir + ": " +
                                llvm::StringRef(Error).split('\n').first.str();
  Out.Problems.push_back(Notification{
      "bel-no-compile-database", report::Level::Error,
      "no compilation database (" + Where +
          "); C++ sources were not analyzed. Pass -p BUILD_DIR or flags "
          "after --",
      std::nullopt});
  return nullptr;
}

std::vector<std::string> filesToAnalyze(const FrontendOptions &Opts,
                                        tooling::CompilationDatabase &DB) {
  if (!Opts.Files.empty())
    return Opts.Files;
  std::vector<std::string> Out;
  if (Opts.FixedArgs) {
    std::vector<std::string> Globs = Opts.SourceGlobs;
    if (Globs.empty())
      Globs = {"**/*.{cc,cpp,cxx,c++}"};
    for (const std::string &Rel :
         config::findFiles(Opts.Root, Globs, Opts.ExcludeGlobs))
      Out.push_back(Opts.Root + "/" + Rel);
    return Out;
  }
  for (const std::string &File : DB.getAllFiles()) {
    llvm::SmallString<256> Real;
    if (llvm::sys::fs::real_path(File, Real))
      continue;
    auto Rel = support::pathBelowRoot(Opts.Root, Real);
    if (!Rel)
      continue; // Outside the project.
    auto Any = [&](const std::vector<std::string> &Globs) {
      for (const std::string &G : Globs)
        if (config::globMatch(G, *Rel))
          return true;
      return false;
    };
    if ((Opts.SourceGlobs.empty() || Any(Opts.SourceGlobs)) &&
        !Any(Opts.ExcludeGlobs))
      Out.push_back(File);
  }
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

} // namespace

namespace {

/// What one TU gives.
struct FileResult {
  std::optional<facts::TUFacts> Facts;
  std::vector<Notification> Problems;
  bool FromCache = false;
};

FileResult analyzeFile(const std::string &File, const FrontendOptions &Opts,
                       tooling::CompilationDatabase &DB,
                       const std::vector<config::RulePack> &Packs,
                       const std::string &ResourceDir, TUCache &Cache) {
  FileResult Out;
  llvm::SmallString<256> Real;
  if (llvm::sys::fs::real_path(File, Real))
    Real = File;
  std::string RelPath = support::shownPath(Opts.Root, Real);
  llvm::StringRef Rel = RelPath;
  // One stat: a missing source, or a FIFO or device that would block the
  // parser or feed it for ever, is skipped.
  llvm::sys::fs::file_status St;
  if (llvm::sys::fs::status(File, St) ||
      St.type() != llvm::sys::fs::file_type::regular_file) {
    bool Missing = !llvm::sys::fs::exists(St);
    Out.Problems.push_back(Notification{
        "bel-skipped-file", report::Level::Error,
        Missing ? "the source file does not exist; not analyzed"
                : "the source is not a regular file (a directory, FIFO, "
                  "socket or device); not analyzed",
        report::Location{RelPath}});
    return Out;
  }
  if (DB.getCompileCommands(File).empty()) {
    Out.Problems.push_back(Notification{
        "bel-skipped-file", report::Level::Warning,
        "'" + Rel.str() +
            "' has no entry in the compilation database; not analyzed",
        report::Location{Rel.str()}});
    return Out;
  }
  std::string Key;
  if (Cache.enabled()) {
    const tooling::CompileCommand Cmd = DB.getCompileCommands(File).front();
    std::vector<std::string> Args = Cmd.CommandLine;
    Args.push_back(Cmd.Directory);
    Args.push_back(ResourceDir);
    Key = Cache.keyOf(std::string(Real.str()), Args);
    if (std::optional<CachedTU> Hit = Cache.lookup(Key, Out.Problems)) {
      Out.Facts = std::move(Hit->Facts);
      for (Notification &N : Hit->Problems)
        Out.Problems.push_back(std::move(N));
      Out.FromCache = true;
      return Out;
    }
  }
  const size_t Before = Out.Problems.size(); // The parse's own from here.
  facts::TUFacts Facts;
  Facts.File = Rel.str();
  std::vector<std::string> Deps;
  CollectContext Ctx{Opts.Root, &Facts, Cache.enabled() ? &Deps : nullptr};
  CollectActionFactory Factory(Packs, Ctx);
  FirstErrorConsumer Diags(Opts.Root);
  tooling::ClangTool Tool(DB, {File});
  Tool.setPrintErrorMessage(false);
  Tool.setDiagnosticConsumer(&Diags);
  // -resource-dir where the command names none; no warnings and no
  // "N errors generated." from clang itself: bel reports the first error.
  Tool.appendArgumentsAdjuster(
      [ResourceDir](const tooling::CommandLineArguments &Args, llvm::StringRef) {
        tooling::CommandLineArguments New = Args;
        bool HasResourceDir = false;
        for (const std::string &A : Args)
          HasResourceDir |= llvm::StringRef(A).startswith("-resource-dir");
        if (!HasResourceDir && !ResourceDir.empty())
          New.insert(New.begin() + 1, "-resource-dir=" + ResourceDir);
        New.push_back("-w");
        New.push_back("-fno-caret-diagnostics");
        return New;
      });
  int Status = Tool.run(&Factory);
  if (Diags.First) {
    if (!Diags.First->Loc)
      Diags.First->Loc = report::Location{Rel.str()};
    Out.Problems.push_back(*Diags.First);
  } else if (Status != 0) {
    Out.Problems.push_back(Notification{
        "bel-compile-error", report::Level::Error,
        "translation unit could not be processed", report::Location{Rel.str()}});
  }
  dedupe(Facts, &facts::TUFacts::Reads);
  dedupe(Facts, &facts::TUFacts::Accesses);
  dedupe(Facts, &facts::TUFacts::Loads);
  dedupe(Facts, &facts::TUFacts::Branches);
  dedupe(Facts, &facts::TUFacts::Calls);
  dedupe(Facts, &facts::TUFacts::Predictions);
  dedupe(Facts, &facts::TUFacts::Monitors);
  dedupe(Facts, &facts::TUFacts::Trains);
  dedupe(Facts, &facts::TUFacts::Thresholds);
  dedupe(Facts, &facts::TUFacts::Metrics);
  // A TU whose parse failed is cached too, with its error: the same input
  // fails the same way.
  if (Cache.enabled() && !llvm::is_contained(Deps, Real.str()))
    Deps.insert(Deps.begin(), Real.str().str());
  if (Cache.enabled()) {
    std::vector<Notification> Parse(Out.Problems.begin() + Before,
                                    Out.Problems.end());
    Cache.store(Key, {Facts, Parse}, Deps, Out.Problems);
  }
  Out.Facts = std::move(Facts);
  return Out;
}

} // namespace

MapResult runMap(const FrontendOptions &Opts,
                 const std::vector<config::RulePack> &Packs) {
  MapResult Out;
  std::unique_ptr<tooling::CompilationDatabase> DB = findDatabase(Opts, Out);
  if (!DB)
    return Out;
  Out.HaveDatabase = true;
  std::string ResourceDir = findResourceDir(Opts.ResourceDir, Opts.Argv0);
  std::vector<std::string> Files = filesToAnalyze(Opts, *DB);
  if (Opts.Shard.second > 0) {
    std::vector<std::string> Mine;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % Opts.Shard.second == Opts.Shard.first - 1)
        Mine.push_back(Files[I]);
    Files = std::move(Mine);
  }
  TUCache Cache(Opts.CacheDir, Opts.Root,
                Opts.CacheDir.empty() ? "" : executableHash(Opts.Argv0) + Opts.PacksKey);

  // Each TU on its own ClangTool, in parallel; results land in file order,
  // so the output is the same whatever the thread count.
  std::vector<FileResult> Results(Files.size());
  std::mutex ProgressLock;
  size_t Done = 0;
  auto Work = [&](size_t I) {
    Results[I] = analyzeFile(Files[I], Opts, *DB, Packs, ResourceDir, Cache);
    if (!Opts.Progress)
      return;
    std::lock_guard<std::mutex> Guard(ProgressLock);
    llvm::errs() << "\r\x1b[K[" << ++Done << "/" << Files.size() << "] "
                 << (Results[I].Facts ? Results[I].Facts->File : Files[I]);
    if (Done == Files.size())
      llvm::errs() << "\r\x1b[K";
  };
  unsigned Jobs = Opts.Jobs ? Opts.Jobs : llvm::hardware_concurrency().compute_thread_count();
  if (Jobs <= 1 || Files.size() <= 1) {
    for (size_t I = 0; I < Files.size(); ++I)
      Work(I);
  } else {
    llvm::ThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async(Work, I);
    Pool.wait();
  }
  for (FileResult &R : Results) {
    for (Notification &N : R.Problems)
      Out.Problems.push_back(std::move(N));
    if (R.Facts) {
      ++Out.Analyzed;
      Out.Cached += R.FromCache;
      Out.Facts.push_back(std::move(*R.Facts));
    }
  }
  Out.Pruned = Cache.prune(Opts.CacheMaxAge);
  return Out;
}

} // namespace bel::analysis
