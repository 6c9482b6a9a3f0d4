//===- Fingerprint.cpp - stable identities for findings -------------------===//
#include "report/Fingerprint.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>

namespace bel::report {
namespace {

/// 64-bit FNV-1a: small, portable and the same on every machine.
struct Fnv1a {
  uint64_t State = 0xcbf29ce484222325ULL;
  void add(const std::string &S) {
    for (unsigned char C : S) {
      State ^= C;
      State *= 0x100000001b3ULL;
    }
    State ^= 0xff; // Field separator: "ab"+"c" differs from "a"+"bc".
    State *= 0x100000001b3ULL;
  }
};

std::string withoutSpace(const std::string &S) {
  std::string Out;
  for (char C : S)
    if (!std::isspace(static_cast<unsigned char>(C)))
      Out += C;
  return Out;
}

} // namespace

void assignFingerprints(std::vector<Finding> &Findings, SourceCache &Sources) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : Findings) {
    Fnv1a H;
    H.add(F.RuleId);
    H.add(F.Loc.Path);
    H.add(F.Message);
    H.add(withoutSpace(Sources.line(F.Loc.Path, F.Loc.Line)));
    char Hex[17];
    std::snprintf(Hex, sizeof(Hex), "%016llx",
                  static_cast<unsigned long long>(H.State));
    unsigned N = ++Seen[Hex];
    F.Fingerprint = Hex;
    if (N > 1)
      F.Fingerprint += ":" + std::to_string(N);
  }
}

} // namespace bel::report
