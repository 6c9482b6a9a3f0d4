//===- ConfigJson.cpp - JSON into the located tree ------------------------===//
//
// A small recursive-descent parser (RFC 8259) of bel's own: nlohmann::json
// reports no positions, and bel points findings at a JSON key's own line and
// column. Errors name the position of the offending character.
//===----------------------------------------------------------------------===//
#include "config/ConfigNode.h"

#include "llvm/Support/ConvertUTF.h"

namespace bel::config {
namespace {

constexpr unsigned MaxDepth = 256;

class JsonParser {
public:
  JsonParser(llvm::StringRef Path, llvm::StringRef Text)
      : Path(Path), Text(Text) {}

  llvm::Error parseDocument(ConfigNode &Out) {
    skipSpace();
    if (auto Err = parseValue(Out, 0))
      return Err;
    skipSpace();
    if (Pos != Text.size())
      return error("unexpected text after the JSON value");
    return llvm::Error::success();
  }

private:
  llvm::StringRef Path, Text;
  size_t Pos = 0;
  unsigned Line = 1, Column = 1;

  Location here() const {
    Location L;
    L.Path = Path.str();
    L.Line = Line;
    L.Column = Column;
    return L;
  }

  llvm::Error error(const llvm::Twine &Message) const {
    return makeLocatedError(here(), "invalid JSON: " + Message);
  }

  bool atEnd() const { return Pos >= Text.size(); }
  char peek() const { return atEnd() ? '\0' : Text[Pos]; }

