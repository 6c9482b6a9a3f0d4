//===- TUCache.cpp - the facts of each TU, cached by content --------------===//
#include "analysis/TUCache.h"

#include "support/JsonError.h"
#include "support/RootFiles.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

#include <sys/stat.h>

namespace bel::analysis {
namespace {

using report::Notification;

llvm::json::Value locJson(const report::Location &L) {
  return llvm::json::Object{{"path", L.Path},       {"line", L.Line},
                            {"col", L.Column},      {"endLine", L.EndLine},
                            {"endCol", L.EndColumn}};
}

std::optional<report::Location> locFrom(const llvm::json::Value *V) {
  const llvm::json::Object *O = V ? V->getAsObject() : nullptr;
  if (!O)
    return std::nullopt;
  report::Location L;
  if (auto P = O->getString("path"))
    L.Path = P->str();
  // llvm::Optional (LLVM 14) and std::optional (16) both test and deref.
  auto Num = [&](llvm::StringRef Key) {
    auto N = O->getInteger(Key);
    return N ? unsigned(*N) : 0u;
  };
  L.Line = Num("line");
  L.Column = Num("col");
  L.EndLine = Num("endLine");
  L.EndColumn = Num("endCol");
  return L;
}

bool isLowerHex(llvm::StringRef S) {
  return llvm::all_of(
      S, [](char C) { return llvm::isDigit(C) || (C >= 'a' && C <= 'f'); });
}

enum class CacheFile { Foreign, Entry, Temp };

/// What the file \p Name in tu/\p Sub/ is, by the names store() gives:
/// "<key>.json" or "<key>.tmp-XXXXXX", the key 16 hex digits that begin
/// with \p Sub. Anything else was not written by bel and is left alone.
CacheFile cacheFileKind(llvm::StringRef Sub, llvm::StringRef Name) {
  llvm::StringRef Key = Name.take_front(16), Rest = Name.substr(16);
  if (Sub.size() != 2 || Key.size() != 16 || !isLowerHex(Key) ||
      !Key.startswith(Sub))
    return CacheFile::Foreign;
  if (Rest == ".json")
    return CacheFile::Entry;
  if (Rest.consume_front(".tmp-") && Rest.size() == 6 && isLowerHex(Rest))
    return CacheFile::Temp;
  return CacheFile::Foreign;
}

} // namespace

std::string hashText(llvm::StringRef Text) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::format_hex_no_prefix(llvm::xxHash64(Text), 16);
  return OS.str();
}

std::string executableHash(const std::string &Argv0) {
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0.c_str(), &Anchor);
  auto Buf = llvm::MemoryBuffer::getFile(Exe, /*IsText=*/false);
  // Without the binary, a key that changes every run: no stale facts.
  if (!Buf)
    return "unknown-" + std::to_string(llvm::sys::Process::getProcessId());
  return hashText((*Buf)->getBuffer());
}

TUCache::TUCache(std::string Dir, std::string Root, std::string ToolKey)
    : Dir(std::move(Dir)), Root(std::move(Root)), ToolKey(std::move(ToolKey)),
      Started(std::chrono::system_clock::now()) {}

report::Location TUCache::where(llvm::StringRef Path, unsigned Line,
                                unsigned Column) const {
  std::string Shown = support::shownPath(Root, Path);
  if (Shown == Path) { // A cache outside the root: named from the cache.
    llvm::StringRef R = Path;
    if (R.consume_front(Dir))
      R.consume_front("/");
    Shown = R.str();
  }
  return report::Location{Shown, Line, Column};
}

Notification TUCache::corrupt(const std::string &Path,
                              const std::string &Why, unsigned Line,
                              unsigned Column) const {
  return Notification{"bel-cache-error", report::Level::Warning,
                      "ignoring a corrupt entry of the facts cache (" + Why +
                          "); the TU is parsed again",
                      where(Path, Line, Column)};
}

Notification TUCache::corrupt(const std::string &Path, llvm::Error Why) const {
  support::JsonParseError E = support::splitJsonParseError(std::move(Why));
  return corrupt(Path, E.What, E.Line, E.Column);
}

