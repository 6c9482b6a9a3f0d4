//===- GlueCollector.cpp - how much of a function marshals data ------------===//
//
// For every function of the project: how many statements it has, and how
// many only move data from one type to another (code-glue). Glue is
//   - a copy loop: a loop whose body only moves elements of one container
//     into another of a different type (`m.At(r, c) = stod(t.rows[r][c])`,
//     `v.push_back(row[col])`), with the loops around it;
//   - the statements that set up its destination: declaring it, reserve or
//     resize on it, returning it;
//   - a field-by-field copy between records of different types (`m.rows =
//     t.rows.size()`);
//   - a call of a conversion the rule packs declare (`glue:`, such as
//     torch::from_blob or Eigen::Map).
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <map>
#include <set>

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

/// The variable at the root of an access: `m` in `m.At(r, c)`,
/// `t` in `t.rows[r][c]`, `row` in `row[c]`.
const VarDecl *rootVar(const Expr *E) {
  for (int Steps = 0; E && Steps < 16; ++Steps) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *M = dyn_cast<MemberExpr>(E))
      E = M->getBase();
    else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
      E = A->getBase();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
      E = Op->getNumArgs() ? Op->getArg(0) : nullptr;
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      E = MC->getImplicitObjectArgument();
    else if (const auto *U = dyn_cast<UnaryOperator>(E))
      E = U->getSubExpr();
    else if (const auto *K = dyn_cast<CXXConstructExpr>(E); K && K->getNumArgs() == 1)
      E = K->getArg(0); // `return m;` copies (or moves) m.
    else
      return nullptr;
  }
  return nullptr;
}

/// Whether \p E reads an element: a subscript, operator[] or (), at(), At(),
/// a dereference, or a range-for variable.
bool readsElement(const Expr *E, const std::set<const VarDecl *> &RangeVars,
                  const VarDecl *&From) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const std::set<const VarDecl *> &RangeVars;
    const VarDecl *From = nullptr;
    explicit Finder(const std::set<const VarDecl *> &R) : RangeVars(R) {}
    bool VisitArraySubscriptExpr(ArraySubscriptExpr *A) {
      From = From ? From : rootVar(A);
      return true;
    }
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
      if (Op->getOperator() == OO_Subscript || Op->getOperator() == OO_Call ||
          Op->getOperator() == OO_Star)
        From = From ? From : rootVar(Op);
      return true;
    }
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *M) {
      if (const auto *MD = M->getMethodDecl())
        if (MD->getName() == "at" || MD->getName() == "At")
          From = From ? From : rootVar(M);
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && RangeVars.count(V))
        From = From ? From : V;
      return true;
    }
  } F(RangeVars);
  F.TraverseStmt(const_cast<Expr *>(E));
  From = F.From;
  return From != nullptr;
}

/// Whether \p T is a type of the standard library (std, std::__cxx11, ...).
bool isStd(const Type *T) {
  const auto *RD = T ? T->getAsCXXRecordDecl() : nullptr;
  if (!RD)
    return false;
  const DeclContext *DC = RD->getDeclContext();
  while (DC && !DC->getParent()->isTranslationUnit())
    DC = DC->getParent();
  const auto *NS = dyn_cast_or_null<NamespaceDecl>(DC);
  return NS && NS->getName() == "std";
}

const Type *recordOf(const VarDecl *V) {
  if (!V)
    return nullptr;
  QualType T = V->getType().getNonReferenceType().getCanonicalType();
  if (const auto *P = T->getAs<PointerType>())
    T = P->getPointeeType().getCanonicalType();
  return T.getUnqualifiedType().getTypePtr();
}

class GlueCounter {
public:
  GlueCounter(const std::set<std::string> &Conversions) : Conversions(Conversions) {}

  unsigned Statements = 0, Glue = 0;

  void count(const Stmt *Body) {
    std::vector<const Stmt *> Flat;
    flatten(Body, Flat);
    Statements = unsigned(Flat.size());
    // First the copy loops and their destinations, then the rest.
    std::set<const Stmt *> IsGlue;
    for (const Stmt *S : Flat)
      if (const VarDecl *Dest = copyLoopDestination(S)) {
        Destinations.insert(Dest);
        std::vector<const Stmt *> Inner;
        flatten(S, Inner);
        for (const Stmt *I : Inner)
          IsGlue.insert(I);
      }
    for (const Stmt *S : Flat)
      if (IsGlue.count(S) || setsUpDestination(S) || fieldCopy(S) || converts(S))
        ++Glue;
  }

private:
  const std::set<std::string> &Conversions;
  std::set<const VarDecl *> Destinations;

