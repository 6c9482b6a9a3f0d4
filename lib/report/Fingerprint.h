//===- Fingerprint.h - stable identities for findings ----------*- C++ -*-===//
#ifndef BEL_REPORT_FINGERPRINT_H
#define BEL_REPORT_FINGERPRINT_H

#include "report/Finding.h"
#include "report/SourceCache.h"

#include <vector>

namespace bel::report {

/// The SARIF partialFingerprints key bel writes. GitHub computes its own
/// primaryLocationLineHash, so bel leaves that key alone.
inline constexpr const char *FingerprintKey = "belFindingHash/v1";

/// Gives every finding a fingerprint that survives unrelated edits: it hashes
/// the rule id, the path, the message and the text of the finding's first
/// line with all white space removed, but no line or column numbers. Equal
/// hashes within one file are told apart by their order (":2", ":3"), so
/// \p Findings must already be sorted.
void assignFingerprints(std::vector<Finding> &Findings, SourceCache &Sources);

} // namespace bel::report

#endif // BEL_REPORT_FINGERPRINT_H
