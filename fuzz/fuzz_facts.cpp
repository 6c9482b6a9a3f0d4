//===- fuzz_facts.cpp - libFuzzer target: the facts cache format ---------===//
//
// fromJsonLine reads any bytes or rejects them. What it reads, bel writes
// back with toJsonLine, and that line must read back to the very same line:
// toJsonLine -> fromJsonLine -> toJsonLine is a fixed point.
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

#include "facts/Facts.h"

#include <string>

using namespace bel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::Expected<facts::TUFacts> F =
      facts::fromJsonLine(fuzz::asText(Data, Size));
  if (!F) {
    fuzz::drop(F.takeError());
    return 0;
  }
  std::string Line = facts::toJsonLine(*F);
  llvm::Expected<facts::TUFacts> Again = facts::fromJsonLine(Line);
  if (!Again) {
    fuzz::drop(Again.takeError());
    fuzz::fail(); // bel cannot read what it wrote.
  }
  if (facts::toJsonLine(*Again) != Line)
    fuzz::fail();
  return 0;
}
