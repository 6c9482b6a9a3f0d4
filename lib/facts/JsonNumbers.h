//===- JsonNumbers.h - integers read back from facts JSON -------*- C++ -*-===//
//
// nlohmann's get<unsigned>() converts 1.8e21 or -1 as a C cast would, which
// is undefined behaviour (found by bel-fuzz-facts). Facts lines come from
// caches and other machines' shards, so they are checked like any input.
//===----------------------------------------------------------------------===//
#ifndef BEL_FACTS_JSONNUMBERS_H
#define BEL_FACTS_JSONNUMBERS_H

#include <nlohmann/json.hpp>

#include <limits>
#include <stdexcept>

namespace bel::facts {

/// \p J as a T, when it is a JSON integer T can hold; throws otherwise.
template <typename T> T integerFrom(const nlohmann::json &J) {
  if (J.is_number_unsigned()) {
    auto V = J.get<uint64_t>();
    if (V <= uint64_t(std::numeric_limits<T>::max()))
      return T(V);
  } else if (J.is_number_integer()) {
    auto V = J.get<int64_t>();
    if (V >= int64_t(std::numeric_limits<T>::min()) &&
        (V < 0 || uint64_t(V) <= uint64_t(std::numeric_limits<T>::max())))
      return T(V);
  }
  throw std::runtime_error("expected an integer that fits, got " + J.dump());
}

/// Member \p Key of \p J as a T, or \p Default when it is absent.
template <typename T>
T integerFrom(const nlohmann::json &J, const char *Key, T Default) {
  auto It = J.find(Key);
  return It == J.end() ? Default : integerFrom<T>(*It);
}

} // namespace bel::facts

#endif // BEL_FACTS_JSONNUMBERS_H