  /// Statements, with compound statements opened and each loop or branch
  /// counted along with the statements of its bodies.
  static void flatten(const Stmt *S, std::vector<const Stmt *> &Out) {
    if (!S)
      return;
    if (const auto *C = dyn_cast<CompoundStmt>(S)) {
      for (const Stmt *Child : C->body())
        flatten(Child, Out);
      return;
    }
    Out.push_back(S);
    if (const auto *F = dyn_cast<ForStmt>(S))
      flatten(F->getBody(), Out);
    else if (const auto *R = dyn_cast<CXXForRangeStmt>(S))
      flatten(R->getBody(), Out);
    else if (const auto *W = dyn_cast<WhileStmt>(S))
      flatten(W->getBody(), Out);
    else if (const auto *I = dyn_cast<IfStmt>(S)) {
      flatten(I->getThen(), Out);
      flatten(I->getElse(), Out);
    }
  }

  /// The destination of a copy loop, or null: a loop (and the loops nested
  /// in it) whose innermost statements all move an element of one variable
  /// into another variable of a different type.
  const VarDecl *copyLoopDestination(const Stmt *Loop) {
    std::set<const VarDecl *> RangeVars;
    std::map<const VarDecl *, const VarDecl *> Origin; // Range var -> container.
    const Stmt *Body = nullptr;
    for (int Depth = 0; Depth < 4; ++Depth) {
      if (const auto *F = dyn_cast<ForStmt>(Loop))
        Body = F->getBody();
      else if (const auto *R = dyn_cast<CXXForRangeStmt>(Loop)) {
        Body = R->getBody();
        RangeVars.insert(R->getLoopVariable());
        if (const VarDecl *From = rootVar(R->getRangeInit()))
          Origin[R->getLoopVariable()] = From;
      } else if (Depth == 0)
        return nullptr;
      else
        break;
      // One nested loop as the whole body: look inside it.
      const Stmt *Only = Body;
      if (const auto *C = dyn_cast<CompoundStmt>(Body); C && C->size() == 1)
        Only = C->body_front();
      if (!isa<ForStmt>(Only) && !isa<CXXForRangeStmt>(Only))
        break;
      Loop = Only;
    }
    std::vector<const Stmt *> Moves;
    if (const auto *C = dyn_cast<CompoundStmt>(Body))
      Moves.assign(C->body_begin(), C->body_end());
    else
      Moves.push_back(Body);
    const VarDecl *Dest = nullptr;
    for (const Stmt *S : Moves) {
      const VarDecl *To = nullptr, *From = nullptr;
      if (!moveOf(S, RangeVars, To, From))
        return nullptr;
      // A range variable stands for the container it walks.
      for (int Hops = 0; Origin.count(From) && Hops < 4; ++Hops)
        From = Origin[From];
      // Between two standard containers nothing crosses a library boundary.
      if (From == To || recordOf(To) == recordOf(From) ||
          (isStd(recordOf(To)) && isStd(recordOf(From))) || (Dest && Dest != To))
        return nullptr;
      Dest = To;
    }
    return Dest;
  }

  /// `to[i] = ...from...` or `to.push_back(...from...)`.
  static bool moveOf(const Stmt *S, const std::set<const VarDecl *> &RangeVars,
                     const VarDecl *&To, const VarDecl *&From) {
    const auto *E = dyn_cast<Expr>(S);
    if (!E)
      return false;
    E = E->IgnoreImplicit();
    const Expr *Target = nullptr, *Source = nullptr;
    if (const auto *B = dyn_cast<BinaryOperator>(E); B && B->getOpcode() == BO_Assign) {
      Target = B->getLHS();
      Source = B->getRHS();
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getOperator() == OO_Equal) {
      Target = Op->getArg(0);
      Source = Op->getArg(1);
    } else if (const auto *M = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = M->getMethodDecl();
      if (!MD || M->getNumArgs() != 1 ||
          !(MD->getName() == "push_back" || MD->getName() == "emplace_back"))
        return false;
      To = rootVar(M->getImplicitObjectArgument());
      return To && readsElement(M->getArg(0), RangeVars, From) && From != To;
    } else {
      return false;
    }
    const VarDecl *Ignored = nullptr;
    std::set<const VarDecl *> None;
    if (!readsElement(Target, None, Ignored))
      return false;
    To = rootVar(Target);
    return To && readsElement(Source, RangeVars, From) && From != To;
  }

