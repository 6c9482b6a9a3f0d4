//===- PathResolver.h - what a path expression is built from ---*- C++ -*-===//
//
// Resolves the path argument of a data access as far as one TU allows:
// literals, constants (const and constexpr variables, and locals never
// changed after their initializer), std::string `+` and
// std::filesystem::path `/` concatenation, `.c_str()` and `.string()`. A
// function parameter stays a parameter, for the reduce step to resolve at
// each call site; anything else is a value the reduce step may find to be a
// config read.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_PATHRESOLVER_H
#define BEL_ANALYSIS_PATHRESOLVER_H

#include "analysis/AstHelpers.h"
#include "facts/Facts.h"

#include <vector>

namespace bel::analysis {

/// The pieces \p E is built from, adjacent literals joined.
std::vector<facts::PathPart> resolvePath(const clang::Expr *E,
                                         clang::ASTContext &AST,
                                         const ProjectLocator &Locator);

/// Whether a value of type \p T may hold a path: a char pointer or array,
/// std::string, std::string_view or std::filesystem::path.
bool mayHoldPath(clang::QualType T);

/// The path \p Parts spell when every part is a literal, normalized; "".
std::string literalPath(const std::vector<facts::PathPart> &Parts);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_PATHRESOLVER_H
