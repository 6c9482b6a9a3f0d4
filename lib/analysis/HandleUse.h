//===- HandleUse.h - whether an opened file is ever read from --*- C++ -*-===//
//
// data-unused-read needs to know what becomes of the handle a data access
// opens: a stream or FILE* that is only checked and closed was opened for
// nothing; a value read from it into a local that nothing uses was read for
// nothing; a stream only handed to a config parser is a config load.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_HANDLEUSE_H
#define BEL_ANALYSIS_HANDLEUSE_H

#include "analysis/AstHelpers.h"

#include <set>
#include <string>

namespace bel::analysis {

struct HandleUse {
  bool Known = false;        ///< The handle is a local variable bel followed.
  bool Read = false;         ///< Something reads from it.
  bool ParsedAsConfig = false;
  /// A local initialized from the handle and never used afterwards.
  const clang::VarDecl *UnusedValue = nullptr;
  const clang::VarDecl *Handle = nullptr;
};

/// The local \p Call initializes when nothing ever refers to it, else null.
const clang::VarDecl *unusedLocalOf(const clang::Expr *Call,
                                    clang::ASTContext &AST);

/// What becomes of the handle \p Access (a constructor, an `open` call or
/// a function returning a handle) opens. \p ConfigLoads names the functions
/// that load configs.
HandleUse handleUse(const clang::Expr *Access, clang::ASTContext &AST,
                    const std::set<std::string> &ConfigLoads);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_HANDLEUSE_H
