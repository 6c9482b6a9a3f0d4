//===- BranchCollector.cpp - branches that may never change ---------------===//
//
// if statements and ternaries whose condition is one value compared with a
// literal (or tested for truth), and constant conditions: `if (false)`, a
// constexpr or const global, `#if 0`. Which config value a condition reads
// is found in the reduce step, by the read that lies inside it.
//===----------------------------------------------------------------------===//
#include "analysis/AstHelpers.h"
#include "analysis/Collectors.h"

#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

namespace bel::analysis {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

std::optional<bool> literalTruth(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue() != 0;
  return std::nullopt;
}

bool isLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Minus)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  return isa<IntegerLiteral>(E) || isa<FloatingLiteral>(E) ||
         isa<CXXBoolLiteralExpr>(E) || isa<StringLiteral>(E);
}

/// The value of a namespace-scope constexpr/const scalar with a literal
/// initializer (`constexpr bool kUseV2 = false;`).
std::optional<bool> constantGlobal(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || !VD->hasGlobalStorage() || VD->isStaticLocal() ||
      !(VD->isConstexpr() || VD->getType().isConstQualified()) ||
      !VD->getInit() || VD->getName().startswith("FLAGS_"))
    return std::nullopt;
  return literalTruth(VD->getInit());
}

class BranchCollector : public MatchFinder::MatchCallback {
public:
  explicit BranchCollector(CollectContext &Ctx) : Ctx(Ctx) {}

  void run(const MatchFinder::MatchResult &Result) override {
    AST = Result.Context;
    if (const auto *If = Result.Nodes.getNodeAs<IfStmt>("if")) {
      if (If->isConstexpr() || If->hasInitStorage() || If->hasVarStorage())
        return;
      add(If->getCond(), If->getThen(), If->getElse());
    } else if (const auto *C =
                   Result.Nodes.getNodeAs<ConditionalOperator>("ternary")) {
      add(C->getCond(), C->getTrueExpr(), C->getFalseExpr());
    }
  }

private:
  void add(const Expr *Cond, const Stmt *Then, const Stmt *Else) {
    ProjectLocator Locator(AST->getSourceManager(), Ctx.RootRealPath);
    auto CondLoc = Locator.locate(Cond->getSourceRange());
    auto ThenLoc = Locator.locate(Then->getSourceRange());
    if (!CondLoc || !ThenLoc || Cond->getBeginLoc().isMacroID())
      return;
    facts::Branch B;
    B.Spelling = sourceText(Cond, *AST);
    B.Then = *ThenLoc;
    if (Else)
      if (auto ElseLoc = Locator.locate(Else->getSourceRange()))
        B.Else = *ElseLoc;
    const Expr *E = Cond->IgnoreParenImpCasts();
    while (const auto *U = dyn_cast<UnaryOperator>(E)) {
      if (U->getOpcode() != UO_LNot)
        break;
      B.Negated = !B.Negated;
      E = U->getSubExpr()->IgnoreParenImpCasts();
    }
    std::optional<bool> Constant = literalTruth(E);
    if (!Constant)
      Constant = constantGlobal(E);
    // `if (false) { implicit_cast<T>(x); }` in a template only makes the
    // compiler check a type: not an experiment left behind.
    if (Constant) {
      const FunctionDecl *FD = enclosingFunctionDecl(Cond, *AST);
      if (FD && FD->isDependentContext())
        return;
    }
    if (Constant) {
      B.Constant = *Constant != B.Negated;
      B.Value = *CondLoc;
    } else {
      const Expr *Value = E;
      if (const auto *Op = dyn_cast<BinaryOperator>(E); Op && Op->isComparisonOp()) {
        bool LeftLit = isLiteral(Op->getLHS()), RightLit = isLiteral(Op->getRHS());
        if (LeftLit == RightLit)
          return; // Two values, or two literals: not one setting.
        Value = LeftLit ? Op->getRHS() : Op->getLHS();
        B.Literal = sourceText(LeftLit ? Op->getLHS() : Op->getRHS(), *AST);
        BinaryOperatorKind K = Op->getOpcode();
        if (LeftLit) // `3 < x` is `x > 3`.
          K = K == BO_LT ? BO_GT : K == BO_GT ? BO_LT : K == BO_LE ? BO_GE
              : K == BO_GE ? BO_LE : K;
        B.Op = BinaryOperator::getOpcodeStr(K).str();
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
                 Op && Op->getNumArgs() == 2 &&
                 (Op->getOperator() == OO_EqualEqual ||
                  Op->getOperator() == OO_ExclaimEqual)) {
        bool LeftLit = isLiteral(Op->getArg(0)), RightLit = isLiteral(Op->getArg(1));
        if (LeftLit == RightLit)
          return;
        Value = LeftLit ? Op->getArg(1) : Op->getArg(0);
        B.Literal = sourceText(LeftLit ? Op->getArg(0) : Op->getArg(1), *AST);
        B.Op = Op->getOperator() == OO_EqualEqual ? "==" : "!=";
      } else if (isa<BinaryOperator>(E)) {
        return; // && and ||: more than one setting decides.
      }
      auto ValueLoc = Locator.locate(Value->getSourceRange());
      if (!ValueLoc)
        return;
      B.Value = *ValueLoc;
    }
    B.Function = enclosingFunction(Cond, *AST);
    Ctx.Out->Branches.push_back(std::move(B));
  }

