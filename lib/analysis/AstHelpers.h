//===- AstHelpers.h - small questions about Clang AST nodes ----*- C++ -*-===//
#ifndef BEL_ANALYSIS_ASTHELPERS_H
#define BEL_ANALYSIS_ASTHELPERS_H

#include "facts/Facts.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/Expr.h"

#include <optional>
#include <string>

namespace bel::analysis {

/// Maps Clang source locations to project locations: a path relative to the
/// project root, 1-based line, code-point column. Locations outside the root
/// or in system headers have no project location.
class ProjectLocator {
public:
  ProjectLocator(const clang::SourceManager &SM, std::string RootRealPath)
      : SM(SM), Root(std::move(RootRealPath)) {}

  /// The project-relative path of \p File's real path, or "".
  std::string relativePath(llvm::StringRef RealPath) const;
  /// \p Range in project terms (macro expansions map to their use).
  std::optional<facts::Location> locate(clang::SourceRange Range) const;
  std::optional<facts::Location> locate(clang::SourceLocation Loc) const {
    return locate(clang::SourceRange(Loc, Loc));
  }

private:
  const clang::SourceManager &SM;
  std::string Root;
};

/// The text of a string literal, looking through implicit conversions,
/// std::string construction and parentheses; std::nullopt otherwise.
std::optional<std::string> stringLiteralOf(const clang::Expr *E);

/// \p E without parentheses, implicit casts, temporaries and copies: the
/// expression the programmer wrote.
const clang::Expr *stripWrappers(const clang::Expr *E);

/// The source text of \p E, as written.
std::string sourceText(const clang::Expr *E, const clang::ASTContext &Ctx);

/// Qualified name of the function whose body contains \p E, or "".
std::string enclosingFunction(const clang::Expr *E, clang::ASTContext &Ctx);

/// The function whose body contains \p S, or null.
const clang::FunctionDecl *enclosingFunctionDecl(const clang::Stmt *S,
                                                 clang::ASTContext &Ctx);

/// The USR of \p FD, the same for its declarations and its definition (and
/// for a template's instantiations), so that facts of different TUs meet.
std::string usrOf(const clang::FunctionDecl *FD);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_ASTHELPERS_H
