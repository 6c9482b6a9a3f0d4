//===- HandleUse.cpp - whether an opened file is ever read from -----------===//
#include "analysis/HandleUse.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace bel::analysis {
namespace {

using namespace clang;

/// Every reference to one variable in a function body.
class RefFinder : public RecursiveASTVisitor<RefFinder> {
public:
  explicit RefFinder(const VarDecl *V) : V(V) {}
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (E->getDecl() == V)
      Refs.push_back(E);
    return true;
  }
  const VarDecl *V;
  std::vector<const DeclRefExpr *> Refs;
};

std::vector<const DeclRefExpr *> refsTo(const VarDecl *V, const Stmt *Body) {
  RefFinder F(V);
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Refs;
}

/// The local a handle lives in: the variable a constructor or a call
/// initializes, or the object an `open` method is called on.
const VarDecl *initializedVar(const Expr *Access, ASTContext &AST);

const VarDecl *handleVar(const Expr *Access, ASTContext &AST) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Access))
    if (const auto *Ref = dyn_cast<DeclRefExpr>(
            MC->getImplicitObjectArgument()->IgnoreParenImpCasts()))
      return dyn_cast<VarDecl>(Ref->getDecl());
  return initializedVar(Access, AST);
}

/// The variable \p Access's value initializes or is assigned to.
const VarDecl *initializedVar(const Expr *Access, ASTContext &AST) {
  const Stmt *Cur = Access;
  for (int Steps = 0; Steps < 6; ++Steps) {
    DynTypedNodeList Parents = AST.getParents(*Cur);
    if (Parents.empty())
      return nullptr;
    if (const auto *V = Parents[0].get<VarDecl>())
      return V;
    const auto *P = Parents[0].get<Expr>();
    if (!P)
      return nullptr;
    if (const auto *B = dyn_cast<BinaryOperator>(P)) {
      if (B->getOpcode() != BO_Assign)
        return nullptr;
      const auto *Ref = dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParenImpCasts());
      return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    }
    if (!isa<ImplicitCastExpr>(P) && !isa<ExprWithCleanups>(P) &&
        !isa<CXXBindTemporaryExpr>(P) && !isa<MaterializeTemporaryExpr>(P) &&
        !isa<ParenExpr>(P) && !isa<CXXConstructExpr>(P))
      return nullptr;
    Cur = P;
  }
  return nullptr;
}

bool isNeutralMethod(llvm::StringRef Name) {
  for (llvm::StringRef N : {"close", "is_open", "good", "fail", "bad", "eof",
                            "open", "rdstate", "exceptions", "clear",
                            "operator bool", "operator!"})
    if (Name == N)
      return true;
  return false;
}

enum class UseKind { Neutral, ConfigParse, Read };

/// What one reference to the handle does, and the local it initializes.
UseKind classify(const DeclRefExpr *Ref, ASTContext &AST,
                 const std::set<std::string> &ConfigLoads,
                 const VarDecl *&Initialized) {
  Initialized = nullptr;
  const Stmt *Cur = Ref;
  bool InCall = false;
  for (int Steps = 0; Steps < 8; ++Steps) {
    DynTypedNodeList Parents = AST.getParents(*Cur);
    if (Parents.empty())
      return UseKind::Read;
    if (const auto *V = Parents[0].get<VarDecl>()) {
      if (InCall && V->isLocalVarDecl())
        Initialized = V;
      return UseKind::Read;
    }
    const auto *P = Parents[0].get<Expr>();
    if (!P)
      return UseKind::Read;
    // Checks on the handle itself; once it is an argument, the call's
    // result is what gets checked.
    if (!InCall) {
      if (const auto *M = dyn_cast<MemberExpr>(P)) {
        if (const auto *MD = dyn_cast<CXXMethodDecl>(M->getMemberDecl()))
          if (isNeutralMethod(MD->getNameAsString()))
            return UseKind::Neutral;
        if (isa<CXXConversionDecl>(M->getMemberDecl()))
          return UseKind::Neutral; // `if (in)`: a check, not a read.
        return UseKind::Read;
      }
      if (const auto *U = dyn_cast<UnaryOperator>(P); U && U->getOpcode() == UO_LNot)
        return UseKind::Neutral;
      if (const auto *C = dyn_cast<ImplicitCastExpr>(P);
          C && C->getCastKind() == CK_PointerToBoolean)
        return UseKind::Neutral;
      if (const auto *B = dyn_cast<BinaryOperator>(P); B && B->isEqualityOp())
        return UseKind::Neutral; // `f == nullptr`
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
          Op && Op->getOperator() == OO_Exclaim)
        return UseKind::Neutral;
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (const FunctionDecl *FD = Call->getDirectCallee()) {
        std::string Name = FD->getQualifiedNameAsString();
        if (!InCall && FD->getIdentifier() && FD->getName() == "fclose")
          return UseKind::Neutral;
        if (ConfigLoads.count(Name) || Name == "YAML::Load" ||
            (FD->getIdentifier() && FD->getName() == "parse" &&
             isa<CXXMethodDecl>(FD) &&
             cast<CXXMethodDecl>(FD)->getParent()->getName() == "basic_json"))
          return UseKind::ConfigParse;
      }
      InCall = true;
    }
    Cur = P;
  }
  return UseKind::Read;
}

} // namespace

const VarDecl *unusedLocalOf(const Expr *Call, ASTContext &AST) {
  const VarDecl *V = initializedVar(Call, AST);
  const FunctionDecl *FD = enclosingFunctionDecl(Call, AST);
  if (!V || !V->isLocalVarDecl() || !FD || !FD->getBody())
    return nullptr;
  return refsTo(V, FD->getBody()).empty() ? V : nullptr;
}

HandleUse handleUse(const Expr *Access, ASTContext &AST,
                    const std::set<std::string> &ConfigLoads) {
  HandleUse U;
  const VarDecl *V = handleVar(Access, AST);
  const FunctionDecl *FD = enclosingFunctionDecl(Access, AST);
  if (!V || !V->isLocalVarDecl() || !FD || !FD->getBody())
    return U;
  U.Known = true;
  U.Handle = V;
  bool Parsed = false, Read = false;
  for (const DeclRefExpr *Ref : refsTo(V, FD->getBody())) {
    const VarDecl *Init = nullptr;
    switch (classify(Ref, AST, ConfigLoads, Init)) {
    case UseKind::Neutral:
      break;
    case UseKind::ConfigParse:
      Parsed = true;
      break;
    case UseKind::Read:
      Read = true;
      if (Init && !U.UnusedValue && !Init->getType()->isReferenceType() &&
          refsTo(Init, FD->getBody()).empty())
        U.UnusedValue = Init;
      break;
    }
  }
  U.Read = Read;
  U.ParsedAsConfig = Parsed && !Read;
  return U;
}

} // namespace bel::analysis
