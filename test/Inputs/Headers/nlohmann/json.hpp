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
