//===- Finding.cpp - ordering and naming of findings ----------------------===//
#include "report/Finding.h"

#include <algorithm>

namespace bel::report {

const char *levelName(Level L) {
  switch (L) {
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

const char *baselineStateName(BaselineState S) {
  switch (S) {
  case BaselineState::New:
    return "new";
  case BaselineState::Unchanged:
    return "unchanged";
  case BaselineState::Absent:
    return "absent";
  }
  return "new";
}

std::optional<Level> parseLevel(const std::string &Name) {
  if (Name == "note")
    return Level::Note;
  if (Name == "warning")
    return Level::Warning;
  if (Name == "error")
    return Level::Error;
  return std::nullopt;
}

static auto key(const Finding &F) {
  return std::tie(F.Loc.Path, F.Loc.Line, F.Loc.Column, F.RuleId, F.Message,
                  F.Loc.EndLine, F.Loc.EndColumn);
}

void sortAndDeduplicate(std::vector<Finding> &Findings) {
  std::stable_sort(Findings.begin(), Findings.end(),
                   [](const Finding &A, const Finding &B) {
                     return key(A) < key(B);
                   });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [](const Finding &A, const Finding &B) {
                               return key(A) == key(B);
                             }),
                 Findings.end());
}

void sortAndDeduplicate(std::vector<Notification> &Notes) {
  auto Key = [](const Notification &N) {
    Location L = N.Loc.value_or(Location());
    return std::make_tuple(L.Path, L.Line, L.Column, N.Id, N.Message);
  };
  std::stable_sort(Notes.begin(), Notes.end(),
                   [&](const Notification &A, const Notification &B) {
                     return Key(A) < Key(B);
                   });
  Notes.erase(std::unique(Notes.begin(), Notes.end(),
                          [&](const Notification &A, const Notification &B) {
                            return Key(A) == Key(B);
                          }),
              Notes.end());
}

} // namespace bel::report
