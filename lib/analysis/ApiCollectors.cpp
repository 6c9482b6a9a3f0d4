//===- ApiCollectors.cpp - data accesses and config loads from rule packs -===//
//
// Each API entry of a rule pack becomes one matcher: a free function, a
// constructor or a method whose path argument names a file. A literal path
// resolves; anything else is recorded unresolved, with its source text.
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"
#include "config/Glob.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

class ApiCollector : public MatchFinder::MatchCallback {
public:
  ApiCollector(CollectContext &Ctx, config::ApiEntry Entry, bool IsLoad)
      : Ctx(Ctx), Entry(std::move(Entry)), IsLoad(IsLoad) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
    llvm::ArrayRef<const Expr *> Args;
    if (const auto *C = dyn_cast<CallExpr>(Call))
      Args = llvm::ArrayRef<const Expr *>(C->getArgs(), C->getNumArgs());
    else if (const auto *K = dyn_cast<CXXConstructExpr>(Call))
      Args = llvm::ArrayRef<const Expr *>(K->getArgs(), K->getNumArgs());
    if (Entry.PathArg >= Args.size() ||
        isa<CXXDefaultArgExpr>(Args[Entry.PathArg]))
      return; // e.g. a default-constructed stream: no file yet.
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(Call->getSourceRange());
    if (!Loc)
      return;
    const Expr *PathArg = Args[Entry.PathArg];
    std::optional<std::string> Literal = stringLiteralOf(PathArg);
    std::string Path = Literal ? config::normalizePath(*Literal) : "";
    std::string Source = sourceText(PathArg, *Result.Context);
    std::string Function = enclosingFunction(Call, *Result.Context);
    if (IsLoad) {
      Ctx.Out->Loads.push_back({Path, Source, Entry.Name, *Loc, Function});
      return;
    }
    config::Access Mode = Entry.Mode;
    if (Entry.ModeArg >= 0 && size_t(Entry.ModeArg) < Args.size()) {
      if (auto M = stringLiteralOf(Args[Entry.ModeArg]))
        Mode = config::accessOfMode(*M);
      else
        Mode = config::Access::ReadWrite; // Unknown mode: both, miss nothing.
    }
    Ctx.Out->Accesses.push_back(
        {Path, Source, Mode, Entry.Name, *Loc, Function});
  }

private:
  CollectContext &Ctx;
  config::ApiEntry Entry;
  bool IsLoad;
};

void addMatcher(MatchFinder &Finder, const config::ApiEntry &E,
                MatchFinder::MatchCallback *CB) {
  auto NotTemplate = unless(isInTemplateInstantiation());
  llvm::StringRef Name = E.Name;
  switch (E.EntryKind) {
  case config::ApiEntry::Function:
    Finder.addMatcher(
        traverse(TK_AsIs, callExpr(callee(functionDecl(hasName(Name))),
                                   NotTemplate)
                              .bind("call")),
        CB);
    return;
  case config::ApiEntry::Constructor:
    Finder.addMatcher(
        traverse(TK_AsIs,
                 cxxConstructExpr(hasDeclaration(cxxConstructorDecl(
                                      ofClass(hasName(Name)))),
                                  NotTemplate)
                     .bind("call")),
        CB);
    return;
  case config::ApiEntry::Method: {
    auto [Class, Method] = Name.rsplit("::");
    Finder.addMatcher(
        traverse(TK_AsIs,
                 cxxMemberCallExpr(callee(cxxMethodDecl(
                                       hasName(Method), ofClass(hasName(Class)))),
                                   NotTemplate)
                     .bind("call")),
        CB);
    return;
  }
  }
}

class MainCollector : public MatchFinder::MatchCallback {
public:
  explicit MainCollector(CollectContext &Ctx) : Ctx(Ctx) {}
  void run(const MatchFinder::MatchResult &Result) override {
    const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("main");
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    if (auto Loc = Locator.locate(FD->getLocation()))
      if (Loc->Path == Ctx.Out->File)
        Ctx.Out->DefinesMain = true;
  }

private:
  CollectContext &Ctx;
};

} // namespace

std::vector<std::unique_ptr<MatchFinder::MatchCallback>>
addApiCollectors(MatchFinder &Finder, CollectContext &Ctx,
                 const std::vector<config::RulePack> &Packs) {
  std::vector<std::unique_ptr<MatchFinder::MatchCallback>> Out;
  for (const config::RulePack &P : Packs) {
    for (const config::ApiEntry &E : P.DataAccess) {
      Out.push_back(std::make_unique<ApiCollector>(Ctx, E, false));
      addMatcher(Finder, E, Out.back().get());
    }
    for (const config::ApiEntry &E : P.ConfigLoad) {
      Out.push_back(std::make_unique<ApiCollector>(Ctx, E, true));
      addMatcher(Finder, E, Out.back().get());
    }
  }
  return Out;
}

std::unique_ptr<MatchFinder::MatchCallback>
addMainCollector(MatchFinder &Finder, CollectContext &Ctx) {
  auto CB = std::make_unique<MainCollector>(Ctx);
  Finder.addMatcher(functionDecl(isMain(), isDefinition()).bind("main"),
                    CB.get());
  return CB;
}

} // namespace bel::analysis
