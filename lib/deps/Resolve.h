//===- Resolve.h - the files a stage really opens --------------*- C++ -*-===//
//
// The reduce step's half of source resolution. The collectors leave a data
// access's path as parts (literals, parameters, values); here each part
// becomes text for one stage:
//   value      a config read inside the expression resolves to that key's
//              value in each config the stage loads: one path per config,
//              remembered as such; an environment variable or a
//              command-line argument stays unresolved, with why;
//   parameter  resolves at each call site of the function that a stage's
//              main reaches, across TUs, through chains of helpers.
// An access belongs to every stage whose main reaches its function.
//===----------------------------------------------------------------------===//
#ifndef BEL_DEPS_RESOLVE_H
#define BEL_DEPS_RESOLVE_H

#include "facts/Program.h"

#include <string>
#include <vector>

namespace bel::deps {

/// One way a stage's data access resolves.
struct ResolvedAccess {
  const facts::DataAccess *Access = nullptr;
  const facts::TUFacts *TU = nullptr;
  std::string Path; ///< Normalized; "" when unresolved.
  /// Why the path cannot be known statically ("" when resolved).
  std::string Why;
  report::Location WhyLoc; ///< The expression that makes it unresolved.
  /// The config and key the path's value came from, and where the config
  /// sets it; empty when the path is spelled in the code.
  std::string ViaConfig, ViaKey;
  report::Location ViaLoc;
  /// The call sites a path passed through, outermost first.
  std::vector<report::Location> CallSites;
};

/// Call sites and reachability of the whole program, computed once.
class AccessResolver {
public:
  explicit AccessResolver(const facts::Program &P);
  ~AccessResolver();

  /// Every data access \p S performs, resolved; sorted by location, then
  /// path.
  std::vector<ResolvedAccess> accessesOf(const facts::Stage &S) const;

private:
  struct Impl;
  std::unique_ptr<Impl> I;
};

} // namespace bel::deps

#endif // BEL_DEPS_RESOLVE_H
