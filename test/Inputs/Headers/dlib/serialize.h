// Mock <dlib/serialize.h>: dlib 19.24's shapes (Debian 12's libdlib-dev).
// serialize(filename) returns a proxy to stream objects into; the same name
// also serializes one item into a stream, and takes a stream or a buffer.
#pragma once
#include <istream>
#include <string>
#include <vector>
namespace dlib {
class proxy_serialize {
public:
  explicit proxy_serialize(const std::string &filename);
  template <typename T> proxy_serialize &operator<<(const T &item);
};
class proxy_deserialize {
public:
  explicit proxy_deserialize(const std::string &filename);
  template <typename T> proxy_deserialize &operator>>(T &item);
};
inline void serialize(const std::string &item, std::ostream &out);
inline void deserialize(std::string &item, std::istream &in);
inline void serialize(const int &item, std::ostream &out);
inline void deserialize(int &item, std::istream &in);
template <typename T, typename A>
void serialize(const std::vector<T, A> &item, std::ostream &out);
inline proxy_serialize serialize(const std::string &filename);
inline proxy_serialize serialize(std::ostream &ss);
inline proxy_serialize serialize(std::vector<char> &buf);
inline proxy_deserialize deserialize(const std::string &filename);
inline proxy_deserialize deserialize(std::istream &ss);
inline proxy_deserialize deserialize(std::vector<char> &buf);
} // namespace dlib
