//===- GitHistory.cpp - what git knows about the configs, via libgit2 -----===//
#include "vcs/GitHistory.h"
#include "config/Glob.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <git2.h>

#include <ctime>
#include <set>

namespace bel::vcs {
namespace {

/// libgit2 wants init/shutdown around every use.
struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

template <typename T, void (*Free)(T *)> struct Owned {
  T *Ptr = nullptr;
  ~Owned() {
    if (Ptr)
      Free(Ptr);
  }
};

std::string isoDate(git_time_t Seconds) {
  std::time_t T = std::time_t(Seconds);
  std::tm UTC;
  gmtime_r(&T, &UTC);
  char Buf[32];
  std::strftime(Buf, sizeof(Buf), "%Y-%m-%dT%H:%M:%SZ", &UTC);
  return Buf;
}

/// The blob id of \p Path in \p Tree, or a zero id when absent.
git_oid blobOf(git_tree *Tree, const std::string &Path) {
  git_oid Id;
  git_oid_fromstrn(&Id, "0", 1);
  Owned<git_tree_entry, git_tree_entry_free> Entry;
  if (Tree && git_tree_entry_bypath(&Entry.Ptr, Tree, Path.c_str()) == 0)
    git_oid_cpy(&Id, git_tree_entry_id(Entry.Ptr));
  return Id;
}

LastChange describe(git_commit *C) {
  LastChange L;
  char Hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(Hex, sizeof(Hex), git_commit_id(C));
  L.Id = Hex;
  const git_signature *Author = git_commit_author(C);
  L.Author = std::string(Author->name) + " <" + Author->email + ">";
  L.Date = isoDate(Author->when.time);
  L.ViaMerge = git_commit_parentcount(C) > 1;
  git_message_trailer_array Trailers{};
  if (git_message_trailers(&Trailers, git_commit_message(C)) == 0) {
    for (size_t I = 0; I < Trailers.count; ++I)
      L.TrailerKeys.push_back(Trailers.trailers[I].key);
    git_message_trailer_array_free(&Trailers);
  }
  return L;
}

llvm::Error gitError(const char *What) {
  const git_error *E = git_error_last();
  return llvm::createStringError(std::errc::io_error, "git: %s: %s", What,
                                 E ? E->message : "unknown error");
}

} // namespace

bool codeOwnersMatch(llvm::StringRef Pattern, llvm::StringRef Path) {
  std::string Glob = Pattern.str();
  bool Anchored = llvm::StringRef(Glob).startswith("/");
  if (Anchored)
    Glob.erase(0, 1);
  if (llvm::StringRef(Glob).endswith("/"))
    Glob += "**";
  // Without a '/' (other than a trailing one) the pattern matches at any
  // depth, as in .gitignore.
  else if (!Anchored && Glob.find('/') == std::string::npos)
    Glob = "**/" + Glob;
  if (config::globMatch(Glob, Path))
    return true;
  // A directory pattern ("configs" or "/configs") owns what is below it.
  return config::globMatch(Glob + "/**", Path);
}

std::vector<OwnersRule> parseCodeOwners(llvm::StringRef Path,
                                        llvm::StringRef Text) {
  std::vector<OwnersRule> Rules;
  for (unsigned Line = 1; !Text.empty(); ++Line) {
    auto [Row, Rest] = Text.split('\n');
    Text = Rest;
    llvm::StringRef L = Row.split('#').first.trim();
    if (L.empty())
      continue;
    llvm::SmallVector<llvm::StringRef, 4> Words;
    L.split(Words, ' ', -1, /*KeepEmpty=*/false);
    OwnersRule R;
    R.Loc = report::Location{Path.str(), Line, 1};
    R.Pattern = Words.front().str();
    for (size_t I = 1; I < Words.size(); ++I)
      R.Owners.push_back(Words[I].trim().str());
    Rules.push_back(std::move(R));
  }
  return Rules;
}

const OwnersRule *ConfigHistory::ownerOf(const std::string &Path) const {
  const OwnersRule *Found = nullptr;
  for (const OwnersRule &R : OwnersRules)
    if (codeOwnersMatch(R.Pattern, Path))
      Found = &R; // The last match wins, as on GitHub.
  return Found;
}

llvm::Expected<ConfigHistory> readHistory(llvm::StringRef Root,
                                          const std::vector<std::string> &Paths) {
  LibGit2 Init;
  ConfigHistory H;
  Owned<git_repository, git_repository_free> Repo;
  if (git_repository_open_ext(&Repo.Ptr, Root.str().c_str(), 0, nullptr) != 0 ||
      !git_repository_workdir(Repo.Ptr))
    return H; // Not in a work tree: nothing to say.
  H.InRepository = true;

  // Paths in the repository are relative to its work tree, not to the root.
  llvm::SmallString<256> Workdir;
  llvm::sys::fs::real_path(git_repository_workdir(Repo.Ptr), Workdir);
  llvm::StringRef Prefix = Root;
  if (!Prefix.consume_front(Workdir))
    return llvm::createStringError(std::errc::invalid_argument,
                                   "git: the root is not inside the work tree");
  std::string Below = Prefix.ltrim('/').str();
  if (!Below.empty())
    Below += '/';
  auto InRepo = [&](const std::string &Path) { return Below + Path; };

  std::set<std::string> Pending;
  for (const std::string &Path : Paths) {
    FileHistory &F = H.Files[Path];
    unsigned Flags = 0;
    int Status = git_status_file(&Flags, Repo.Ptr, InRepo(Path).c_str());
    F.Tracked = Status == 0 && !(Flags & (GIT_STATUS_WT_NEW | GIT_STATUS_IGNORED |
                                          GIT_STATUS_INDEX_NEW));
    F.Uncommitted = Status == 0 && (Flags & ~unsigned(GIT_STATUS_IGNORED)) != 0;
    if (F.Tracked)
      Pending.insert(Path);
  }

  // The newest first-parent commit whose blob of a path differs from its
  // parent's is that path's last change.
  Owned<git_revwalk, git_revwalk_free> Walk;
  if (!Pending.empty()) {
    if (git_revwalk_new(&Walk.Ptr, Repo.Ptr) != 0)
      return gitError("history");
    git_revwalk_simplify_first_parent(Walk.Ptr);
    if (git_revwalk_push_head(Walk.Ptr) != 0)
      return H; // No commit yet.
  }
  git_oid Id;
  for (unsigned Steps = 0; !Pending.empty() && Steps < 100000 &&
                           git_revwalk_next(&Id, Walk.Ptr) == 0;
       ++Steps) {
    Owned<git_commit, git_commit_free> Commit, Parent;
    Owned<git_tree, git_tree_free> Tree, ParentTree;
    if (git_commit_lookup(&Commit.Ptr, Repo.Ptr, &Id) != 0 ||
        git_commit_tree(&Tree.Ptr, Commit.Ptr) != 0)
      return gitError("commit");
    if (git_commit_parentcount(Commit.Ptr) > 0 &&
        git_commit_parent(&Parent.Ptr, Commit.Ptr, 0) == 0)
      git_commit_tree(&ParentTree.Ptr, Parent.Ptr);
    for (auto It = Pending.begin(); It != Pending.end();) {
      git_oid Now = blobOf(Tree.Ptr, InRepo(*It));
      git_oid Before = blobOf(ParentTree.Ptr, InRepo(*It));
      if (git_oid_cmp(&Now, &Before) != 0) {
        H.Files[*It].Last = describe(Commit.Ptr);
        It = Pending.erase(It);
      } else {
        ++It;
      }
    }
  }

  // CODEOWNERS, where GitHub looks for it.
  for (const char *Candidate : {".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"}) {
    llvm::SmallString<256> Full(Workdir);
    llvm::sys::path::append(Full, Candidate);
    auto Buf = llvm::MemoryBuffer::getFile(Full, /*IsText=*/true);
    if (!Buf)
      continue;
    // Findings point at it relative to the root when it lies below it.
    std::string Shown = Candidate;
    if (!Below.empty() && llvm::StringRef(Shown).startswith(Below))
      Shown = Shown.substr(Below.size());
    H.OwnersFile = Shown;
    H.OwnersRules = parseCodeOwners(Shown, (*Buf)->getBuffer());
    // CODEOWNERS patterns name repository paths; bel matches root paths.
    if (!Below.empty())
      for (OwnersRule &R : H.OwnersRules)
        if (llvm::StringRef(R.Pattern).startswith("/" + Below))
          R.Pattern = "/" + R.Pattern.substr(Below.size() + 1);
    break;
  }
  return H;
}

} // namespace bel::vcs