  /// Declaring a copy loop's destination, reserving or resizing it,
  /// returning it.
  bool setsUpDestination(const Stmt *S) const {
    if (const auto *D = dyn_cast<DeclStmt>(S))
      return D->isSingleDecl() && Destinations.count(dyn_cast<VarDecl>(D->getSingleDecl()));
    if (const auto *R = dyn_cast<ReturnStmt>(S))
      return R->getRetValue() && Destinations.count(rootVar(R->getRetValue()));
    if (const auto *M = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *MD = M->getMethodDecl())
        return (MD->getName() == "reserve" || MD->getName() == "resize") &&
               Destinations.count(rootVar(M->getImplicitObjectArgument()));
    return false;
  }

  /// `a.f = ...b...` with a and b records of different types.
  static bool fieldCopy(const Stmt *S) {
    const auto *E = dyn_cast<Expr>(S);
    if (!E)
      return false;
    E = E->IgnoreImplicit();
    const Expr *L = nullptr, *R = nullptr;
    if (const auto *B = dyn_cast<BinaryOperator>(E); B && B->getOpcode() == BO_Assign)
      L = B->getLHS(), R = B->getRHS();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Equal)
      L = Op->getArg(0), R = Op->getArg(1);
    if (!L || !isa<MemberExpr>(L->IgnoreParenImpCasts()))
      return false;
    const VarDecl *To = rootVar(L), *From = rootVar(R);
    return To && From && To != From && recordOf(To) != recordOf(From) &&
           recordOf(From)->isRecordType() && recordOf(To)->isRecordType();
  }

  /// A statement that calls a declared conversion.
  bool converts(const Stmt *S) const {
    if (Conversions.empty())
      return false;
    struct Finder : RecursiveASTVisitor<Finder> {
      const std::set<std::string> &Names;
      bool Found = false;
      explicit Finder(const std::set<std::string> &N) : Names(N) {}
      bool VisitCallExpr(CallExpr *C) {
        if (const FunctionDecl *FD = C->getDirectCallee())
          Found |= Names.count(FD->getQualifiedNameAsString()) > 0;
        return !Found;
      }
      bool VisitCXXConstructExpr(CXXConstructExpr *K) {
        Found |= Names.count(K->getConstructor()->getParent()->getQualifiedNameAsString()) > 0;
        return !Found;
      }
    } F(Conversions);
    F.TraverseStmt(const_cast<Stmt *>(S));
    return F.Found;
  }
};

class GlueCollector : public MatchFinder::MatchCallback {
public:
  GlueCollector(CollectContext &Ctx, std::set<std::string> Conversions)
      : Ctx(Ctx), Conversions(std::move(Conversions)) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
    if (!FD->hasBody() || FD->isImplicit())
      return;
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(FD->getLocation());
    if (!Loc)
      return;
    GlueCounter Counter(Conversions);
    Counter.count(FD->getBody());
    if (Counter.Statements == 0)
      return;
    Ctx.Out->Metrics.push_back({FD->getQualifiedNameAsString(), usrOf(FD), *Loc,
                                Counter.Statements, Counter.Glue});
  }

private:
  CollectContext &Ctx;
  std::set<std::string> Conversions;
};

} // namespace

std::unique_ptr<MatchFinder::MatchCallback>
addGlueCollector(MatchFinder &Finder, CollectContext &Ctx,
                 const std::vector<config::RulePack> &Packs) {
  std::set<std::string> Conversions;
  for (const config::RulePack &P : Packs)
    for (const config::ApiEntry &E : P.Glue)
      Conversions.insert(E.EntryKind == config::ApiEntry::Method
                             ? llvm::StringRef(E.Name).rsplit("::").first.str() + "::" +
                                   llvm::StringRef(E.Name).rsplit("::").second.str()
                             : E.Name);
  auto CB = std::make_unique<GlueCollector>(Ctx, std::move(Conversions));
  Finder.addMatcher(
      functionDecl(isDefinition(), unless(isTemplateInstantiation())).bind("fn"),
      CB.get());
  return CB;
}

} // namespace bel::analysis
