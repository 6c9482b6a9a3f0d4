//===- RulePack.h - API knowledge as data -----------------------*- C++ -*-===//
//
// A rule pack is a YAML file that says which calls read or write data and
// which calls load configs, so that a team adds its in-house APIs without
// C++. Built-in packs (rules/packs/*.yaml) are embedded in bel; a project
// adds its own through the manifest's `rule_packs`.
//
//   name: std
//   data_access:
//     - function: fopen          # a free function, qualified as in C++
//       path_arg: 0
//       mode_arg: 1              # fopen-style mode: r, w, a, +
//     - constructor: std::basic_ifstream
//       path_arg: 0
//       access: read             # read, write or readwrite
//     - method: std::basic_ofstream::open
//       path_arg: 0
//       access: write
//   config_load:
//     - function: YAML::LoadFile
//       path_arg: 0
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_RULEPACK_H
#define BEL_CONFIG_RULEPACK_H

#include "report/Finding.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace bel::config {

enum class Access { Read, Write, ReadWrite };
const char *accessName(Access A);

/// One API that takes a path.
struct ApiEntry {
  enum Kind { Function, Constructor, Method };
  Kind EntryKind = Function;
  std::string Name;    ///< Qualified name; for methods "Class::method".
  unsigned PathArg = 0;
  int ModeArg = -1;    ///< fopen-style mode argument, or -1.
  Access Mode = Access::Read;
  std::string Pack;    ///< The pack that declared it.
};

struct RulePack {
  std::string Name;
  std::string Path;
  std::vector<ApiEntry> DataAccess;
  std::vector<ApiEntry> ConfigLoad;
};

/// Parses a rule pack; problems become notifications at their position.
RulePack parseRulePack(llvm::StringRef Path, llvm::StringRef Text,
                       std::vector<report::Notification> &Problems);

/// The packs built into bel, in name order.
std::vector<RulePack> builtinRulePacks();

/// Access from an fopen mode string ("r", "wb", "a+").
Access accessOfMode(llvm::StringRef Mode);

} // namespace bel::config

#endif // BEL_CONFIG_RULEPACK_H
