//===- GitHistory.h - what git knows about the configs ---------*- C++ -*-===//
//
// For config-unreviewed-change: whether git tracks a config, whether it has
// uncommitted changes, and the commit that last changed it (walking the
// first-parent history from HEAD, so a change that came in through a merge
// shows as that merge). Read through libgit2: nothing is checked out and no
// git process runs. libgit2 types stay in the .cpp.
//===----------------------------------------------------------------------===//
#ifndef BEL_VCS_GITHISTORY_H
#define BEL_VCS_GITHISTORY_H

#include "report/Finding.h"

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bel::vcs {

/// The commit that last changed a file.
struct LastChange {
  std::string Id;      ///< Full hex id.
  std::string Author;  ///< "Name <email>"
  std::string Date;    ///< Author date, ISO 8601 in UTC.
  bool ViaMerge = false;                ///< The change is a merge commit.
  std::vector<std::string> TrailerKeys; ///< "Reviewed-by", ...
};

struct FileHistory {
  bool Tracked = false;
  bool Uncommitted = false; ///< Changed in the index or the work tree.
  std::optional<LastChange> Last;
};

/// The CODEOWNERS rule that applies to a file (the last matching line).
struct OwnersRule {
  report::Location Loc; ///< The line in the CODEOWNERS file.
  std::string Pattern;
  std::vector<std::string> Owners; ///< Empty: the rule removes owners.
};

/// History of the project's config files, by path relative to the root.
struct ConfigHistory {
  bool InRepository = false;
  std::map<std::string, FileHistory> Files;
  std::string OwnersFile; ///< Relative to the root; "" when there is none.
  std::vector<OwnersRule> OwnersRules; ///< In file order.

  /// The rule that owns \p Path, or null.
  const OwnersRule *ownerOf(const std::string &Path) const;
};

/// Reads the history of \p Paths (relative to \p Root). A root outside any
/// repository is not an error: InRepository stays false.
llvm::Expected<ConfigHistory> readHistory(llvm::StringRef Root,
                                          const std::vector<std::string> &Paths);

/// Parses CODEOWNERS text; \p Path is only recorded in locations.
std::vector<OwnersRule> parseCodeOwners(llvm::StringRef Path, llvm::StringRef Text);

/// Whether a CODEOWNERS pattern matches \p Path (relative to the root), with
/// gitignore-like rules: a leading '/' anchors, a pattern without a '/'
/// matches at any depth, a trailing '/' names a directory.
bool codeOwnersMatch(llvm::StringRef Pattern, llvm::StringRef Path);

} // namespace bel::vcs

#endif // BEL_VCS_GITHISTORY_H