  void advance() {
    unsigned char C = static_cast<unsigned char>(Text[Pos++]);
    if (C == '\n') {
      ++Line;
      Column = 1;
    } else if ((C & 0xC0) != 0x80) {
      ++Column; // Count code points, not bytes (SARIF's columnKind).
    }
  }

  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' ||
                        peek() == '\r'))
      advance();
  }

  llvm::Error expect(char C) {
    if (peek() != C)
      return error(llvm::Twine("expected '") + llvm::Twine(C) + "'");
    advance();
    return llvm::Error::success();
  }

  llvm::Error parseValue(ConfigNode &Out, unsigned Depth) {
    if (Depth > MaxDepth)
      return error("nesting deeper than " + llvm::Twine(MaxDepth) + " levels");
    Out.Loc = here();
    char C = peek();
    if (C == '{')
      return parseObject(Out, Depth);
    if (C == '[')
      return parseArray(Out, Depth);
    if (C == '"') {
      Out.NodeKind = ConfigNode::Scalar;
      Out.Type = ScalarType::String;
      return parseString(Out.Value);
    }
    if (C == '-' || (C >= '0' && C <= '9'))
      return parseNumber(Out);
    for (auto [Word, Type] : {std::pair{"true", ScalarType::Bool},
                              std::pair{"false", ScalarType::Bool},
                              std::pair{"null", ScalarType::Null}}) {
      if (Text.substr(Pos).startswith(Word)) {
        Out.NodeKind =
            Type == ScalarType::Null ? ConfigNode::Null : ConfigNode::Scalar;
        Out.Type = Type;
        Out.Value = Word;
        for (size_t I = 0, E = strlen(Word); I < E; ++I)
          advance();
        return llvm::Error::success();
      }
    }
    if (atEnd())
      return error("unexpected end of file");
    return error("unexpected character");
  }

  llvm::Error parseObject(ConfigNode &Out, unsigned Depth) {
    Out.NodeKind = ConfigNode::Mapping;
    advance(); // '{'
    skipSpace();
    if (peek() == '}') {
      advance();
      return llvm::Error::success();
    }
    while (true) {
      skipSpace();
      if (peek() != '"')
        return error("expected a string key");
      MapEntry E;
      E.KeyLoc = here();
      if (auto Err = parseString(E.Key))
        return Err;
      E.KeyLoc.EndLine = Line;
      E.KeyLoc.EndColumn = Column;
      skipSpace();
      if (auto Err = expect(':'))
        return Err;
      skipSpace();
      if (auto Err = parseValue(E.Value, Depth + 1))
        return Err;
      Out.Entries.push_back(std::move(E));
      skipSpace();
      if (peek() == ',') {
        advance();
        continue;
      }
      return expect('}');
    }
  }

  llvm::Error parseArray(ConfigNode &Out, unsigned Depth) {
    Out.NodeKind = ConfigNode::Sequence;
    advance(); // '['
    skipSpace();
    if (peek() == ']') {
      advance();
      return llvm::Error::success();
    }
    while (true) {
      skipSpace();
      Out.Items.emplace_back();
      if (auto Err = parseValue(Out.Items.back(), Depth + 1))
        return Err;
      skipSpace();
      if (peek() == ',') {
        advance();
        continue;
      }
      return expect(']');
    }
  }

  llvm::Error parseNumber(ConfigNode &Out) {
    size_t Start = Pos;
    bool IsFloat = false;
    if (peek() == '-')
      advance();
    if (!(peek() >= '0' && peek() <= '9'))
      return error("expected a digit");
    bool LeadingZero = peek() == '0';
    advance();
    if (LeadingZero && peek() >= '0' && peek() <= '9')
      return error("a number may not have leading zeros");
    while (peek() >= '0' && peek() <= '9')
      advance();
    if (peek() == '.') {
      IsFloat = true;
      advance();
      if (!(peek() >= '0' && peek() <= '9'))
        return error("expected a digit after '.'");
      while (peek() >= '0' && peek() <= '9')
        advance();
    }
    if (peek() == 'e' || peek() == 'E') {
      IsFloat = true;
      advance();
      if (peek() == '+' || peek() == '-')
        advance();
      if (!(peek() >= '0' && peek() <= '9'))
        return error("expected a digit in the exponent");
      while (peek() >= '0' && peek() <= '9')
        advance();
    }
    Out.NodeKind = ConfigNode::Scalar;
    Out.Type = IsFloat ? ScalarType::Float : ScalarType::Int;
    Out.Value = Text.slice(Start, Pos).str();
    return llvm::Error::success();
  }

  llvm::Error parseHex4(unsigned &Code) {
    Code = 0;
    for (int I = 0; I < 4; ++I) {
      char C = peek();
      unsigned D;
      if (C >= '0' && C <= '9')
        D = C - '0';
      else if (C >= 'a' && C <= 'f')
        D = C - 'a' + 10;
      else if (C >= 'A' && C <= 'F')
        D = C - 'A' + 10;
      else
        return error("expected four hex digits after '\\u'");
      Code = Code * 16 + D;
      advance();
    }
    return llvm::Error::success();
  }

  llvm::Error parseString(std::string &Out) {
    advance(); // '"'
    while (true) {
      if (atEnd())
        return error("unterminated string");
      char C = peek();
      if (C == '"') {
        advance();
        return llvm::Error::success();
      }
      if (static_cast<unsigned char>(C) < 0x20)
        return error("control character in string");
      if (C != '\\') {
        Out += C;
        advance();
        continue;
      }
      advance(); // '\\'
      char Esc = peek();
      static const char From[] = "\"\\/bfnrt", To[] = "\"\\/\b\f\n\r\t";
      if (const char *P = Esc ? strchr(From, Esc) : nullptr) {
        Out += To[P - From];
        advance();
        continue;
      }
      if (Esc != 'u')
        return error("invalid escape in string");
      advance();
      unsigned Code;
      if (auto Err = parseHex4(Code))
        return Err;
      if (Code >= 0xDC00 && Code <= 0xDFFF)
        return error("unpaired low surrogate in '\\u' escape");
      if (Code >= 0xD800 && Code <= 0xDBFF) {
        if (!Text.substr(Pos).startswith("\\u"))
          return error("unpaired high surrogate in '\\u' escape");
        advance();
        advance();
        unsigned Low;
        if (auto Err = parseHex4(Low))
          return Err;
        if (Low < 0xDC00 || Low > 0xDFFF)
          return error("unpaired high surrogate in '\\u' escape");
        Code = 0x10000 + ((Code - 0xD800) << 10) + (Low - 0xDC00);
      }
      char Buf[4];
      char *Ptr = Buf;
      if (!llvm::ConvertCodePointToUTF8(Code, Ptr))
        return error("invalid code point in '\\u' escape");
      Out.append(Buf, Ptr);
    }
  }
};

} // namespace

llvm::Expected<ConfigFile> parseJson(llvm::StringRef Path,
                                     llvm::StringRef Text) {
  ConfigFile File;
  File.Path = Path.str();
  File.FileFormat = ConfigFile::Json;
  JsonParser P(Path, Text);
  if (auto Err = P.parseDocument(File.Root))
    return std::move(Err);
  return File;
}

} // namespace bel::config
