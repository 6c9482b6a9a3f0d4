//===- ConfigSet.cpp - the project's configs, with `extends` resolved -----===//
#include "config/ConfigSet.h"

#include "config/Glob.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <optional>

namespace bel::config {
namespace {

/// Merges \p Child over \p Base. With \p Overrides, a child value equal to
/// the base value it replaces is recorded there.
void mergeInto(ConfigNode &Base, const ConfigNode &Child,
               std::vector<std::string> &Path,
               std::vector<RedundantOverride> *Overrides) {
  if (!Base.isMapping() || !Child.isMapping()) {
    Base = Child;
    return;
  }
  for (const MapEntry &E : Child.Entries) {
    MapEntry *Old = Base.find(E.Key);
    if (!Old) {
      Base.Entries.push_back(E);
      continue;
    }
    Path.push_back(E.Key);
    if (Overrides && !(Old->Value.isMapping() && E.Value.isMapping()) &&
        Old->KeyLoc.Path != E.KeyLoc.Path && sameValue(Old->Value, E.Value))
      Overrides->push_back({Path, E.KeyLoc, Old->KeyLoc});
    Old->KeyLoc = E.KeyLoc;
    mergeInto(Old->Value, E.Value, Path, Overrides);
    Path.pop_back();
  }
}

void mergeInto(ConfigNode &Base, const ConfigNode &Child,
               std::vector<RedundantOverride> *Overrides = nullptr) {
  std::vector<std::string> Path;
  mergeInto(Base, Child, Path, Overrides);
}

std::optional<double> numberOf(const ConfigNode &N) {
  if (N.Type != ScalarType::Int && N.Type != ScalarType::Float)
    return std::nullopt;
  double D;
  if (llvm::StringRef(N.Value).getAsDouble(D))
    return std::nullopt;
  return D;
}

class Resolver {
public:
  Resolver(llvm::StringRef Root, std::vector<report::Notification> &Problems)
      : Root(Root), Problems(Problems) {}

  /// Parses \p Path once; null when it cannot be parsed (already reported).
  /// A base that bel will not read is reported at \p Ref, the `extends`
  /// value naming it.
  const ConfigFile *parsed(const std::string &Path, const ConfigNode *Ref) {
    auto It = Parsed.find(Path);
    if (It != Parsed.end())
      return It->second ? &*It->second : nullptr;
    auto File = loadConfig(Root, Path);
    if (!File) {
      // A file bel would not read is skipped, not broken: a warning at the
      // file, or an error at the `extends` that names it.
      llvm::Error Rest = llvm::handleErrors(
          File.takeError(), [&](const UnreadableFileError &E) {
            if (Ref)
              return report(*Ref, "base config '" + Path + "' is " + E.reason());
            Problems.push_back(report::Notification{
                "bel-skipped-file", report::Level::Warning, E.message(),
                E.location()});
          });
      if (Rest)
        Problems.push_back(
            toNotification(std::move(Rest), "bel-config-parse-error", Path));
      Parsed[Path] = std::nullopt;
      return nullptr;
    }
    warnUnlessMapping(*File);
    return &*(Parsed[Path] = std::move(*File));
  }

  /// The effective tree of \p Path; \p Stack holds the chain being resolved.
  std::optional<EffectiveConfig> resolve(const std::string &Path,
                                         std::vector<std::string> &Stack,
                                         const ConfigNode *Ref = nullptr) {
    const ConfigFile *File = parsed(Path, Ref);
    if (!File)
      return std::nullopt;
    EffectiveConfig Out;
    Out.Path = Path;
    Out.Format = File->FileFormat;
    Out.Root.NodeKind = ConfigNode::Mapping;
    Out.Root.Loc = File->Root.Loc;
    std::vector<const MapEntry *> BaseLists;
    for (const MapEntry &E : File->Root.Entries)
      if (isBaseKey(E.Key))
        BaseLists.push_back(&E);
    if (BaseLists.empty()) {
      Out.Root = File->Root; // Most configs extend nothing: one copy.
      return Out;
    }
    ConfigNode Own = File->Root;
    Stack.push_back(Path);
    for (const MapEntry *Ext : BaseLists)
      for (const ConfigNode *BaseRef : baseRefs(*Ext))
        inherit(Path, *BaseRef, Stack, Out);
    Stack.pop_back();
    Own.Entries.erase(std::remove_if(Own.Entries.begin(), Own.Entries.end(),
                                     [](const MapEntry &E) {
                                       return isBaseKey(E.Key);
                                     }),
                      Own.Entries.end());
    mergeInto(Out.Root, Own, &Out.Overrides);
    return Out;
  }

  std::vector<std::string> Extended;

