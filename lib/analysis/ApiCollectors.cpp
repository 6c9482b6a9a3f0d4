//===- ApiCollectors.cpp - data accesses and config loads from rule packs -===//
//
// Each API entry of a rule pack becomes one matcher: a free function, a
// constructor or a method whose path argument names a file. A literal path
// resolves; anything else is recorded unresolved, with its source text.
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"
#include "analysis/HandleUse.h"
#include "analysis/PathResolver.h"
#include "analysis/SqlTables.h"
#include "config/Glob.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

/// What a rule-pack entry declares its API to do.
enum class Role { DataAccess, ConfigLoad, ConfigRead, ColumnRead };

/// Whether \p RD is, or derives from, a standard stream class.
bool isStream(const CXXRecordDecl *RD) {
  auto IsStd = [](const CXXRecordDecl *C) {
    if (!C->getIdentifier() || !C->isInStdNamespace())
      return false;
    llvm::StringRef N = C->getName();
    return N == "ios_base" || N == "basic_ios" || N == "basic_istream" ||
           N == "basic_ostream" || N == "basic_streambuf";
  };
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  return IsStd(RD) || !RD->forallBases([&](const CXXRecordDecl *B) {
    return !IsStd(B);
  });
}

/// Whether the parameter that receives argument \p Arg of \p Call can
/// never hold a path, so the call is an overload that takes a stream, a
/// buffer or a handle where the entry expects a path: `ft.loadModel(in)`,
/// `Ort::Session(env, data, size, opts)`, `torch::save(m, out)`. Class types
/// bel does not know (an in-house path class) may hold one.
bool takesNoPath(const Expr *Call, unsigned Arg) {
  const FunctionDecl *FD = nullptr;
  if (const auto *C = dyn_cast<CallExpr>(Call))
    FD = C->getDirectCallee();
  else if (const auto *K = dyn_cast<CXXConstructExpr>(Call))
    FD = K->getConstructor();
  if (!FD || Arg >= FD->getNumParams())
    return false; // A C variadic argument, or no declaration to ask.
  QualType T = FD->getParamDecl(Arg)->getType().getNonReferenceType();
  if (T->isDependentType())
    return false;
  if (T->isPointerType() || T->isArrayType()) {
    QualType Pointee = T->isPointerType()
                           ? T->getPointeeType()
                           : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    return !Pointee->isAnyCharacterType();
  }
  if (T->isArithmeticType() || T->isEnumeralType() || T->isNullPtrType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->isInStdNamespace() && RD->getIdentifier() &&
      (RD->getName() == "vector" || RD->getName() == "shared_ptr" ||
       RD->getName() == "unique_ptr"))
    return true;
  return isStream(RD);
}

