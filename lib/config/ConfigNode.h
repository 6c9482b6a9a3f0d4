//===- ConfigNode.h - a configuration tree that remembers positions -*- C++ -*-===//
//
// The raw tree every config parser produces (YAML, JSON, `key = value`
// files, gflags flag files, the manifest, rule packs): each key and value
// keeps its file, line and column, like clangd's Located<T>. No yaml-cpp or
// nlohmann type appears here.
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
  enum Format { Yaml, Json, KeyValue, Flags };
  std::string Path; ///< Relative to the project root, with '/'.
  Format FileFormat = Yaml;
  /// The tree: for YAML the first document, the one `YAML::LoadFile` returns.
  ConfigNode Root;
  /// YAML only: the documents after the first (`---`), positions intact.
  /// yaml-cpp's LoadFile never reads them, so nothing merges them into Root.
  std::vector<ConfigNode> ExtraDocuments;
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

/// Fails at the first NUL byte or invalid UTF-8 sequence of \p Text: every
/// config format bel reads is UTF-8 text, and a binary file named *.yaml is
/// better reported as such than as a parse error at a random byte.
llvm::Error checkText(llvm::StringRef Path, llvm::StringRef Text);

/// A file bel would not or could not read (see RootFiles.h), located at its
/// first line so that every report points into a file.
class UnreadableFileError
    : public llvm::ErrorInfo<UnreadableFileError, LocatedError> {
public:
  static char ID;
  /// \p Reason completes "the file is ...", as readRootFile words it.
  UnreadableFileError(Location Loc, std::string Reason)
      : ErrorInfo(std::move(Loc), "config is " + Reason),
        Reason(std::move(Reason)) {}
  const std::string &reason() const { return Reason; }

private:
  std::string Reason;
};

/// The format of \p Path, by its extension (case-insensitive):
///   .json                                  Json
///   .conf .cfg .properties .ini            KeyValue
///   .flags .flagfile                       Flags
///   anything else (.yaml, .yml, none, ...) Yaml
ConfigFile::Format formatOfPath(llvm::StringRef Path);

/// Parses \p Text in the format formatOfPath(\p Path) names. \p Path is
/// otherwise only recorded in locations. Never throws.
llvm::Expected<ConfigFile> parseConfig(llvm::StringRef Path,
                                       llvm::StringRef Text);

/// YAML through yaml-cpp: anchors, aliases, merge keys (`<<`) and several
/// documents (see ConfigFile::ExtraDocuments).
llvm::Expected<ConfigFile> parseYaml(llvm::StringRef Path,
                                     llvm::StringRef Text);

/// JSON (RFC 8259).
llvm::Expected<ConfigFile> parseJson(llvm::StringRef Path,
                                     llvm::StringRef Text);

/// A `key = value` file, as many C++ trainers read them. One dialect serves
/// every KeyValue extension, one setting a line:
/// - blank lines, and lines whose first non-blank character is `#` or `;`,
///   are comments; ` # text` (a `#` after a space or tab) ends a line, so
///   `url = http://host/#top` keeps its value;
/// - `[section]` makes the following keys `section.key` (until the next
///   header; a dotted section nests too);
/// - the first `=` separates key and value, both trimmed, so a value may
///   hold `=`; a line without `=` is an error;
/// - a dotted key `a.b.c` nests mappings, as code that reads `a.b.c` sees
///   them; a key set twice stays twice (bel reports duplicates itself);
/// - a plain value is typed by the YAML core schema (resolvePlainScalar), an
///   empty one is null; a double-quoted value (escapes `\\ \" \n \t \r`)
///   or a single-quoted one (no escapes) is a string.
/// Java's `key: value`, `!` comments and `\` line continuations are not
/// supported. The root is always a mapping.
llvm::Expected<ConfigFile> parseKeyValue(llvm::StringRef Path,
                                         llvm::StringRef Text);

/// A gflags flag file (`--flagfile=`). One flag a line, with gflags'
/// meanings: `--name=value` or `-name=value` (the value is the rest of the
/// line less trailing blanks: no quotes or trailing comments, as in gflags);
/// `--name` is true and `--noname` false. `#` lines and blank lines are
/// comments. Keys are flat (a dotted name stays one key); each key is placed
/// at the name after the dashes, each value at its first character. Values
/// are typed by the core schema, except that flags have no null: an empty
/// value or `null` is a string.
/// Limitation: without the flag definitions, a bare `--noname` always means
/// `name=false`, so a bool flag really called `normalize` reads as
/// `rmalize=false`. gflags' program-name lines (lines not starting with `-`)
/// are errors.
llvm::Expected<ConfigFile> parseFlags(llvm::StringRef Path,
                                      llvm::StringRef Text);

/// Reads and parses \p RelPath below \p Root.
llvm::Expected<ConfigFile> loadConfig(llvm::StringRef Root,
                                      llvm::StringRef RelPath);

/// The YAML 1.2 core-schema type of a plain (unquoted) scalar.
ScalarType resolvePlainScalar(llvm::StringRef Text);

} // namespace bel::config

#endif // BEL_CONFIG_CONFIGNODE_H
