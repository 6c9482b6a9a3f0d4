//===- Emitters.h - text, SARIF and JSON output of a Report ----*- C++ -*-===//
#ifndef BEL_REPORT_EMITTERS_H
#define BEL_REPORT_EMITTERS_H

#include "report/Report.h"
#include "report/SourceCache.h"

#include "llvm/Support/raw_ostream.h"

namespace bel::report {

/// clang's layout: "path:line:col: warning: message [rule-id]", the source
/// line with a caret, then one "note:" per related location. Notifications
/// come first, as "error:" lines naming their descriptor. Suppressed
/// findings are not shown. Colour follows LLVM's --color and the terminal.
void emitText(const Report &R, SourceCache &Sources, llvm::raw_ostream &OS);

/// The one-line summary clang prints at the end ("2 warnings generated.").
std::string summaryLine(const Report &R);

/// SARIF 2.1.0: 2-space indented, keys sorted, no timestamps or absolute
/// paths, URIs relative to %SRCROOT%; byte-identical for identical input.
void emitSarif(const Report &R, llvm::raw_ostream &OS);

/// bel's own JSON: {"findings": [...], "notifications": [...]} with the same
/// field names as the Finding model.
void emitJson(const Report &R, llvm::raw_ostream &OS);

/// "[base value](1)" -> "base value": SARIF's message links in plain text.
std::string stripMessageLinks(const std::string &Message);

} // namespace bel::report

#endif // BEL_REPORT_EMITTERS_H
