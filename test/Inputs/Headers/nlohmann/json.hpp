// Mock <nlohmann/json.hpp>: basic_json in nlohmann's inline ABI namespace.
#pragma once
#include <fstream>
#include <string>
namespace nlohmann {
inline namespace json_abi_v3_11_2 {
template <typename = void> class basic_json {
public:
  basic_json();
  basic_json(const basic_json &);
  basic_json(double);
  basic_json &operator=(const basic_json &);
  basic_json &operator[](const char *key);
  const basic_json &operator[](const char *key) const;
  basic_json &at(const std::string &key);
  const basic_json &at(const std::string &key) const;
  template <typename T> T value(const std::string &key, const T &def) const;
  bool contains(const std::string &key) const;
  std::size_t count(const std::string &key) const;
  template <typename T> T get() const;
  template <typename T> void get_to(T &out) const;
  template <typename T> operator T() const;
  bool operator==(double) const;
  std::size_t size() const;
  struct iterator {
    basic_json operator*() const;
    iterator &operator++();
    bool operator!=(const iterator &) const;
  };
  iterator begin() const;
  iterator end() const;
  static basic_json parse(std::ifstream &in);
};
using json = basic_json<>;
} // namespace json_abi_v3_11_2
} // namespace nlohmann

// NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE as nlohmann 3.11 expands it (here for up
// to three fields): an inline from_json reading each field with at().
#define BEL_MOCK_NJ_FROM(v) j.at(#v).get_to(t.v);
#define BEL_MOCK_NJ_GET(_1, _2, _3, N, ...) N
#define BEL_MOCK_NJ_P1(a) BEL_MOCK_NJ_FROM(a)
#define BEL_MOCK_NJ_P2(a, b) BEL_MOCK_NJ_FROM(a) BEL_MOCK_NJ_FROM(b)
#define BEL_MOCK_NJ_P3(a, b, c) BEL_MOCK_NJ_P2(a, b) BEL_MOCK_NJ_FROM(c)
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, ...)                          \
  inline void from_json(const nlohmann::json &j, Type &t) {                    \
    BEL_MOCK_NJ_GET(__VA_ARGS__, BEL_MOCK_NJ_P3, BEL_MOCK_NJ_P2,                \
                    BEL_MOCK_NJ_P1)(__VA_ARGS__)                               \
  }
