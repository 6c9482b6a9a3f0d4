//===- AstHelpers.cpp - small questions about Clang AST nodes -------------===//
#include "analysis/AstHelpers.h"
#include "support/RootFiles.h"
#include "support/Utf8.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"

namespace bel::analysis {

using namespace clang;

std::string ProjectLocator::relativePath(llvm::StringRef RealPath) const {
  return support::pathBelowRoot(Root, RealPath).value_or("").str();
}

/// Columns count code points: bytes that do not continue a UTF-8 sequence.
static unsigned codePointColumn(const SourceManager &SM, SourceLocation Loc,
                                unsigned ByteColumn) {
  bool Invalid = false;
  const char *Data = SM.getCharacterData(Loc, &Invalid);
  if (Invalid)
    return ByteColumn;
  return support::columnOfByte(
      llvm::StringRef(Data - (ByteColumn - 1), ByteColumn - 1),
      ByteColumn - 1);
}

std::optional<facts::Location>
ProjectLocator::locate(SourceRange Range) const {
  SourceLocation Begin = SM.getFileLoc(Range.getBegin());
  SourceLocation End = SM.getFileLoc(Range.getEnd());
  if (Begin.isInvalid() || SM.isInSystemHeader(Begin))
    return std::nullopt;
  const FileEntry *FE = SM.getFileEntryForID(SM.getFileID(Begin));
  if (!FE)
    return std::nullopt;
  std::string Rel = relativePath(FE->tryGetRealPathName());
  if (Rel.empty())
    return std::nullopt;
  facts::Location L;
  L.Path = Rel;
  L.Line = SM.getSpellingLineNumber(Begin);
  L.Column = codePointColumn(SM, Begin, SM.getSpellingColumnNumber(Begin));
  if (End.isValid() && SM.getFileID(End) == SM.getFileID(Begin)) {
    // The end of a token range: move past the last token.
    unsigned Len = Lexer::MeasureTokenLength(End, SM, LangOptions());
    SourceLocation After = End.getLocWithOffset(Len);
    L.EndLine = SM.getSpellingLineNumber(After);
    L.EndColumn = codePointColumn(SM, After, SM.getSpellingColumnNumber(After));
  }
  return L;
}

const Expr *stripWrappers(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreParenImpCasts();
    if (auto *M = dyn_cast<MaterializeTemporaryExpr>(Next))
      Next = M->getSubExpr();
    else if (auto *B = dyn_cast<CXXBindTemporaryExpr>(Next))
      Next = B->getSubExpr();
    else if (auto *C = dyn_cast<ExprWithCleanups>(Next))
      Next = C->getSubExpr();
    else if (auto *F = dyn_cast<CXXFunctionalCastExpr>(Next))
      Next = F->getSubExpr();
    else if (auto *K = dyn_cast<CXXConstructExpr>(Next);
             K && K->getNumArgs() >= 1 &&
             (K->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(K->getArg(1))) &&
             !isa<CXXTemporaryObjectExpr>(K))
      Next = K->getArg(0); // A copy, a move, or std::string from const char*.
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

std::optional<std::string> stringLiteralOf(const Expr *E) {
  E = stripWrappers(E);
  if (auto *T = dyn_cast_or_null<CXXTemporaryObjectExpr>(E))
    if (T->getNumArgs() >= 1)
      E = stripWrappers(T->getArg(0));
  if (auto *S = dyn_cast_or_null<StringLiteral>(E))
    if (S->getCharByteWidth() == 1)
      return S->getString().str();
  return std::nullopt;
}

std::string sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
  return Lexer::getSourceText(R, SM, Ctx.getLangOpts()).str();
}

const FunctionDecl *enclosingFunctionDecl(const Stmt *S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*S);
  for (unsigned Steps = 0; !Parents.empty() && Steps < 256; ++Steps) {
    const DynTypedNode &P = Parents[0];
    if (const auto *FD = P.get<FunctionDecl>())
      return FD;
    if (const auto *LE = P.get<LambdaExpr>())
      return LE->getCallOperator();
    Parents = Ctx.getParents(P);
  }
  return nullptr;
}

std::string usrOf(const FunctionDecl *FD) {
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    FD = Pattern;
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(FD, USR))
    return "";
  return std::string(USR.str());
}

std::string enclosingFunction(const Expr *E, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*E);
  // Walk up by first parent; bounded so odd ASTs cannot loop forever.
  for (unsigned Steps = 0; !Parents.empty() && Steps < 256; ++Steps) {
    const DynTypedNode &P = Parents[0];
    if (const auto *FD = P.get<FunctionDecl>())
      return FD->getQualifiedNameAsString();
    if (const auto *LE = P.get<LambdaExpr>())
      return LE->getCallOperator()->getQualifiedNameAsString();
    Parents = Ctx.getParents(P);
  }
  return "";
}

} // namespace bel::analysis