std::string TUCache::keyOf(const std::string &File,
                           const std::vector<std::string> &Args) const {
  std::string Text = ToolKey + '\0' + File;
  for (const std::string &A : Args)
    Text += '\0' + A;
  return hashText(Text);
}

std::string TUCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "tu", Key.substr(0, 2), Key + ".json");
  return std::string(P.str());
}

std::string TUCache::contentHash(const std::string &Path) {
  {
    std::lock_guard<std::mutex> G(Lock);
    if (auto It = Hashes.find(Path); It != Hashes.end())
      return It->second;
  }
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false);
  std::string H = Buf ? hashText((*Buf)->getBuffer()) : "";
  std::lock_guard<std::mutex> G(Lock);
  Hashes[Path] = H;
  return H;
}

std::optional<CachedTU> TUCache::lookup(const std::string &Key,
                                        std::vector<Notification> &Problems) {
  if (!enabled())
    return std::nullopt;
  std::string Path = entryPath(Key);
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return std::nullopt; // Not cached yet.
  llvm::Expected<llvm::json::Value> J = llvm::json::parse((*Buf)->getBuffer());
  if (!J) {
    Problems.push_back(corrupt(Path, J.takeError()));
    return std::nullopt;
  }
  const llvm::json::Object *O = J->getAsObject();
  const llvm::json::Array *Deps = O ? O->getArray("deps") : nullptr;
  auto Facts = O ? O->getString("facts") : decltype(O->getString("facts"))();
  const llvm::json::Array *Notes = O ? O->getArray("problems") : nullptr;
  if (!Deps || !Facts || !Notes) {
    Problems.push_back(corrupt(Path, "missing fields"));
    return std::nullopt;
  }
  for (const llvm::json::Value &D : *Deps) {
    const llvm::json::Array *Pair = D.getAsArray();
    if (!Pair || Pair->size() != 2 || !(*Pair)[0].getAsString() ||
        !(*Pair)[1].getAsString()) {
      Problems.push_back(corrupt(Path, "a malformed dependency"));
      return std::nullopt;
    }
    if (contentHash((*Pair)[0].getAsString()->str()) != *(*Pair)[1].getAsString())
      return std::nullopt; // A file it read has changed: parse again.
  }
  llvm::Expected<facts::TUFacts> F = facts::fromJsonLine(*Facts);
  if (!F) {
    Problems.push_back(corrupt(Path, F.takeError()));
    return std::nullopt;
  }
  CachedTU Out{std::move(*F), {}};
  for (const llvm::json::Value &N : *Notes) {
    const llvm::json::Object *NO = N.getAsObject();
    if (!NO || !NO->getString("id") || !NO->getString("message")) {
      Problems.push_back(corrupt(Path, "a malformed problem"));
      return std::nullopt;
    }
    Notification X;
    X.Id = NO->getString("id")->str();
    X.Message = NO->getString("message")->str();
    auto Level = NO->getString("level");
    X.Severity = report::parseLevel(Level ? Level->str() : "error")
                     .value_or(report::Level::Error);
    X.Loc = locFrom(NO->get("loc"));
    Out.Problems.push_back(std::move(X));
  }
  used(Path, /*Touch=*/true);
  return Out;
}

void TUCache::used(const std::string &Path, bool Touch) {
  {
    std::lock_guard<std::mutex> G(Lock);
    Used.insert(Path);
  }
  // The entry's time says when it was last used; a failure to say so only
  // lets a later prune take it early. futimens with no time asks for "now",
  // which write access allows: users sharing a cache refresh each other's
  // entries, where setting an explicit time would need the owner.
  int FD;
  if (!Touch || llvm::sys::fs::openFileForReadWrite(
                    Path, FD, llvm::sys::fs::CD_OpenExisting,
                    llvm::sys::fs::OF_None))
    return;
  (void)::futimens(FD, nullptr);
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
}

