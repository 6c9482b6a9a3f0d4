// Mock <yaml-cpp/yaml.h>: YAML::Node with yaml-cpp 0.7's member shapes.
#pragma once
#include <string>
namespace YAML {
class Node {
public:
  Node();
  Node(const Node &);
  Node &operator=(const Node &);
  template <typename T> Node &operator=(const T &);
  template <typename Key> const Node operator[](const Key &key) const;
  template <typename Key> Node operator[](const Key &key);
  template <typename T> T as() const;
  template <typename T, typename S> T as(const S &fallback) const;
  bool IsDefined() const;
  bool IsNull() const;
  bool IsMap() const;
  bool IsSequence() const;
  const std::string &Scalar() const;
  explicit operator bool() const;
  std::size_t size() const;
  struct iterator {
    Node operator*() const;
    iterator &operator++();
    bool operator!=(const iterator &) const;
  };
  iterator begin() const;
  iterator end() const;
  template <typename T> void push_back(const T &);
};
Node LoadFile(const std::string &filename);
Node Load(const std::string &input);
} // namespace YAML
