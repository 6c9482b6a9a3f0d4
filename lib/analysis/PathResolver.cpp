//===- PathResolver.cpp - what a path expression is built from ------------===//
#include "analysis/PathResolver.h"
#include "config/Glob.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

namespace bel::analysis {
namespace {

using namespace clang;
using facts::PathPart;

/// Whether \p T (or what it refers to) is the class std::<Name>, looking
/// through inline namespaces such as libstdc++'s __cxx11.
bool isStdClass(QualType T, llvm::StringRef Name) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || RD->getName() != Name)
    return false;
  const DeclContext *DC = RD->getDeclContext();
  while (DC && DC->isInlineNamespace())
    DC = DC->getParent();
  if (Name == "path") {
    const auto *NS = dyn_cast_or_null<NamespaceDecl>(DC);
    if (!NS || NS->getName() != "filesystem")
      return false;
    DC = NS->getParent();
    while (DC && DC->isInlineNamespace())
      DC = DC->getParent();
  }
  return DC && DC->isStdNamespace();
}

class Resolver {
public:
  Resolver(ASTContext &AST, const ProjectLocator &Locator)
      : AST(AST), Locator(Locator) {}

  std::vector<PathPart> Out;

  void walk(const Expr *E, unsigned Depth) {
    if (!E)
      return;
    if (Depth > 32)
      return value(E, "");
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      return walk(M->getSubExpr(), Depth + 1);
    if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      return walk(B->getSubExpr(), Depth + 1);
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      return walk(C->getSubExpr(), Depth + 1);
    if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      return walk(F->getSubExpr(), Depth + 1);
    if (const auto *S = dyn_cast<StringLiteral>(E)) {
      if (S->getCharByteWidth() == 1)
        return literal(S->getString().str());
      return value(E, "");
    }
    if (const auto *K = dyn_cast<CXXConstructExpr>(E)) {
      // std::string(s), path(s), string_view(s); defaulted allocators aside.
      unsigned Given = 0;
      for (const Expr *A : K->arguments())
        Given += !isa<CXXDefaultArgExpr>(A);
      if (Given == 1)
        return walk(K->getArg(0), Depth + 1);
      return value(E, "");
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getNumArgs() == 2 && Op->getOperator() == OO_Plus) {
        walk(Op->getArg(0), Depth + 1);
        walk(Op->getArg(1), Depth + 1);
        return;
      }
      if (Op->getNumArgs() == 2 && Op->getOperator() == OO_Slash &&
          isStdClass(Op->getType(), "path")) {
        walk(Op->getArg(0), Depth + 1);
        literal("/");
        walk(Op->getArg(1), Depth + 1);
        return;
      }
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      if (const CXXMethodDecl *MD = MC->getMethodDecl();
          MD && MD->getIdentifier())
        for (llvm::StringRef Name : {"c_str", "data", "string", "native",
                                     "generic_string", "u8string"})
          if (MD->getName() == Name)
            return walk(MC->getImplicitObjectArgument(), Depth + 1);
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (const FunctionDecl *FD = Call->getDirectCallee();
          FD && FD->getIdentifier() &&
          (FD->getName() == "getenv" || FD->getName() == "secure_getenv"))
        return value(E, "an environment variable");
    if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
      if (isMainParam(A->getBase()))
        return value(E, "a command-line argument");
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *P = dyn_cast<ParmVarDecl>(Ref->getDecl())) {
        if (isMainParam(Ref))
          return value(E, "a command-line argument");
        PathPart Part;
        Part.K = PathPart::Parameter;
        Part.Param = int(P->getFunctionScopeIndex());
        Part.Text = P->getName().str();
        Out.push_back(std::move(Part));
        return;
      }
      if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
          V && V->getInit()) {
        bool Constant = V->getType().isConstQualified() || V->isConstexpr();
        if (Constant || (V->isLocalVarDecl() && !mutated(V, Ref)))
          return walk(V->getInit(), Depth + 1);
        return value(E, V->hasGlobalStorage() ? "a global that may change"
                                              : "a variable that changes");
      }
    }
    value(E, "");
  }

private:
  void literal(std::string Text) {
    if (!Out.empty() && Out.back().K == PathPart::Literal)
      Out.back().Text += Text;
    else
      Out.push_back({PathPart::Literal, std::move(Text), -1, {}, ""});
  }

  void value(const Expr *E, std::string Why) {
    PathPart P;
    P.K = PathPart::Value;
    P.Text = sourceText(E, AST);
    P.Loc = Locator.locate(E->getSourceRange()).value_or(facts::Location{});
    P.Why = std::move(Why);
    Out.push_back(std::move(P));
  }

  /// `argv` or `argv[i]` of main.
  bool isMainParam(const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
    const auto *FD = P ? dyn_cast<FunctionDecl>(P->getDeclContext()) : nullptr;
    return FD && FD->isMain();
  }

  /// Whether the function around \p Use may change \p V after its
  /// initializer: an assignment, `+=`, a non-const method, a non-const
  /// reference taken.
  bool mutated(const VarDecl *V, const Expr *Use) {
    const FunctionDecl *FD = enclosingFunctionDecl(Use, AST);
    if (!FD || !FD->getBody())
      return true;
    return ExprMutationAnalyzer(*FD->getBody(), AST).isMutated(V);
  }

  ASTContext &AST;
  const ProjectLocator &Locator;
};

} // namespace

std::vector<PathPart> resolvePath(const Expr *E, ASTContext &AST,
                                  const ProjectLocator &Locator) {
  Resolver R(AST, Locator);
  R.walk(E, 0);
  return std::move(R.Out);
}

bool mayHoldPath(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType() || T->isArrayType()) {
    QualType Pointee = T->isPointerType() ? T->getPointeeType()
                                          : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    return Pointee->isCharType();
  }
  for (llvm::StringRef Name : {"basic_string", "string", "basic_string_view",
                               "string_view", "path"})
    if (isStdClass(T, Name))
      return true;
  return false;
}

std::string literalPath(const std::vector<PathPart> &Parts) {
  if (Parts.size() != 1 || Parts[0].K != PathPart::Literal)
    return "";
  return config::normalizePath(Parts[0].Text);
}

} // namespace bel::analysis
