//===- PredictionCollector.cpp - predictions, monitoring, the call graph --===//
//
// Predict and monitoring calls come from the rule packs. A prediction is
// followed, within its function, into the variable that holds it (its
// initializer, an assignment, or the out argument the API writes), and a
// comparison of that value with a number written in the code is a fixed
// threshold. Calls between project functions, by USR, let the reduce step
// see which predictions and monitoring calls a stage's main reaches.
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"
#include "analysis/PathResolver.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <map>
#include <set>

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

/// What the collectors of one TU share.
struct PredictionState {
  std::map<const VarDecl *, std::pair<facts::Location, std::string>> Vars;
  std::map<const Expr *, std::pair<facts::Location, std::string>> Calls;
  struct Comparison {
    const VarDecl *Var = nullptr;
    const Expr *Call = nullptr;
    std::string Literal;
    facts::Location Loc;
  };
  std::vector<Comparison> Comparisons;
};

const Expr *strip(const Expr *E) { return stripWrappers(E)->IgnoreParenImpCasts(); }

/// The variable \p E names, looking through `&x`, `*x`, `x[i]`, `x.at(i)`.
const VarDecl *varOf(const Expr *E) {
  for (int Steps = 0; E && Steps < 8; ++Steps) {
    E = strip(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *U = dyn_cast<UnaryOperator>(E);
        U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref))
      E = U->getSubExpr();
    else if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
      E = A->getBase();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Subscript)
      E = Op->getArg(0);
    else if (const auto *M = dyn_cast<CXXMemberCallExpr>(E);
             M && M->getMethodDecl() &&
             (M->getMethodDecl()->getName() == "at" ||
              M->getMethodDecl()->getName() == "front"))
      E = M->getImplicitObjectArgument();
    else
      return nullptr;
  }
  return nullptr;
}

/// What a rule-pack call entry says its API does.
enum class CallRole { Predict, Monitor, Train };

class ApiCallCollector : public MatchFinder::MatchCallback {
public:
  ApiCallCollector(CollectContext &Ctx, PredictionState &State,
                   config::ApiEntry Entry, CallRole Role)
      : Ctx(Ctx), State(State), Entry(std::move(Entry)), Role(Role) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
    ASTContext &AST = *Result.Context;
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(Call->getSourceRange());
    if (!Loc)
      return;
    const FunctionDecl *FD = enclosingFunctionDecl(Call, AST);
    facts::ApiCall C{Entry.Name, *Loc, FD ? usrOf(FD) : ""};
    if (Role != CallRole::Predict) {
      (Role == CallRole::Monitor ? Ctx.Out->Monitors : Ctx.Out->Trains)
          .push_back(std::move(C));
      return;
    }
    Ctx.Out->Predictions.push_back(C);
    State.Calls[Call] = {*Loc, Entry.Name};
    // Where the prediction goes: an out argument, or the variable the
    // result initializes or is assigned to.
    if (Entry.ModeArg >= 0) {
      const auto *CE = dyn_cast<CallExpr>(Call);
      if (CE && unsigned(Entry.ModeArg) < CE->getNumArgs())
        if (const VarDecl *V = varOf(CE->getArg(Entry.ModeArg)))
          State.Vars[V] = {*Loc, Entry.Name};
      return;
    }
    const Stmt *Cur = Call;
    for (int Steps = 0; Steps < 8; ++Steps) {
      DynTypedNodeList Parents = AST.getParents(*Cur);
      if (Parents.empty())
        return;
      if (const auto *V = Parents[0].get<VarDecl>()) {
        State.Vars[V] = {*Loc, Entry.Name};
        return;
      }
      const auto *P = Parents[0].get<Expr>();
      if (!P)
        return;
      if (const auto *B = dyn_cast<BinaryOperator>(P); B && B->isAssignmentOp()) {
        if (const VarDecl *V = varOf(B->getLHS()))
          State.Vars[V] = {*Loc, Entry.Name};
        return;
      }
      if (!isa<ImplicitCastExpr>(P) && !isa<MaterializeTemporaryExpr>(P) &&
          !isa<CXXBindTemporaryExpr>(P) && !isa<ExprWithCleanups>(P) &&
          !isa<CXXConstructExpr>(P) && !isa<ParenExpr>(P))
        return;
      Cur = P;
    }
  }

private:
  CollectContext &Ctx;
  PredictionState &State;
  config::ApiEntry Entry;
  CallRole Role;
};

bool isNumber(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Minus)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  return isa<IntegerLiteral>(E) || isa<FloatingLiteral>(E);
}