unsigned TUCache::prune(std::chrono::seconds MaxAge) {
  if (!enabled())
    return 0;
  std::lock_guard<std::mutex> G(Lock);
  // A huge age would overflow the clock's nanoseconds: cap it at the epoch.
  MaxAge = std::min(MaxAge, std::chrono::duration_cast<std::chrono::seconds>(
                                Started.time_since_epoch()));
  auto EntryCutoff = Started - MaxAge;
  auto TempCutoff = Started - std::chrono::hours(24);
  unsigned Removed = 0;
  std::error_code EC;
  llvm::SmallString<256> Top(Dir);
  llvm::sys::path::append(Top, "tu");
  // Only tu/<2 hex>/ and the names store() gives are bel's; no link is
  // followed, tu itself included, so pruning never reaches another tree.
  llvm::sys::fs::file_status TopSt;
  if (llvm::sys::fs::status(Top, TopSt, /*Follow=*/false) ||
      TopSt.type() != llvm::sys::fs::file_type::directory_file)
    return 0;
  for (llvm::sys::fs::directory_iterator Sub(Top, EC, false), End;
       !EC && Sub != End; Sub.increment(EC)) {
    if (Sub->type() != llvm::sys::fs::file_type::directory_file)
      continue;
    llvm::StringRef SubName = llvm::sys::path::filename(Sub->path());
    std::error_code SubEC;
    for (llvm::sys::fs::directory_iterator F(Sub->path(), SubEC, false);
         !SubEC && F != End; F.increment(SubEC)) {
      CacheFile Kind =
          cacheFileKind(SubName, llvm::sys::path::filename(F->path()));
      if (Kind == CacheFile::Foreign)
        continue;
      // A fresh status, just before the removal: the window in which
      // another run could use or rewrite the entry is the one between this
      // and the unlink, and losing that race costs a re-parse, not a result.
      llvm::ErrorOr<llvm::sys::fs::basic_file_status> St = F->status();
      if (!St || St->type() != llvm::sys::fs::file_type::regular_file)
        continue;
      auto Time = St->getLastModificationTime();
      bool Keep = Kind == CacheFile::Temp
                      ? Time >= TempCutoff
                      : Time >= EntryCutoff || Used.count(F->path());
      if (Keep || llvm::sys::fs::remove(F->path()))
        continue;
      Removed += Kind == CacheFile::Entry;
    }
  }
  return Removed;
}

void TUCache::store(const std::string &Key, const CachedTU &TU,
                    const std::vector<std::string> &Deps,
                    std::vector<Notification> &Problems) {
  if (!enabled())
    return;
  llvm::json::Array DepList;
  for (const std::string &D : Deps) {
    std::string H = contentHash(D);
    if (H.empty())
      return; // A file that cannot be read again: do not cache.
    DepList.push_back(llvm::json::Array{D, H});
  }
  llvm::json::Array Notes;
  for (const Notification &N : TU.Problems) {
    llvm::json::Object O{{"id", N.Id},
                         {"level", report::levelName(N.Severity)},
                         {"message", N.Message}};
    if (N.Loc)
      O["loc"] = locJson(*N.Loc);
    Notes.push_back(std::move(O));
  }
  llvm::json::Object Entry{{"deps", std::move(DepList)},
                           {"facts", facts::toJsonLine(TU.Facts)},
                           {"problems", std::move(Notes)}};
  std::string Path = entryPath(Key);
  llvm::SmallString<256> Parent(llvm::sys::path::parent_path(Path));
  auto Fail = [&](const std::string &What) {
    Problems.push_back(Notification{"bel-cache-error", report::Level::Warning,
                                    "cannot write this entry of the facts "
                                    "cache: " + What,
                                    where(Path)});
  };
  if (std::error_code EC = llvm::sys::fs::create_directories(Parent))
    return Fail(EC.message());
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          Parent + "/" + Key + ".tmp-%%%%%%", FD, Temp))
    return Fail(EC.message());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << llvm::json::Value(std::move(Entry)) << "\n";
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return Fail("write failed");
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return Fail(EC.message());
  }
  used(Path, /*Touch=*/false);
}

} // namespace bel::analysis
