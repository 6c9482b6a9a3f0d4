//===- ChangedLines.cpp - what changed since a git revision ---------------===//
#include "lint/ChangedLines.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include <algorithm>

namespace bel::lint {
namespace {

/// Runs git in \p Root and returns its standard output.
llvm::Expected<std::string> git(llvm::StringRef Root,
                                std::vector<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(Git.getError(), "git: not found on PATH");
  llvm::SmallString<128> Out, Err;
  llvm::sys::fs::createTemporaryFile("bel-git", "out", Out);
  llvm::sys::fs::createTemporaryFile("bel-git", "err", Err);
  std::vector<llvm::StringRef> Argv = {*Git, "-C", Root};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  // LLVM 16 moved this API from llvm::Optional to std::optional.
#if LLVM_VERSION_MAJOR >= 16
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(Out), llvm::StringRef(Err)};
  auto NoEnvironment = std::nullopt;
#else
  llvm::Optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(Out), llvm::StringRef(Err)};
  auto NoEnvironment = llvm::None;
#endif
  std::string Message;
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, NoEnvironment, Redirects,
                                         0, 0, &Message);
  auto Read = [](llvm::StringRef P) {
    auto Buf = llvm::MemoryBuffer::getFile(P);
    return Buf ? (*Buf)->getBuffer().str() : std::string();
  };
  std::string Stdout = Read(Out), Stderr = Read(Err);
  llvm::sys::fs::remove(Out);
  llvm::sys::fs::remove(Err);
  if (Status != 0)
    return llvm::createStringError(
        std::errc::invalid_argument, "git %s: %s", Args.front().str().c_str(),
        (Stderr.empty() ? Message : llvm::StringRef(Stderr).trim().str()).c_str());
  return Stdout;
}

/// Undoes git's quoting of a path with unusual bytes ("b/caf\303\251"):
/// C escapes and three-digit octal. A path git did not quote is as given.
std::string unquotePath(llvm::StringRef Path) {
  if (Path.size() < 2 || !Path.startswith("\"") || !Path.endswith("\""))
    return Path.str();
  Path = Path.drop_front().drop_back();
  std::string Out;
  while (!Path.empty()) {
    char C = Path.front();
    Path = Path.drop_front();
    if (C != '\\' || Path.empty()) {
      Out += C;
      continue;
    }
    unsigned Octal = 0;
    if (Path.size() >= 3 && !Path.take_front(3).getAsInteger(8, Octal) &&
        Octal < 256) {
      Out += char(Octal);
      Path = Path.drop_front(3);
      continue;
    }
    // git's C escapes; any other escaped byte (\" \\) stands for itself.
    static constexpr llvm::StringLiteral From = "abtnvfr";
    static constexpr llvm::StringLiteral To = "\a\b\t\n\v\f\r";
    size_t I = From.find(Path.front());
    Out += I == llvm::StringRef::npos ? Path.front() : To[I];
    Path = Path.drop_front();
  }
  return Out;
}

} // namespace

ChangedLines parseUnifiedDiff(llvm::StringRef Diff) {
  ChangedLines Out;
  std::string File;
  while (!Diff.empty()) {
    auto [Line, Rest] = Diff.split('\n');
    Diff = Rest;
    if (Line.consume_front("+++ ")) {
      // No entry yet: a file whose hunks only delete has no changed line.
      File = unquotePath(Line);
      File = llvm::StringRef(File).startswith("b/") ? File.substr(2) : "";
      continue;
    }
    // "@@ -a,b +c,d @@": d lines from c are new (d = 0: a pure deletion).
    if (!Line.consume_front("@@ ") || File.empty())
      continue;
    size_t Plus = Line.find('+');
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef Range = Line.substr(Plus + 1).split(' ').first;
    auto [StartText, CountText] = Range.split(',');
    unsigned Start = 0, Count = 1;
    StartText.getAsInteger(10, Start);
    if (!CountText.empty())
      CountText.getAsInteger(10, Count);
    if (Count > 0)
      Out[File].push_back({Start, Start + Count - 1});
  }
  return Out;
}

llvm::Expected<ChangedLines> changedSince(llvm::StringRef Root,
                                          llvm::StringRef Rev) {
  // The prefixes are given, so that a user's diff.noprefix or
  // diff.mnemonicPrefix cannot change the "+++ b/path" lines parsed below.
  auto Diff = git(Root, {"diff", "--relative", "--unified=0", "--no-color",
                         "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/",
                         Rev, "--"});
  if (!Diff)
    return Diff.takeError();
  ChangedLines Changed = parseUnifiedDiff(*Diff);
  // -z: NUL-separated and never quoted, whatever the name holds.
  auto Untracked =
      git(Root, {"ls-files", "-z", "--others", "--exclude-standard"});
  if (!Untracked)
    return Untracked.takeError();
  llvm::StringRef List = *Untracked;
  while (!List.empty()) {
    auto [Path, Rest] = List.split('\0');
    List = Rest;
    if (!Path.empty())
      Changed[Path.str()] = {WholeFile}; // New to git: every line counts.
  }
  return Changed;
}

void keepChanged(report::Report &R, const ChangedLines &Changed) {
  auto OnChangedLine = [&](const report::Finding &F) {
    auto It = Changed.find(F.Loc.Path);
    if (It == Changed.end())
      return false;
    unsigned First = F.Loc.Line, Last = std::max(F.Loc.Line, F.Loc.EndLine);
    return std::any_of(It->second.begin(), It->second.end(), [&](auto Range) {
      return First <= Range.second && Last >= Range.first;
    });
  };
  R.Findings.erase(std::remove_if(R.Findings.begin(), R.Findings.end(),
                                  [&](const report::Finding &F) {
                                    return !OnChangedLine(F);
                                  }),
                   R.Findings.end());
}

} // namespace bel::lint