  /// Merges the base \p BaseRef names into \p Out, reporting a base that
  /// escapes the root, does not exist or closes a cycle.
  void inherit(const std::string &Path, const ConfigNode &BaseRef,
               std::vector<std::string> &Stack, EffectiveConfig &Out) {
    std::optional<std::string> BasePath = basePath(Path, BaseRef);
    if (!BasePath)
      return;
    if (std::find(Stack.begin(), Stack.end(), *BasePath) != Stack.end()) {
      std::string Chain;
      for (const std::string &S : Stack)
        Chain += S + " -> ";
      return report(BaseRef, "'extends' cycle: " + Chain + *BasePath);
    }
    if (!llvm::sys::fs::exists(joined(*BasePath)) &&
        !llvm::sys::fs::is_symlink_file(joined(*BasePath)))
      return report(BaseRef, "base config '" + *BasePath + "' does not exist");
    Extended.push_back(*BasePath);
    std::optional<EffectiveConfig> Base = resolve(*BasePath, Stack, &BaseRef);
    if (!Base)
      return;
    mergeInto(Out.Root, Base->Root);
    Out.Bases.push_back(*BasePath);
    for (const std::string &B : Base->Bases)
      Out.Bases.push_back(B);
  }

  /// Every file parsed, sorted by path; the resolver is done with them.
  std::vector<ConfigFile> takeFiles() {
    std::vector<ConfigFile> Out;
    for (auto &[Path, File] : Parsed)
      if (File)
        Out.push_back(std::move(*File));
    Parsed.clear();
    return Out;
  }

private:
  std::string joined(llvm::StringRef Rel) const {
    llvm::SmallString<256> Full(Root);
    llvm::sys::path::append(Full, Rel);
    return std::string(Full.str());
  }

  /// The nodes that name bases; anything but a path or a list of them is
  /// passed on as is, so basePath() reports it. A Hydra defaults list also
  /// holds group selections (`- model: resnet`) and `_self_`, which name no
  /// file bel can resolve: they are skipped.
  static std::vector<const ConfigNode *> baseRefs(const MapEntry &E) {
    const ConfigNode &V = E.Value;
    std::vector<const ConfigNode *> Refs;
    if (!V.isSequence())
      Refs.push_back(&V);
    for (const ConfigNode &Item : V.Items) {
      if (E.Key == "defaults" && (Item.isMapping() || Item.Value == "_self_"))
        continue;
      Refs.push_back(&Item);
    }
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
    if (!llvm::sys::path::has_extension(Ref.Value))
      P += llvm::sys::path::extension(From);
    std::string Norm = normalizePath(P);
    if (Norm == ".." || llvm::StringRef(Norm).startswith("../")) {
      report(Ref, "base config '" + Ref.Value +
                      "' is outside the project root; it was not read");
      return std::nullopt;
    }
    return Norm;
  }

  /// The config rules look up keys; a top-level list or value holds none,
  /// so the user hears that the file was read but not checked.
  void warnUnlessMapping(const ConfigFile &File) {
    const ConfigNode &Top = File.Root;
    if (Top.isMapping() || Top.NodeKind == ConfigNode::Null)
      return;
    Problems.push_back(report::Notification{
        "bel-config-not-mapping", report::Level::Warning,
        std::string("config's top level is ") +
            (Top.isSequence() ? "a list" : "a single value") +
            ", not a mapping of settings; no key in it was checked",
        Top.Loc});
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

bool isBaseKey(llvm::StringRef Key) {
  return Key == "extends" || Key == "base" || Key == "defaults";
}

bool sameValue(const ConfigNode &A, const ConfigNode &B) {
  if (A.NodeKind != B.NodeKind)
    return false;
  switch (A.NodeKind) {
  case ConfigNode::Null:
    return true;
  case ConfigNode::Scalar: {
    std::optional<double> NA = numberOf(A), NB = numberOf(B);
    if (NA && NB)
      return *NA == *NB;
    if (A.Type == ScalarType::Bool && B.Type == ScalarType::Bool)
      return llvm::StringRef(A.Value).equals_insensitive(B.Value);
    return A.Type == B.Type && A.Value == B.Value;
  }
  case ConfigNode::Sequence:
    if (A.Items.size() != B.Items.size())
      return false;
    for (size_t I = 0; I < A.Items.size(); ++I)
      if (!sameValue(A.Items[I], B.Items[I]))
        return false;
    return true;
  case ConfigNode::Mapping:
    if (A.Entries.size() != B.Entries.size())
      return false;
    for (const MapEntry &E : A.Entries) {
      const MapEntry *F = B.find(E.Key);
      if (!F || !sameValue(E.Value, F->Value))
        return false;
    }
    return true;
  }
  return false;
}

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
  Set.Files = R.takeFiles();
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