class ApiCollector : public MatchFinder::MatchCallback {
public:
  ApiCollector(CollectContext &Ctx, config::ApiEntry Entry, Role R)
      : Ctx(Ctx), Entry(std::move(Entry)), TheRole(R) {}

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
    if (TheRole != Role::ConfigRead &&
        takesNoPath(Call, Entry.SqlArg >= 0 ? unsigned(Entry.SqlArg)
                                            : Entry.PathArg))
      return; // Another overload: `ft.loadModel(stream)`.
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(Call->getSourceRange());
    if (!Loc)
      return;
    const Expr *PathArg = Args[Entry.PathArg];
    ASTContext &AST = *Result.Context;
    if (TheRole == Role::ConfigRead)
      return addRead(Call, Args, *Loc, Locator, AST);
    if (TheRole == Role::ColumnRead) {
      // A column looked up by a literal name into a local nobody uses.
      std::optional<std::string> Name = stringLiteralOf(PathArg);
      if (const VarDecl *V = Name ? unusedLocalOf(Call, AST) : nullptr)
        Ctx.Out->UnusedColumns.push_back(
            {*Name, V->getName().str(), Entry.Name,
             Locator.locate(V->getLocation()).value_or(*Loc)});
      return;
    }
    std::string Function = enclosingFunction(Call, AST);
    if (TheRole == Role::ConfigLoad) {
      std::optional<std::string> Literal = stringLiteralOf(PathArg);
      std::string Path = Literal ? config::normalizePath(*Literal) : "";
      Ctx.Out->Loads.push_back(
          {Path, sourceText(PathArg, AST), Entry.Name, *Loc, Function});
      return;
    }
    facts::DataAccess A;
    A.Api = Entry.Name;
    A.Loc = *Loc;
    A.Function = Function;
    if (const FunctionDecl *FD = enclosingFunctionDecl(Call, AST))
      A.FunctionUSR = usrOf(FD);
    A.Artifact = Entry.Artifact;
    if (Entry.SqlArg >= 0)
      return addTables(A, Args, AST);
    A.Mode = accessMode(Args, AST);
    A.Source = sourceText(PathArg, AST);
    A.Parts = resolvePath(PathArg, AST, Locator);
    A.Path = literalPath(A.Parts);
    HandleUse Use = handleUse(Call, AST, ConfigLoads);
    A.ParsedAsConfig = Use.ParsedAsConfig;
    if (Use.Known && A.Mode == config::Access::Read && !Use.ParsedAsConfig) {
      if (!Use.Read) {
        A.Unused = true;
        A.UnusedLoc = *Loc;
        A.UnusedWhat = Use.Handle->getName().str();
      } else if (Use.UnusedValue) {
        A.Unused = true;
        A.UnusedLoc = Locator.locate(Use.UnusedValue->getLocation()).value_or(*Loc);
        A.UnusedWhat = Use.UnusedValue->getName().str();
      }
    }
    Ctx.Out->Accesses.push_back(std::move(A));
  }

  /// Names the config-load functions, for telling a config stream from data.
  std::set<std::string> ConfigLoads;

private:
  /// Read, write or both: the entry's, or an fopen mode, or POSIX flags.
  config::Access accessMode(llvm::ArrayRef<const Expr *> Args, ASTContext &AST) {
    if (Entry.ModeArg >= 0 && size_t(Entry.ModeArg) < Args.size()) {
      if (auto M = stringLiteralOf(Args[Entry.ModeArg]))
        return config::accessOfMode(*M);
      return config::Access::ReadWrite; // Unknown mode: both, miss nothing.
    }
    if (Entry.FlagsArg >= 0 && size_t(Entry.FlagsArg) < Args.size()) {
      Expr::EvalResult R;
      if (!Args[Entry.FlagsArg]->EvaluateAsInt(R, AST))
        return config::Access::ReadWrite;
      // O_RDONLY 0, O_WRONLY 1, O_RDWR 2 on every POSIX system bel knows.
      switch (R.Val.getInt().getExtValue() & 3) {
      case 0:
        return config::Access::Read;
      case 1:
        return config::Access::Write;
      default:
        return config::Access::ReadWrite;
      }
    }
    return Entry.Mode;
  }

  /// An SQL statement: one access per table it names. A statement that is
  /// not literal is one unresolved access.
  void addTables(facts::DataAccess A, llvm::ArrayRef<const Expr *> Args,
                 ASTContext &AST) {
    if (size_t(Entry.SqlArg) >= Args.size())
      return;
    const Expr *Sql = Args[Entry.SqlArg];
    A.Source = sourceText(Sql, AST);
    A.Artifact = "table";
    std::optional<std::string> Text = stringLiteralOf(Sql);
    if (!Text) {
      A.Mode = config::Access::ReadWrite;
      facts::PathPart P;
      P.K = facts::PathPart::Value;
      P.Text = A.Source;
      P.Why = "SQL"; // Resolve.cpp words it.

      A.Parts = {P};
      Ctx.Out->Accesses.push_back(std::move(A));
      return;
    }
    SqlTables T = sqlTables(*Text);
    for (const std::string &Name : T.Reads) {
      facts::DataAccess R = A;
      R.Mode = T.Writes.count(Name) ? config::Access::ReadWrite : config::Access::Read;
      R.Path = Name;
      R.Parts = {{facts::PathPart::Literal, Name, -1, {}, ""}};
      Ctx.Out->Accesses.push_back(std::move(R));
    }
    for (const std::string &Name : T.Writes) {
      if (T.Reads.count(Name))
        continue;
      facts::DataAccess W = A;
      W.Mode = config::Access::Write;
      W.Path = Name;
      W.Parts = {{facts::PathPart::Literal, Name, -1, {}, ""}};
      Ctx.Out->Accesses.push_back(std::move(W));
    }
  }

