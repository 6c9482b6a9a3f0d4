//===- ConfigKeyValue.cpp - key = value and gflags files into the tree ----===//
//
// Two line-oriented formats that C++ trainers read without a YAML or JSON
// library: `key = value` files (.conf, .cfg, .properties, .ini) and gflags
// flag files (.flags, .flagfile). ConfigNode.h gives their grammar. Both are
// parsed by hand because bel needs each key's and value's own column, which
// no library reports.
//===----------------------------------------------------------------------===//
#include "config/ConfigNode.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace bel::config {
namespace {

constexpr llvm::StringLiteral Blank = " \t";

/// One line of a file without its line break. Offsets into it become 1-based
/// code-point columns (SARIF's columnKind), as in YAML and JSON.
struct SourceLine {
  llvm::StringRef Path;
  unsigned Number;
  llvm::StringRef Text;

  Location at(size_t Offset) const {
    Location L;
    L.Path = Path.str();
    L.Line = Number;
    L.Column = 1 + codePoints(Text.take_front(Offset));
    return L;
  }

  /// The region [Begin, End) of this line.
  Location span(size_t Begin, size_t End) const {
    Location L = at(Begin);
    L.EndLine = Number;
    L.EndColumn = L.Column + codePoints(Text.slice(Begin, End));
    return L;
  }

  llvm::Error error(size_t Offset, const llvm::Twine &Message) const {
    return makeLocatedError(at(Offset), Message);
  }

  static unsigned codePoints(llvm::StringRef S) {
    unsigned N = 0;
    for (unsigned char C : S)
      N += (C & 0xC0) != 0x80;
    return N;
  }
};

/// Calls \p Each on every line of \p Text, stopping at the first error.
template <typename Fn>
llvm::Error forEachLine(llvm::StringRef Path, llvm::StringRef Text, Fn Each) {
  // A byte-order mark is no part of the first key, and editors give it no
  // column.
  Text.consume_front("\xEF\xBB\xBF");
  unsigned Number = 0;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Line.consume_back("\r"); // Files written on Windows.
    if (llvm::Error Err = Each(SourceLine{Path, ++Number, Line}))
      return Err;
    Text = Rest;
  }
  return llvm::Error::success();
}

/// The offset of the trailing comment of \p Text, or its size: a `#` that
/// follows a blank, so that `url = http://host/#top` keeps its value.
size_t commentStart(llvm::StringRef Text, size_t From) {
  for (size_t I = std::max<size_t>(From, 1); I < Text.size(); ++I)
    if (Text[I] == '#' && (Text[I - 1] == ' ' || Text[I - 1] == '\t'))
      return I;
  return Text.size();
}

ConfigNode mappingNode(Location Loc) {
  ConfigNode N;
  N.NodeKind = ConfigNode::Mapping;
  N.Loc = std::move(Loc);
  return N;
}

/// One part of a dotted key and where it is written.
struct Segment {
  std::string Name;
  Location Loc;
};

/// Appends the parts of the dotted key in \p L.Text[Begin, End) to \p Out.
llvm::Error splitKey(const SourceLine &L, size_t Begin, size_t End,
                     std::vector<Segment> &Out) {
  size_t Start = Begin;
  for (size_t I = Begin; I <= End; ++I) {
    if (I < End && L.Text[I] != '.')
      continue;
    llvm::StringRef Part = L.Text.slice(Start, I);
    size_t First = Start + (Part.size() - Part.ltrim(Blank).size());
    Part = Part.trim(Blank);
    if (Part.empty())
      return L.error(Start,
                     "empty part in key '" + L.Text.slice(Begin, End) + "'");
    Out.push_back({Part.str(), L.span(First, First + Part.size())});
    Start = I + 1;
  }
  return llvm::Error::success();
}

