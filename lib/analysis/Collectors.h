//===- Collectors.h - the matchers that turn one TU into facts -*- C++ -*-===//
//
// Every collector registers its matchers on one MatchFinder, so a TU is
// parsed once and all of them run in the same pass.
//===----------------------------------------------------------------------===//
#ifndef BEL_ANALYSIS_COLLECTORS_H
#define BEL_ANALYSIS_COLLECTORS_H

#include "config/RulePack.h"
#include "facts/Facts.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/PPCallbacks.h"

#include <memory>
#include <vector>

namespace bel::analysis {

/// Shared by the collectors of one TU.
struct CollectContext {
  std::string RootRealPath;
  facts::TUFacts *Out = nullptr;
  /// The files the parse read (absolute), for the facts cache.
  std::vector<std::string> *Deps = nullptr;
};

/// Config-key reads through yaml-cpp's YAML::Node and nlohmann::basic_json
/// (operator[], at, as<T>, get<T>, value, contains, conversions, ...), with
/// key prefixes carried through local variables. Config loads named by the
/// rule packs anchor a key path at a config's root.
std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>
addConfigReadCollector(clang::ast_matchers::MatchFinder &Finder,
                       CollectContext &Ctx,
                       const std::vector<config::RulePack> &Packs);

/// Calls the rule packs declare as data accesses or config loads.
std::vector<std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>>
addApiCollectors(clang::ast_matchers::MatchFinder &Finder, CollectContext &Ctx,
                 const std::vector<config::RulePack> &Packs);

/// Branches whose condition may never change (code-dead-experimental-path).
std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>
addBranchCollector(clang::ast_matchers::MatchFinder &Finder, CollectContext &Ctx);

/// `#if 0` blocks, seen by the preprocessor.
std::unique_ptr<clang::PPCallbacks>
makeIfZeroCallbacks(CollectContext &Ctx, const clang::SourceManager &SM);

/// One matcher for a rule-pack API: a function, a constructor or a method;
/// the call is bound to "call".
void addApiMatcher(clang::ast_matchers::MatchFinder &Finder,
                   const config::ApiEntry &E,
                   clang::ast_matchers::MatchFinder::MatchCallback *CB);

/// Predict and monitoring calls, predictions compared with literals, and the
/// calls between project functions (the call graph).
std::vector<std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>>
addPredictionCollectors(clang::ast_matchers::MatchFinder &Finder,
                        CollectContext &Ctx,
                        const std::vector<config::RulePack> &Packs);

/// Per function: statements, and those that only marshal data (code-glue).
std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>
addGlueCollector(clang::ast_matchers::MatchFinder &Finder, CollectContext &Ctx,
                 const std::vector<config::RulePack> &Packs);

/// Whether the TU defines main(): such a TU is a stage.
std::unique_ptr<clang::ast_matchers::MatchFinder::MatchCallback>
addMainCollector(clang::ast_matchers::MatchFinder &Finder, CollectContext &Ctx);

} // namespace bel::analysis

#endif // BEL_ANALYSIS_COLLECTORS_H
