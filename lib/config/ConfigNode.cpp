//===- ConfigNode.cpp - the located configuration tree --------------------===//
#include "config/ConfigNode.h"

#include "support/RootFiles.h"
#include "support/Utf8.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

namespace bel::config {

char LocatedError::ID = 0;
char UnreadableFileError::ID = 0;

void LocatedError::log(llvm::raw_ostream &OS) const {
  OS << Loc.Path;
  if (Loc.hasRegion())
    OS << ':' << Loc.Line << ':' << Loc.Column;
  OS << ": " << Message;
}

std::error_code LocatedError::convertToErrorCode() const {
  return std::make_error_code(std::errc::invalid_argument);
}

llvm::Error makeLocatedError(const Location &Loc, const llvm::Twine &Message) {
  return llvm::make_error<LocatedError>(Loc, Message.str());
}

const char *scalarTypeName(ScalarType T) {
  switch (T) {
  case ScalarType::Null:
    return "null";
  case ScalarType::Bool:
    return "bool";
  case ScalarType::Int:
    return "int";
  case ScalarType::Float:
    return "float";
  case ScalarType::String:
    return "string";
  }
  return "string";
}

const MapEntry *ConfigNode::find(llvm::StringRef Key) const {
  const MapEntry *Found = nullptr;
  for (const MapEntry &E : Entries)
    if (E.Key == Key)
      Found = &E;
  return Found;
}

MapEntry *ConfigNode::find(llvm::StringRef Key) {
  return const_cast<MapEntry *>(
      static_cast<const ConfigNode *>(this)->find(Key));
}

ScalarType resolvePlainScalar(llvm::StringRef T) {
  // YAML 1.2 core schema, section 10.3.2.
  if (T.empty() || T == "~" || T == "null" || T == "Null" || T == "NULL")
    return ScalarType::Null;
  if (T == "true" || T == "True" || T == "TRUE" || T == "false" ||
      T == "False" || T == "FALSE")
    return ScalarType::Bool;
  static const llvm::Regex Int("^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
  if (Int.match(T))
    return ScalarType::Int;
  static const llvm::Regex Float(
      "^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|"
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$");
  if (Float.match(T))
    return ScalarType::Float;
  return ScalarType::String;
}

ConfigFile::Format formatOfPath(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  auto Is = [&](std::initializer_list<llvm::StringRef> Exts) {
    return llvm::any_of(
        Exts, [&](llvm::StringRef E) { return Ext.equals_insensitive(E); });
  };
  if (Is({".json"}))
    return ConfigFile::Json;
  if (Is({".conf", ".cfg", ".properties", ".ini"}))
    return ConfigFile::KeyValue;
  if (Is({".flags", ".flagfile"}))
    return ConfigFile::Flags;
  // YAML is the default because it is also what an extension-less config
  // most often is, and a JSON document is valid YAML besides.
  return ConfigFile::Yaml;
}

llvm::Error checkText(llvm::StringRef Path, llvm::StringRef Text) {
  unsigned Line = 1, Column = 1;
  for (size_t I = 0; I < Text.size();) {
    unsigned char C = Text[I];
    size_t N = support::utf8SequenceLength(Text, I);
    Location At{Path.str(), Line, Column};
    if (C == 0)
      return makeLocatedError(At, "a NUL byte: this is a binary file, not a "
                                  "config; it was not analyzed");
    if (N == 0)
      return makeLocatedError(
          At, "invalid UTF-8 (byte 0x" + llvm::utohexstr(C, false, 2) +
                  "); configs must be UTF-8; it was not analyzed");
    if (C == '\n') {
      ++Line;
      Column = 1;
    } else {
      Column += unsigned(N);
    }
    I += N;
  }
  return llvm::Error::success();
}

llvm::Expected<ConfigFile> parseConfig(llvm::StringRef Path,
                                       llvm::StringRef Text) {
  ConfigFile::Format F = formatOfPath(Path);
  // parseYaml checks the text itself, for the manifest and rule packs too.
  if (F != ConfigFile::Yaml)
    if (llvm::Error E = checkText(Path, Text))
      return std::move(E);
  switch (F) {
  case ConfigFile::Json:
    return parseJson(Path, Text);
  case ConfigFile::KeyValue:
    return parseKeyValue(Path, Text);
  case ConfigFile::Flags:
    return parseFlags(Path, Text);
  case ConfigFile::Yaml:
    return parseYaml(Path, Text);
  }
  llvm_unreachable("every format is handled above");
}

llvm::Expected<ConfigFile> loadConfig(llvm::StringRef Root,
                                      llvm::StringRef RelPath) {
  auto Buf = support::readRootFile(Root, RelPath);
  if (!Buf)
    return llvm::make_error<UnreadableFileError>(
        Location{RelPath.str(), 1, 1}, llvm::toString(Buf.takeError()));
  return parseConfig(RelPath, (*Buf)->getBuffer());
}

} // namespace bel::config
