//===- ConfigUnreviewedChangeRule.cpp - config-unreviewed-change ----------===//
#include "rules/config/ConfigUnreviewedChangeRule.h"
#include "config/Glob.h"
#include "vcs/GitHistory.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>

namespace bel::rules::config {
namespace {

report::Location fileStart(const std::string &Path) {
  return report::Location{Path, 1, 1};
}

bool reviewed(const vcs::LastChange &L, const bel::config::ReviewPolicy &R) {
  if (R.Trailers.empty() || (L.ViaMerge && R.MergesCountAsReview))
    return true;
  for (const std::string &Key : L.TrailerKeys)
    for (const std::string &Wanted : R.Trailers)
      if (llvm::StringRef(Key).equals_insensitive(Wanted))
        return true;
  return false;
}

} // namespace

void ConfigUnreviewedChangeRule::check(const facts::Program &P,
                                       FindingSink &Sink) {
  if (!P.History || !P.History->InRepository)
    return;
  const bel::config::ReviewPolicy &Policy = P.Manifest->Review;
  for (const auto &Entry : P.History->Files) {
    const std::string &Path = Entry.first;
    const vcs::FileHistory &F = Entry.second;
    if (!F.Tracked && !F.Uncommitted)
      continue; // Ignored by git on purpose.
    if (!F.Tracked) {
      report::Finding R;
      R.Loc = fileStart(Path);
      R.Message = "'" + Path + "' is not tracked by git, so no change to it "
                  "is ever reviewed";
      Sink.report(std::move(R));
      continue;
    }
    bool Covered = Policy.Enabled &&
                   (Policy.Paths.empty() ||
                    std::any_of(Policy.Paths.begin(), Policy.Paths.end(),
                                [&](const std::string &G) {
                                  return bel::config::globMatch(G, Path);
                                }));
    if (!Covered)
      continue;
    if (Policy.RequireClean && F.Uncommitted) {
      report::Finding R;
      R.Loc = fileStart(Path);
      R.Message = "'" + Path + "' has uncommitted changes; the review policy "
                  "asks for configs as committed";
      R.Related.push_back({Policy.Loc, "the review policy"});
      Sink.report(std::move(R));
    }
    if (F.Last && !reviewed(*F.Last, Policy)) {
      report::Finding R;
      R.Loc = fileStart(Path);
      R.Message = "the last change to '" + Path + "' ([commit " +
                  F.Last->Id.substr(0, 12) + "](1)) has no " +
                  llvm::join(Policy.Trailers, " or ") +
                  " trailer and did not come in through a merge";
      R.Related.push_back({fileStart(Path), "last changed in commit " +
                                                F.Last->Id + " by " +
                                                F.Last->Author + " on " +
                                                F.Last->Date});
      R.Related.push_back({Policy.Loc, "the review policy"});
      Sink.report(std::move(R));
    }
    if (Policy.RequireOwners) {
      const vcs::OwnersRule *Owner = P.History->ownerOf(Path);
      if (!Owner || Owner->Owners.empty()) {
        report::Finding R;
        R.Loc = fileStart(Path);
        if (P.History->OwnersFile.empty()) {
          R.Message = "'" + Path + "' has no owner: the repository has no "
                      "CODEOWNERS file";
        } else {
          R.Message = "'" + Path + "' has no owner in [" +
                      P.History->OwnersFile + "](1)";
          R.Related.push_back({Owner ? Owner->Loc : fileStart(P.History->OwnersFile),
                               Owner ? "the last matching rule names no owner"
                                     : "no rule matches"});
        }
        R.Related.push_back({Policy.Loc, "the review policy"});
        Sink.report(std::move(R));
      }
    }
  }
}

std::unique_ptr<Rule> createConfigUnreviewedChangeRule() {
  return std::make_unique<ConfigUnreviewedChangeRule>();
}

} // namespace bel::rules::config
