//===- FactsFile.cpp - the facts of a shard, for `bel-lint merge` ---------===//
#include "facts/FactsFile.h"

#include "facts/JsonNumbers.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bel::facts {
namespace {

using nlohmann::json;
constexpr const char *Magic = "bel-facts";
constexpr int Version = 1;

json notificationJson(const report::Notification &N) {
  json J = {{"id", N.Id}, {"level", report::levelName(N.Severity)}, {"message", N.Message}};
  if (N.Loc)
    J["loc"] = {{"path", N.Loc->Path},       {"line", N.Loc->Line},
                {"col", N.Loc->Column},      {"endLine", N.Loc->EndLine},
                {"endCol", N.Loc->EndColumn}};
  return J;
}

report::Notification notificationFrom(const json &J) {
  report::Notification N;
  N.Id = J.at("id").get<std::string>();
  N.Message = J.at("message").get<std::string>();
  auto Level = report::parseLevel(J.at("level").get<std::string>());
  if (!Level)
    throw std::runtime_error("unknown level");
  N.Severity = *Level;
  if (J.contains("loc")) {
    const json &L = J.at("loc");
    N.Loc = report::Location{L.at("path").get<std::string>(), integerFrom<unsigned>(L.at("line")),
                             integerFrom<unsigned>(L.at("col")), integerFrom<unsigned>(L, "endLine", 0u),
                             integerFrom<unsigned>(L, "endCol", 0u)};
  }
  return N;
}

} // namespace

std::optional<std::pair<unsigned, unsigned>> parseShard(llvm::StringRef Text) {
  auto [K, N] = Text.split('/');
  unsigned A, B;
  if (K.getAsInteger(10, A) || N.getAsInteger(10, B) || A < 1 || B < 1 || A > B)
    return std::nullopt;
  return std::make_pair(A, B);
}

llvm::Error writeFactsFile(llvm::StringRef Path, const ShardFacts &F) {
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", FD, Temp))
    return llvm::createStringError(EC, "%s: cannot write the facts: %s",
                                   Path.str().c_str(), EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << json{{"format", Magic}, {"version", Version}, {"shard", F.Shard}}.dump() << '\n';
    for (const TUFacts &TU : F.TUs)
      OS << toJsonLine(TU) << '\n';
    for (const report::Notification &N : F.Problems)
      OS << json{{"notification", notificationJson(N)}}.dump(
                -1, ' ', false, json::error_handler_t::replace)
         << '\n';
    if (OS.has_error()) {
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return llvm::createStringError(std::errc::io_error,
                                     "%s: cannot write the facts", Path.str().c_str());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return llvm::createStringError(EC, "%s: cannot write the facts: %s",
                                   Path.str().c_str(), EC.message().c_str());
  }
  return llvm::Error::success();
}

char FactsFileError::ID = 0;

void FactsFileError::log(llvm::raw_ostream &OS) const {
  if (Line)
    OS << Line << ':' << Column << ": ";
  OS << Why;
}

std::error_code FactsFileError::convertToErrorCode() const {
  return std::make_error_code(std::errc::invalid_argument);
}

llvm::Expected<ShardFacts> readFactsFile(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::make_error<FactsFileError>(
        0, "cannot read the facts file: " + Buf.getError().message());
  ShardFacts F;
  llvm::StringRef Text = (*Buf)->getBuffer();
  for (unsigned Line = 1; !Text.empty(); ++Line) {
    auto [Row, Rest] = Text.split('\n');
    Text = Rest;
    if (Row.trim().empty())
      continue;
    auto Fail = [&](const std::string &Why) {
      return llvm::make_error<FactsFileError>(Line, Why);
    };
    try {
      json J = json::parse(Row.begin(), Row.end());
      if (Line == 1) {
        if (!J.is_object() || J.value("format", "") != Magic ||
            integerFrom<int>(J, "version", 0) != Version)
          return Fail("not a bel facts file (written by bel-lint --facts-out)");
        F.Shard = J.value("shard", "");
        continue;
      }
      if (J.is_object() && J.contains("notification")) {
        F.Problems.push_back(notificationFrom(J.at("notification")));
        continue;
      }
    } catch (const json::parse_error &E) {
      // "[json.exception.parse_error.101] parse error at line 1, column 2:
      // syntax error ..." keeps only what follows the position.
      llvm::StringRef What(E.what());
      size_t At = What.find("column ");
      At = At == llvm::StringRef::npos ? At : What.find(": ", At);
      std::string Why = At == llvm::StringRef::npos ? What.str()
                                                    : What.substr(At + 2).str();
      return llvm::make_error<FactsFileError>(
          Line, "not a JSON line: " + Why, unsigned(std::max<size_t>(E.byte, 1)));
    } catch (const std::exception &E) {
      return Fail(std::string("malformed line: ") + E.what());
    }
    auto TU = fromJsonLine(Row);
    if (!TU)
      return Fail(llvm::toString(TU.takeError()));
    F.TUs.push_back(std::move(*TU));
  }
  if (F.Shard.empty() && F.TUs.empty() && F.Problems.empty())
    return llvm::make_error<FactsFileError>(1, "empty; not a bel facts file");
  return F;
}

} // namespace bel::facts