public:

private:
  /// An in-house accessor: `opts->get<double>("model.lr", 0.1)` reads the
  /// dotted key from the root of the stage's configs. A key that is not a
  /// literal reads everything (precision first).
  void addRead(const Expr *Call, llvm::ArrayRef<const Expr *> Args,
               const facts::Location &CallLoc, const ProjectLocator &Locator,
               ASTContext &AST) {
    facts::ConfigRead R;
    R.Api = Entry.Source == "env"     ? facts::ConfigApi::Env
            : Entry.Source == "flags" ? facts::ConfigApi::Flags
                                      : facts::ConfigApi::Custom;
    R.Anchored = true;
    R.Function = enclosingFunction(Call, AST);
    const Expr *KeyArg = Args[Entry.PathArg];
    R.Loc = Locator.locate(KeyArg->getSourceRange()).value_or(CallLoc);
    if (std::optional<std::string> Key = stringLiteralOf(KeyArg)) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(*Key).split(Parts, '.');
      for (llvm::StringRef P : Parts)
        R.Keys.push_back(P.str());
      // A prefix test asks whether keys exist; it never needs one.
      R.Kind = Entry.Prefix ? facts::ReadKind::Presence : facts::ReadKind::Value;
      R.KeyPrefix = Entry.Prefix;
    } else if (Entry.Prefix) {
      return; // A prefix test of other strings: not a config read.
    } else {
      R.Kind = facts::ReadKind::Subtree;
    }
    QualType T = Call->getType();
    if (Entry.TypeArg >= 0 && size_t(Entry.TypeArg) < Args.size())
      T = Args[Entry.TypeArg]->getType();
    if (!T->isVoidType() && !Entry.Prefix)
      R.Type = T.getNonReferenceType().getUnqualifiedType().getAsString(
          AST.getPrintingPolicy());
    if (Entry.DefaultArg >= 0 && size_t(Entry.DefaultArg) < Args.size() &&
        !isa<CXXDefaultArgExpr>(Args[Entry.DefaultArg])) {
      R.HasDefault = true;
      R.Default = sourceText(Args[Entry.DefaultArg], AST);
    }
    if (const Expr *D = chainedDefault(Call, AST)) {
      R.HasDefault = true;
      R.Default = sourceText(D, AST);
    }
    Ctx.Out->Reads.push_back(std::move(R));
  }

  /// The default a call chained on the result sets:
  /// `DECLARE("depth", depth).set_lower_bound(0).set_default(6)` gives 6.
  const Expr *chainedDefault(const Expr *Call, ASTContext &AST) {
    const Stmt *Cur = Call;
    for (int Steps = 0; !Entry.DefaultChain.empty() && Steps < 16; ++Steps) {
      DynTypedNodeList Parents = AST.getParents(*Cur);
      if (Parents.empty())
        return nullptr;
      const auto *P = Parents[0].get<Expr>();
      if (!P)
        return nullptr;
      if (const auto *M = dyn_cast<CXXMemberCallExpr>(P)) {
        const CXXMethodDecl *MD = M->getMethodDecl();
        if (MD && M->getNumArgs() >= 1 &&
            llvm::is_contained(Entry.DefaultChain, MD->getName()))
          return M->getArg(0);
      } else if (!isa<MemberExpr>(P) && !isa<ImplicitCastExpr>(P) &&
                 !isa<ParenExpr>(P) && !isa<MaterializeTemporaryExpr>(P)) {
        return nullptr; // The chain ended without a default.
      }
      Cur = P;
    }
    return nullptr;
  }

  CollectContext &Ctx;
  config::ApiEntry Entry;
  Role TheRole;
};

} // namespace

