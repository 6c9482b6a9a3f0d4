//===- Finding.h - bel's findings model ------------------------*- C++ -*-===//
//
// A Finding is what a rule reports: plain data with no SourceManager or AST
// pointers, so that lint, config and deps findings share one type and outlive
// the translation unit they came from.
//
// Terms:
//   Location     a project-relative path (forward slashes) plus a 1-based
//                region; line 0 means "the whole file".
//   Note         a related location with its own message (the code read of a
//                config key, a base value, a default).
//   CodeFlow     an ordered chain of notes (A writes X, B reads X, ...).
//   Notification a problem of bel itself with the input (a TU that does not
//                compile, malformed YAML): not a finding, reported separately
//                and recorded in SARIF's toolExecutionNotifications.
//===----------------------------------------------------------------------===//
#ifndef BEL_REPORT_FINDING_H
#define BEL_REPORT_FINDING_H

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace bel::report {

/// How serious a finding is; the order is the SARIF order, lowest first.
enum class Level { Note, Warning, Error };

/// The SARIF and text spelling of \p L: "note", "warning", "error".
const char *levelName(Level L);
/// Parses "note", "warning" or "error".
std::optional<Level> parseLevel(const std::string &Name);

/// A region of a project file. Columns count Unicode code points, as the
/// SARIF default columnKind does; EndColumn is exclusive.
struct Location {
  std::string Path; ///< Relative to the project root, with '/'.
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;

  bool hasRegion() const { return Line != 0; }
  auto tie() const { return std::tie(Path, Line, Column, EndLine, EndColumn); }
  bool operator<(const Location &O) const { return tie() < O.tie(); }
  bool operator==(const Location &O) const { return tie() == O.tie(); }
};

/// A location that explains part of a finding.
struct Note {
  Location Loc;
  std::string Message;
  bool operator==(const Note &O) const {
    return Loc == O.Loc && Message == O.Message;
  }
};

/// An ordered path through the program, shown by SARIF viewers step by step.
struct CodeFlow {
  std::string Message;
  std::vector<Note> Steps;
};

/// An in-source suppression that matched a finding.
struct Suppression {
  std::string Justification;
};

/// A result's state against a baseline run (SARIF baselineState).
enum class BaselineState { New, Unchanged, Absent };
const char *baselineStateName(BaselineState S);

/// One result of one rule.
struct Finding {
  std::string RuleId;
  Level Severity = Level::Warning;
  /// Lowercase, no final period, names in single quotes. May refer to a
  /// related location as "[text](N)", N being the 1-based index in Related.
  std::string Message;
  Location Loc;
  std::vector<Note> Related;
  std::vector<CodeFlow> Flows;
  /// Stable across unrelated edits; filled by assignFingerprints().
  std::string Fingerprint;
  std::optional<Suppression> Suppressed;
  /// Set when the run compares itself with a baseline.
  std::optional<BaselineState> Baseline;
  /// Measurements that back the finding (SARIF result properties).
  std::map<std::string, std::string> Properties;
};

/// A problem bel had with its input, or a fact about the run worth recording.
struct Notification {
  std::string Id; ///< A descriptor id from Notifications.def.
  Level Severity = Level::Error;
  std::string Message;
  std::optional<Location> Loc;
};

/// Orders findings by (path, line, column, rule id, message) and drops exact
/// duplicates, so that emitters see the same list whatever the thread count.
void sortAndDeduplicate(std::vector<Finding> &Findings);
void sortAndDeduplicate(std::vector<Notification> &Notes);

} // namespace bel::report

#endif // BEL_REPORT_FINDING_H
