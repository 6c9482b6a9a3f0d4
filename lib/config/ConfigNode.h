//===- ConfigNode.h - a configuration tree that remembers positions -*- C++ -*-===//
//
// The raw tree every config parser produces (YAML, JSON, the manifest, rule
// packs): each key and value keeps its file, line and column, like clangd's
// Located<T>. No yaml-cpp or nlohmann type appears here.
//
// Terms:
//   key path   the dotted path of a key from the document root ("model.lr").
//   origin     the file and position that set a value; after `extends` is
//              resolved a tree mixes origins from several files.
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_CONFIGNODE_H
#define BEL_CONFIG_CONFIGNODE_H

#include "report/Finding.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace bel::config {

using report::Location;

/// The type a scalar has under the YAML 1.2 core schema (or in JSON).
enum class ScalarType { Null, Bool, Int, Float, String };
const char *scalarTypeName(ScalarType T);

struct MapEntry;

/// One value of a configuration tree.
struct ConfigNode {
  enum Kind { Null, Scalar, Sequence, Mapping };
  Kind NodeKind = Null;
  ScalarType Type = ScalarType::Null; ///< Scalars and Null only.
  std::string Value;                  ///< Scalars: the text of the value.
  Location Loc;                       ///< Where the value starts.
  std::vector<MapEntry> Entries;      ///< Mappings, in file order.
  std::vector<ConfigNode> Items;      ///< Sequences.

  bool isMapping() const { return NodeKind == Mapping; }
  bool isSequence() const { return NodeKind == Sequence; }
  bool isScalar() const { return NodeKind == Scalar; }
  /// The entry with key \p Key, or null (the last one if set twice).
  const MapEntry *find(llvm::StringRef Key) const;
  MapEntry *find(llvm::StringRef Key);
};

struct MapEntry {
  std::string Key;
  Location KeyLoc; ///< The key's own position: where findings point.
  ConfigNode Value;
};

/// A parsed configuration file.
struct ConfigFile {
  enum Format { Yaml, Json };
  std::string Path; ///< Relative to the project root, with '/'.
  Format FileFormat = Yaml;
  ConfigNode Root;
};

/// An input error at a known position ("file:line:col: message").
class LocatedError : public llvm::ErrorInfo<LocatedError> {
public:
  static char ID;
  LocatedError(Location Loc, std::string Message)
      : Loc(std::move(Loc)), Message(std::move(Message)) {}
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;
  const Location &location() const { return Loc; }
  std::string message() const override { return Message; }

private:
  Location Loc;
  std::string Message;
};

llvm::Error makeLocatedError(const Location &Loc, const llvm::Twine &Message);

/// Parses \p Text as YAML (JSON is chosen by a .json extension of \p Path).
/// \p Path is only recorded in locations. Never throws.
llvm::Expected<ConfigFile> parseConfig(llvm::StringRef Path,
                                       llvm::StringRef Text);
llvm::Expected<ConfigFile> parseYaml(llvm::StringRef Path, llvm::StringRef Text);
llvm::Expected<ConfigFile> parseJson(llvm::StringRef Path, llvm::StringRef Text);

/// Reads and parses \p RelPath below \p Root.
llvm::Expected<ConfigFile> loadConfig(llvm::StringRef Root,
                                      llvm::StringRef RelPath);

/// The YAML 1.2 core-schema type of a plain (unquoted) scalar.
ScalarType resolvePlainScalar(llvm::StringRef Text);

} // namespace bel::config

#endif // BEL_CONFIG_CONFIGNODE_H
