//===- ConfigSet.cpp - the project's configs, with `extends` resolved -----===//
#include "config/ConfigSet.h"
#include "config/Glob.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <optional>

namespace bel::config {
namespace {

void mergeInto(ConfigNode &Base, const ConfigNode &Child) {
  if (!Base.isMapping() || !Child.isMapping()) {
    Base = Child;
    return;
  }
  for (const MapEntry &E : Child.Entries) {
    if (MapEntry *Old = Base.find(E.Key)) {
      Old->KeyLoc = E.KeyLoc;
      mergeInto(Old->Value, E.Value);
    } else {
      Base.Entries.push_back(E);
    }
  }
}

class Resolver {
public:
  Resolver(llvm::StringRef Root, std::vector<report::Notification> &Problems)
      : Root(Root), Problems(Problems) {}

  /// Parses \p Path once; null when it cannot be parsed (already reported).
  const ConfigFile *parsed(const std::string &Path) {
    auto It = Parsed.find(Path);
    if (It != Parsed.end())
      return It->second ? &*It->second : nullptr;
    auto File = loadConfig(Root, Path);
    if (!File) {
      Problems.push_back(toNotification(File.takeError(),
                                        "bel-config-parse-error", Path));
      Parsed[Path] = std::nullopt;
      return nullptr;
    }
    return &*(Parsed[Path] = std::move(*File));
  }

  /// The effective tree of \p Path; \p Stack holds the chain being resolved.
  std::optional<EffectiveConfig> resolve(const std::string &Path,
                                         std::vector<std::string> &Stack) {
    const ConfigFile *File = parsed(Path);
    if (!File)
      return std::nullopt;
    EffectiveConfig Out;
    Out.Path = Path;
    Out.Root.NodeKind = ConfigNode::Mapping;
    Out.Root.Loc = File->Root.Loc;
    ConfigNode Own = File->Root;
    if (const MapEntry *Ext = Own.isMapping() ? Own.find(ExtendsKey) : nullptr) {
      Stack.push_back(Path);
      for (const ConfigNode *BaseRef : baseRefs(Ext->Value)) {
        std::optional<std::string> BasePath = basePath(Path, *BaseRef);
        if (!BasePath)
          continue;
        if (std::find(Stack.begin(), Stack.end(), *BasePath) != Stack.end()) {
          std::string Chain;
          for (const std::string &S : Stack)
            Chain += S + " -> ";
          report(*BaseRef, "'extends' cycle: " + Chain + *BasePath);
          continue;
        }
        if (!llvm::sys::fs::exists(joined(*BasePath))) {
          report(*BaseRef, "base config '" + *BasePath + "' does not exist");
          continue;
        }
        Extended.push_back(*BasePath);
        std::optional<EffectiveConfig> Base = resolve(*BasePath, Stack);
        if (!Base)
          continue;
        mergeInto(Out.Root, Base->Root);
        Out.Bases.push_back(*BasePath);
        for (const std::string &B : Base->Bases)
          Out.Bases.push_back(B);
      }
      Stack.pop_back();
      Own.Entries.erase(std::remove_if(Own.Entries.begin(), Own.Entries.end(),
                                       [](const MapEntry &E) {
                                         return E.Key == ExtendsKey;
                                       }),
                        Own.Entries.end());
    }
    mergeInto(Out.Root, Own);
    return Out;
  }

  std::vector<std::string> Extended;

private:
  std::string joined(llvm::StringRef Rel) const {
    llvm::SmallString<256> Full(Root);
    llvm::sys::path::append(Full, Rel);
    return std::string(Full.str());
  }

  /// The nodes that name bases; anything but a path or a list of them is
  /// passed on as is, so basePath() reports it.
  static std::vector<const ConfigNode *> baseRefs(const ConfigNode &V) {
    std::vector<const ConfigNode *> Refs;
    if (!V.isSequence())
      Refs.push_back(&V);
    for (const ConfigNode &Item : V.Items)
      Refs.push_back(&Item);
    return Refs;
  }

  std::optional<std::string> basePath(const std::string &From,
                                      const ConfigNode &Ref) {
    if (!Ref.isScalar() || Ref.Value.empty()) {
      report(Ref, "'extends' takes a path or a list of paths");
      return std::nullopt;
    }
    if (llvm::sys::path::is_absolute(Ref.Value)) {
      report(Ref, "base config '" + Ref.Value +
                      "' is an absolute path; name it relative to this file");
      return std::nullopt;
    }
    llvm::SmallString<256> P(llvm::sys::path::parent_path(From));
    llvm::sys::path::append(P, Ref.Value);
    std::string Norm = normalizePath(P);
    if (Norm == ".." || llvm::StringRef(Norm).startswith("../")) {
      report(Ref, "base config '" + Ref.Value +
                      "' is outside the project root; it was not read");
      return std::nullopt;
    }
    return Norm;
  }

  void report(const ConfigNode &At, const std::string &Message) {
    Problems.push_back(report::Notification{
        "bel-config-extends-error", report::Level::Error, Message, At.Loc});
  }

  llvm::StringRef Root;
  std::vector<report::Notification> &Problems;
  std::map<std::string, std::optional<ConfigFile>> Parsed;
};

} // namespace

const EffectiveConfig *ConfigSet::find(llvm::StringRef Path) const {
  for (const EffectiveConfig &C : Configs)
    if (C.Path == Path)
      return &C;
  return nullptr;
}

bool ConfigSet::isExtended(llvm::StringRef Path) const {
  return std::find(ExtendedPaths.begin(), ExtendedPaths.end(), Path) !=
         ExtendedPaths.end();
}

ConfigSet loadConfigSet(llvm::StringRef Root,
                        const std::vector<std::string> &RelPaths,
                        std::vector<report::Notification> &Problems) {
  ConfigSet Set;
  Resolver R(Root, Problems);
  std::vector<std::string> Sorted = RelPaths;
  std::sort(Sorted.begin(), Sorted.end());
  Sorted.erase(std::unique(Sorted.begin(), Sorted.end()), Sorted.end());
  for (const std::string &Path : Sorted) {
    std::vector<std::string> Stack;
    if (auto C = R.resolve(Path, Stack))
      Set.Configs.push_back(std::move(*C));
  }
  Set.ExtendedPaths = R.Extended;
  std::sort(Set.ExtendedPaths.begin(), Set.ExtendedPaths.end());
  Set.ExtendedPaths.erase(
      std::unique(Set.ExtendedPaths.begin(), Set.ExtendedPaths.end()),
      Set.ExtendedPaths.end());
  // A cycle is found once per config on it; report each position once.
  report::sortAndDeduplicate(Problems);
  return Set;
}

report::Notification toNotification(llvm::Error Err, const std::string &Id,
                                    const std::string &FallbackPath) {
  report::Notification N;
  N.Id = Id;
  N.Severity = report::Level::Error;
  llvm::handleAllErrors(
      std::move(Err),
      [&](const LocatedError &E) {
        N.Message = E.message();
        N.Loc = E.location();
      },
      [&](const llvm::ErrorInfoBase &E) {
        N.Message = E.message();
        N.Loc = report::Location{FallbackPath};
      });
  return N;
}

} // namespace bel::config