/// Comparisons with a number; linked to predictions at the end of the TU,
/// once every prediction's variable is known.
class ComparisonCollector : public MatchFinder::MatchCallback {
public:
  ComparisonCollector(CollectContext &Ctx, PredictionState &State)
      : Ctx(Ctx), State(State) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *Op = Result.Nodes.getNodeAs<BinaryOperator>("cmp");
    bool LeftNumber = isNumber(Op->getLHS()), RightNumber = isNumber(Op->getRHS());
    if (LeftNumber == RightNumber)
      return;
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    auto Loc = Locator.locate(Op->getSourceRange());
    if (!Loc)
      return;
    const Expr *Value = LeftNumber ? Op->getRHS() : Op->getLHS();
    PredictionState::Comparison C;
    C.Var = varOf(Value);
    C.Call = strip(Value);
    C.Literal = sourceText(LeftNumber ? Op->getLHS() : Op->getRHS(), *Result.Context);
    C.Loc = *Loc;
    State.Comparisons.push_back(std::move(C));
  }

  void onEndOfTranslationUnit() override {
    for (const PredictionState::Comparison &C : State.Comparisons) {
      const std::pair<facts::Location, std::string> *From = nullptr;
      if (auto It = State.Calls.find(C.Call); It != State.Calls.end())
        From = &It->second;
      else if (auto It = State.Vars.find(C.Var); C.Var && It != State.Vars.end())
        From = &It->second;
      if (From)
        Ctx.Out->Thresholds.push_back({C.Loc, C.Literal, From->first, From->second});
    }
  }

private:
  CollectContext &Ctx;
  PredictionState &State;
};

/// Calls from project code to functions declared in the project.
class CallGraphCollector : public MatchFinder::MatchCallback {
public:
  explicit CallGraphCollector(CollectContext &Ctx) : Ctx(Ctx) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return;
    ProjectLocator Locator(*Result.SourceManager, Ctx.RootRealPath);
    if (!Locator.locate(Callee->getLocation()) ||
        !Locator.locate(Call->getBeginLoc()))
      return;
    const FunctionDecl *Caller = enclosingFunctionDecl(Call, *Result.Context);
    if (!Caller)
      return;
    facts::Call C{usrOf(Caller), usrOf(Callee), {}, {}};
    // Arguments that may be paths, so that a path built at the call site
    // resolves where the callee opens it.
    bool AnyPath = false;
    for (unsigned I = 0; I < Call->getNumArgs() && I < Callee->getNumParams(); ++I) {
      C.Args.emplace_back();
      if (!mayHoldPath(Callee->getParamDecl(I)->getType()))
        continue;
      C.Args.back() = resolvePath(Call->getArg(I), *Result.Context, Locator);
      AnyPath = true;
    }
    if (AnyPath)
      C.Loc = Locator.locate(Call->getSourceRange()).value_or(facts::Location{});
    else
      C.Args.clear();
    Ctx.Out->Calls.push_back(std::move(C));
  }

private:
  CollectContext &Ctx;
};

/// Owns the state the collectors of one TU share.
class StateOwner : public MatchFinder::MatchCallback {
public:
  void run(const MatchFinder::MatchResult &) override {}
  PredictionState State;
};

} // namespace

std::vector<std::unique_ptr<MatchFinder::MatchCallback>>
addPredictionCollectors(MatchFinder &Finder, CollectContext &Ctx,
                        const std::vector<config::RulePack> &Packs) {
  std::vector<std::unique_ptr<MatchFinder::MatchCallback>> Out;
  auto Owner = std::make_unique<StateOwner>();
  PredictionState &State = Owner->State;
  Out.push_back(std::move(Owner));
  for (const config::RulePack &P : Packs) {
    for (auto [List, Role] : {std::pair{&P.Predict, CallRole::Predict},
                              std::pair{&P.Monitor, CallRole::Monitor},
                              std::pair{&P.Train, CallRole::Train}})
      for (const config::ApiEntry &E : *List) {
        Out.push_back(std::make_unique<ApiCallCollector>(Ctx, State, E, Role));
        addApiMatcher(Finder, E, Out.back().get());
      }
  }
  auto NotTemplate = unless(isInTemplateInstantiation());
  Out.push_back(std::make_unique<ComparisonCollector>(Ctx, State));
  Finder.addMatcher(
      traverse(TK_AsIs, binaryOperator(isComparisonOperator(), NotTemplate).bind("cmp")),
      Out.back().get());
  Out.push_back(std::make_unique<CallGraphCollector>(Ctx));
  Finder.addMatcher(traverse(TK_AsIs, callExpr(NotTemplate).bind("call")),
                    Out.back().get());
  return Out;
}

} // namespace bel::analysis