/// The mapping that \p Path names below \p Root, made where missing. A part
/// whose latest entry is not a mapping gets a new entry: `a = 1` and then
/// `a.b = 2` set `a` twice, which bel reports, instead of one value
/// silently replacing the other.
ConfigNode &mappingAt(ConfigNode &Root, llvm::ArrayRef<Segment> Path) {
  ConfigNode *Map = &Root;
  for (const Segment &S : Path) {
    MapEntry *E = Map->find(S.Name);
    if (!E || !E->Value.isMapping()) {
      Location Start = S.Loc;
      Start.EndLine = Start.EndColumn = 0;
      Map->Entries.push_back({S.Name, S.Loc, mappingNode(Start)});
      E = &Map->Entries.back();
    }
    Map = &E->Value;
  }
  return *Map;
}

/// A "double-quoted" or 'single-quoted' value opening at \p Open.
llvm::Error parseQuoted(const SourceLine &L, size_t Open, ConfigNode &Out) {
  llvm::StringRef T = L.Text;
  char Quote = T[Open];
  std::string Value;
  size_t I = Open + 1;
  for (; I < T.size() && T[I] != Quote; ++I) {
    char C = T[I];
    if (C == '\\' && Quote == '"' && I + 1 < T.size()) {
      static const char From[] = "nrt\\\"", To[] = "\n\r\t\\\"";
      C = T[++I];
      if (const char *P = strchr(From, C))
        C = To[P - From];
      else // Not an escape: keep the backslash, as a Windows path needs.
        Value += '\\';
    }
    Value += C;
  }
  if (I == T.size())
    return L.error(Open, "unterminated quoted value");
  size_t After = T.find_first_not_of(Blank, I + 1);
  if (After != llvm::StringRef::npos && commentStart(T, I + 1) != After)
    return L.error(After, "unexpected text after the quoted value");
  Out.NodeKind = ConfigNode::Scalar;
  Out.Type = ScalarType::String;
  Out.Value = std::move(Value);
  Out.Loc = L.at(Open);
  return llvm::Error::success();
}

class KeyValueParser {
public:
  explicit KeyValueParser(ConfigNode &Root) : Root(Root) {}

  llvm::Error line(const SourceLine &L) {
    llvm::StringRef T = L.Text;
    size_t Start = T.find_first_not_of(Blank);
    if (Start == llvm::StringRef::npos || T[Start] == '#' || T[Start] == ';')
      return llvm::Error::success();
    if (T[Start] == '[')
      return section(L, Start);
    size_t CommentAt = commentStart(T, Start);
    size_t Eq = T.find('=', Start);
    if (Eq >= CommentAt)
      return L.error(Start, "expected 'key = value', but the line has no '='");
    size_t KeyEnd = Start + T.slice(Start, Eq).rtrim(Blank).size();
    if (KeyEnd == Start)
      return L.error(Eq, "missing key before '='");
    std::vector<Segment> Key = Section;
    if (llvm::Error Err = splitKey(L, Start, KeyEnd, Key))
      return Err;
    MapEntry E;
    E.Key = Key.back().Name;
    E.KeyLoc = Key.back().Loc;
    if (llvm::Error Err = value(L, Eq + 1, CommentAt, E))
      return Err;
    Key.pop_back();
    mappingAt(Root, Key).Entries.push_back(std::move(E));
    return llvm::Error::success();
  }

private:
  ConfigNode &Root;
  std::vector<Segment> Section; ///< The current `[section]`, split at dots.

  llvm::Error section(const SourceLine &L, size_t Open) {
    llvm::StringRef T = L.Text;
    llvm::StringRef Header = T.slice(Open, commentStart(T, Open)).rtrim(Blank);
    if (!Header.endswith("]"))
      return L.error(Open, "section header has no closing ']'");
    size_t Close = Open + Header.size() - 1;
    size_t Begin = T.find_first_not_of(Blank, Open + 1);
    if (Begin >= Close)
      return L.error(Open, "empty section name");
    size_t End = Open + 1 + T.slice(Open + 1, Close).rtrim(Blank).size();
    Section.clear();
    if (llvm::Error Err = splitKey(L, Begin, End, Section))
      return Err;
    // Made now, so that an empty section is still seen as set.
    mappingAt(Root, Section);
    return llvm::Error::success();
  }