void addApiMatcher(MatchFinder &Finder, const config::ApiEntry &E,
                   MatchFinder::MatchCallback *CB) {
  auto NotTemplate = unless(isInTemplateInstantiation());
  // `params:` picks one overload; any number of parameters otherwise.
  internal::Matcher<FunctionDecl> Arity =
      E.Params >= 0 ? internal::Matcher<FunctionDecl>(
                          parameterCountIs(unsigned(E.Params)))
                    : internal::Matcher<FunctionDecl>(anything());
  llvm::StringRef Name = E.Name;
  switch (E.EntryKind) {
  case config::ApiEntry::Function:
    Finder.addMatcher(
        traverse(TK_AsIs, callExpr(callee(functionDecl(hasName(Name), Arity)),
                                   NotTemplate)
                              .bind("call")),
        CB);
    return;
  case config::ApiEntry::Constructor:
    Finder.addMatcher(
        traverse(TK_AsIs,
                 cxxConstructExpr(hasDeclaration(cxxConstructorDecl(
                                      ofClass(hasName(Name)), Arity)),
                                  NotTemplate)
                     .bind("call")),
        CB);
    return;
  case config::ApiEntry::Method: {
    // A method of the class or of a class derived from it: an optimizer's
    // step() overrides torch::optim::Optimizer::step.
    auto [Class, Method] = Name.rsplit("::");
    Finder.addMatcher(
        traverse(TK_AsIs,
                 cxxMemberCallExpr(
                     callee(cxxMethodDecl(
                         hasName(Method),
                         ofClass(cxxRecordDecl(isSameOrDerivedFrom(hasName(Class)))),
                         Arity)),
                     NotTemplate)
                     .bind("call")),
        CB);
    return;
  }
  }
}

namespace {

class MainCollector : public MatchFinder::MatchCallback {
public:
  explicit MainCollector(CollectContext &Ctx) : Ctx(Ctx) {}
  void run(const MatchFinder::MatchResult &Result) override {
    const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("main");
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    if (auto Loc = Locator.locate(FD->getLocation()))
      if (Loc->Path == Ctx.Out->File) {
        Ctx.Out->DefinesMain = true;
        Ctx.Out->MainUSR = usrOf(FD);
      }
  }

private:
  CollectContext &Ctx;
};

} // namespace

std::vector<std::unique_ptr<MatchFinder::MatchCallback>>
addApiCollectors(MatchFinder &Finder, CollectContext &Ctx,
                 const std::vector<config::RulePack> &Packs) {
  std::vector<std::unique_ptr<MatchFinder::MatchCallback>> Out;
  std::set<std::string> ConfigLoads;
  for (const config::RulePack &P : Packs)
    for (const config::ApiEntry &E : P.ConfigLoad)
      ConfigLoads.insert(E.Name);
  for (const config::RulePack &P : Packs) {
    for (auto [List, R] : {std::pair{&P.DataAccess, Role::DataAccess},
                           std::pair{&P.ConfigLoad, Role::ConfigLoad},
                           std::pair{&P.ConfigRead, Role::ConfigRead},
                           std::pair{&P.ColumnRead, Role::ColumnRead}})
      for (const config::ApiEntry &E : *List) {
        auto CB = std::make_unique<ApiCollector>(Ctx, E, R);
        CB->ConfigLoads = ConfigLoads;
        addApiMatcher(Finder, E, CB.get());
        Out.push_back(std::move(CB));
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