  CollectContext &Ctx;
  ASTContext *AST = nullptr;
};

/// `#if 0` ... `#endif` (or `#else`) in project files.
class IfZeroCallbacks : public PPCallbacks {
public:
  IfZeroCallbacks(CollectContext &Ctx, const SourceManager &SM)
      : Ctx(Ctx), SM(SM) {}

  void If(SourceLocation Loc, SourceRange ConditionRange,
          ConditionValueKind Value) override {
    llvm::StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(ConditionRange), SM, LangOptions());
    Open.push_back(Value == CVK_False && Text.trim() == "0" ? Loc
                                                            : SourceLocation());
  }
  void Ifdef(SourceLocation, const Token &, const MacroDefinition &) override {
    Open.push_back(SourceLocation());
  }
  void Ifndef(SourceLocation, const Token &, const MacroDefinition &) override {
    Open.push_back(SourceLocation());
  }
  void Elif(SourceLocation Loc, SourceRange, ConditionValueKind,
            SourceLocation) override {
    close(Loc);
  }
  void Else(SourceLocation Loc, SourceLocation) override { close(Loc); }
  void Endif(SourceLocation Loc, SourceLocation) override {
    close(Loc);
    if (!Open.empty())
      Open.pop_back();
  }

private:
  /// Ends the dead region of the innermost #if 0 at \p End, once.
  void close(SourceLocation End) {
    if (Open.empty() || Open.back().isInvalid())
      return;
    ProjectLocator Locator(SM, Ctx.RootRealPath);
    auto Start = Locator.locate(Open.back());
    auto Stop = Locator.locate(End);
    Open.back() = SourceLocation();
    if (!Start || !Stop || Start->Path != Stop->Path)
      return;
    facts::Branch B;
    B.Constant = false;
    B.Spelling = "#if 0";
    B.Value = *Start;
    B.Then = *Start;
    B.Then.EndLine = Stop->Line;
    B.Then.EndColumn = Stop->Column;
    Ctx.Out->Branches.push_back(std::move(B));
  }

  CollectContext &Ctx;
  const SourceManager &SM;
  std::vector<SourceLocation> Open;
};

} // namespace

std::unique_ptr<MatchFinder::MatchCallback>
addBranchCollector(MatchFinder &Finder, CollectContext &Ctx) {
  auto CB = std::make_unique<BranchCollector>(Ctx);
  auto NotTemplate = unless(isInTemplateInstantiation());
  Finder.addMatcher(traverse(TK_AsIs, ifStmt(NotTemplate).bind("if")), CB.get());
  Finder.addMatcher(
      traverse(TK_AsIs, conditionalOperator(NotTemplate).bind("ternary")),
      CB.get());
  return CB;
}

std::unique_ptr<PPCallbacks> makeIfZeroCallbacks(CollectContext &Ctx,
                                                 const SourceManager &SM) {
  return std::make_unique<IfZeroCallbacks>(Ctx, SM);
}

} // namespace bel::analysis
