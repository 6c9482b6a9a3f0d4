//===- TextEmitter.cpp - findings in clang's diagnostic layout ------------===//
#include "report/Emitters.h"

#include "support/Utf8.h"

#include "llvm/Support/Unicode.h"
#include "llvm/Support/WithColor.h"

#include <algorithm>

namespace bel::report {
namespace {

llvm::raw_ostream::Colors colorOf(Level L) {
  switch (L) {
  case Level::Note:
    return llvm::raw_ostream::BLACK;
  case Level::Warning:
    return llvm::raw_ostream::MAGENTA;
  case Level::Error:
    return llvm::raw_ostream::RED;
  }
  return llvm::raw_ostream::MAGENTA;
}

void printLocation(llvm::raw_ostream &OS, const Location &L) {
  OS << L.Path;
  if (L.hasRegion())
    OS << ':' << L.Line << ':' << L.Column;
  OS << ": ";
}

void printHeader(llvm::raw_ostream &OS, const Location &L, Level Lv,
                 const std::string &Message, const std::string &Id) {
  bool Color = OS.has_colors();
  if (Color)
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  printLocation(OS, L);
  if (Color)
    OS.changeColor(colorOf(Lv), /*Bold=*/true);
  OS << levelName(Lv) << ": ";
  if (Color)
    OS.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  OS << stripMessageLinks(Message);
  if (!Id.empty())
    OS << " [" << Id << ']';
  if (Color)
    OS.resetColor();
  OS << '\n';
}

/// The source line and a caret under the column, as clang prints them. A
/// long line is cut to a window around the column (a minified JSON file is
/// one line of megabytes), and bytes a terminal must not get (controls,
/// invalid UTF-8, as in a binary file) are shown as '?'. Columns count code
/// points; the caret is padded by each character's width on a terminal, so
/// it still lines up after 'é' or '模型'.
void printSnippet(llvm::raw_ostream &OS, const Location &L,
                  SourceCache &Sources) {
  if (!L.hasRegion())
    return;
  const std::string &Line = Sources.line(L.Path, L.Line);
  if (Line.empty())
    return;
  constexpr size_t Window = 120; // bytes
  size_t Col = support::byteOfColumn(Line, L.Column ? L.Column : 1);
  size_t CaretEnd = L.EndLine == L.Line && L.EndColumn > L.Column
                        ? support::byteOfColumn(Line, L.EndColumn)
                        : Col + 1;
  size_t Begin = 0, End = Line.size();
  if (Line.size() > Window) {
    Begin = Col > Window / 2 ? std::min(Col - Window / 2, Line.size() - Window) : 0;
    End = Begin + Window;
    // Start and end on whole characters.
    auto Continues = [&](size_t I) {
      return I < Line.size() &&
             (static_cast<unsigned char>(Line[I]) & 0xC0) == 0x80;
    };
    while (Begin > 0 && Continues(Begin))
      --Begin;
    while (Continues(End))
      ++End;
  }
  std::string Shown, Caret;
  if (Begin > 0) {
    Shown += "...";
    Caret += "   ";
  }
  bool CaretDone = false;
  for (size_t I = Begin; I < End;) {
    size_t N = support::utf8SequenceLength(Line, I);
    bool Tab = Line[I] == '\t';
    // Negative for controls (C0 and C1) and invalid UTF-8.
    int Width = N == 0 ? -1
                       : llvm::sys::unicode::columnWidthUTF8(
                             llvm::StringRef(Line).substr(I, N));
    if (Tab) {
      Shown += '\t';
    } else if (Width < 0) {
      Shown += '?';
      Width = 1;
      N = std::max<size_t>(N, 1);
    } else {
      Shown.append(Line, I, N);
    }
    if (I < Col) {
      Caret += Tab ? std::string(1, '\t') : std::string(Width, ' ');
    } else if (I < CaretEnd) {
      Caret += CaretDone ? '~' : '^';
      Caret.append(std::max(Width, 1) - 1, '~');
      CaretDone = true;
    }
    I += N;
  }
  if (!CaretDone)
    Caret += '^';
  if (End < Line.size())
    Shown += "...";
  OS << Shown << '\n';
  if (OS.has_colors())
    OS.changeColor(llvm::raw_ostream::GREEN, /*Bold=*/true);
  OS << Caret;
  if (OS.has_colors())
    OS.resetColor();
  OS << '\n';
}

} // namespace

std::string stripMessageLinks(const std::string &Message) {
  // "[text](N)" becomes "text"; anything else is kept as it is.
  std::string Out;
  for (size_t I = 0; I < Message.size(); ++I) {
    if (Message[I] == '[') {
      size_t Close = Message.find("](", I);
      size_t End = Close == std::string::npos ? Close : Message.find(')', Close);
      bool Digits = End != std::string::npos && End > Close + 2;
      for (size_t J = Close + 2; Digits && J < End; ++J)
        Digits = isdigit(static_cast<unsigned char>(Message[J]));
      if (Digits) {
        Out += Message.substr(I + 1, Close - I - 1);
        I = End;
        continue;
      }
    }
    Out += Message[I];
  }
  return Out;
}

void emitText(const Report &R, SourceCache &Sources, llvm::raw_ostream &OS) {
  // LLVM's --color flag and the terminal decide, as in every LLVM tool.
  OS.enable_colors(llvm::WithColor(OS).colorsEnabled());
  for (const Notification &N : R.Notifications) {
    printHeader(OS, N.Loc.value_or(Location{"bel-lint"}), N.Severity,
                N.Message, N.Id);
    if (N.Loc)
      printSnippet(OS, *N.Loc, Sources);
  }
  for (const Finding &F : R.Findings) {
    // Suppressed and baseline results stay in SARIF; people see the rest.
    if (F.Suppressed || F.Baseline.value_or(BaselineState::New) !=
                            BaselineState::New)
      continue;
    printHeader(OS, F.Loc, F.Severity, F.Message, F.RuleId);
    printSnippet(OS, F.Loc, Sources);
    for (const Note &N : F.Related)
      printHeader(OS, N.Loc, Level::Note, N.Message, "");
  }
}

std::string summaryLine(const Report &R) {
  unsigned Count[3] = {0, 0, 0};
  unsigned Suppressed = 0, InBaseline = 0;
  for (const Finding &F : R.Findings) {
    BaselineState State = F.Baseline.value_or(BaselineState::New);
    if (State == BaselineState::Absent)
      continue;
    if (F.Suppressed)
      ++Suppressed;
    else if (State == BaselineState::Unchanged)
      ++InBaseline;
    else
      ++Count[static_cast<int>(F.Severity)];
  }
  auto Plural = [](unsigned N, const char *Word) {
    return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
  };
  std::string S = Plural(Count[2], "error") + ", " +
                  Plural(Count[1], "warning") + ", " +
                  Plural(Count[0], "note");
  if (Suppressed)
    S += ", " + std::to_string(Suppressed) + " suppressed";
  if (InBaseline)
    S += ", " + std::to_string(InBaseline) + " in the baseline";
  if (!R.Notifications.empty())
    S += "; " + Plural(R.Notifications.size(), "tool notification");
  return S + " generated.";
}

} // namespace bel::report
