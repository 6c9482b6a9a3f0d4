//===- fuzz_json.cpp - libFuzzer target: parseConfig on .json text --------===//
//
// bel's own JSON parser: any bytes either parse, with every position inside the
// file, or give an error at a position inside the file.
//===----------------------------------------------------------------------===//
#include "FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  bel::fuzz::fuzzConfig("configs/fuzz.json", bel::fuzz::asText(Data, Size));
  return 0;
}