  /// The value after the `=` at \p From - 1, up to \p CommentAt.
  llvm::Error value(const SourceLine &L, size_t From, size_t CommentAt,
                    MapEntry &E) {
    llvm::StringRef T = L.Text;
    size_t Start = T.find_first_not_of(Blank, From);
    if (Start >= CommentAt) {
      E.Value.NodeKind = ConfigNode::Null;
      E.Value.Loc = E.KeyLoc; // As in YAML: an empty value has no position.
      return llvm::Error::success();
    }
    if (T[Start] == '"' || T[Start] == '\'')
      return parseQuoted(L, Start, E.Value);
    E.Value.Value = T.slice(Start, CommentAt).rtrim(Blank).str();
    E.Value.Type = resolvePlainScalar(E.Value.Value);
    E.Value.NodeKind = E.Value.Type == ScalarType::Null ? ConfigNode::Null
                                                        : ConfigNode::Scalar;
    E.Value.Loc = L.at(Start);
    return llvm::Error::success();
  }
};

/// One line of a flag file; see parseFlags in ConfigNode.h.
llvm::Error flagLine(const SourceLine &L, ConfigNode &Root) {
  llvm::StringRef T = L.Text;
  // gflags skips leading white space, and so blank lines, before it looks
  // at the first character.
  size_t Start = T.find_first_not_of(" \t\v\f");
  if (Start == llvm::StringRef::npos || T[Start] == '#')
    return llvm::Error::success();
  if (T[Start] != '-')
    return L.error(Start, "expected a flag such as '--name=value' (gflags "
                          "program-name lines are not supported)");
  size_t NameBegin = T.substr(Start).startswith("--") ? Start + 2 : Start + 1;
  size_t End = T.rtrim(" \t\v\f").size();
  size_t Eq = std::min(T.find('=', NameBegin), End);
  llvm::StringRef Name = T.slice(NameBegin, Eq);
  if (Name.empty())
    return L.error(NameBegin, "missing flag name");
  size_t Space = Name.find_first_of(Blank);
  if (Space != llvm::StringRef::npos)
    return L.error(NameBegin + Space,
                   "blank in flag name '" + Name +
                       "' (a flag file holds one '--name=value' a line)");
  MapEntry E;
  E.Key = Name.str();
  E.KeyLoc = L.span(NameBegin, Eq);
  ConfigNode &V = E.Value;
  V.NodeKind = ConfigNode::Scalar;
  if (Eq < End) { // `=` is no blank, so it is never past End.
    V.Value = T.slice(Eq + 1, End).str();
    V.Type = resolvePlainScalar(V.Value);
    if (V.Type == ScalarType::Null) // gflags has no null: "" is a string.
      V.Type = ScalarType::String;
    V.Loc = L.at(Eq + 1);
  } else {
    // A bare `--name` sets a bool flag; `--noname` clears it.
    bool Negated = Name.size() > 2 && Name.startswith("no");
    if (Negated)
      E.Key = Name.drop_front(2).str();
    V.Type = ScalarType::Bool;
    V.Value = Negated ? "false" : "true";
    V.Loc = E.KeyLoc;
  }
  Root.Entries.push_back(std::move(E));
  return llvm::Error::success();
}

} // namespace

llvm::Expected<ConfigFile> parseKeyValue(llvm::StringRef Path,
                                         llvm::StringRef Text) {
  ConfigFile File;
  File.Path = Path.str();
  File.FileFormat = ConfigFile::KeyValue;
  File.Root = mappingNode(Location{Path.str(), 1, 1});
  KeyValueParser P(File.Root);
  if (llvm::Error Err = forEachLine(
          Path, Text, [&](const SourceLine &L) { return P.line(L); }))
    return std::move(Err);
  return File;
}

llvm::Expected<ConfigFile> parseFlags(llvm::StringRef Path,
                                      llvm::StringRef Text) {
  ConfigFile File;
  File.Path = Path.str();
  File.FileFormat = ConfigFile::Flags;
  File.Root = mappingNode(Location{Path.str(), 1, 1});
  if (llvm::Error Err = forEachLine(Path, Text, [&](const SourceLine &L) {
        return flagLine(L, File.Root);
      }))
    return std::move(Err);
  return File;
}

} // namespace bel::config
