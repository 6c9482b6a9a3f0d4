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
//     - function: open
//       path_arg: 0
//       flags_arg: 1             # POSIX flags: O_RDONLY, O_WRONLY, O_RDWR
//     - function: sqlite3_exec
//       sql_arg: 1               # tables named in the SQL are the datasets
//     - function: XGBoosterLoadModel
//       path_arg: 1
//       artifact: model          # the file is a model (default: data)
//     - constructor: std::basic_ifstream
//       path_arg: 0
//       access: read             # read, write or readwrite
//     - method: std::basic_ofstream::open
//       path_arg: 0
//       access: write
//     - function: dlib::serialize    # any entry: only the overload with
//       params: 1                    # this many parameters
//       path_arg: 0
//   config_load:
//     - function: YAML::LoadFile
//       path_arg: 0
//   config_read:                 # in-house accessors: keys from the root
//     - method: Options::get     # options->get<T>("model.lr", 0.1)
//       key_arg: 0               # a dotted key
//       default_arg: 1           # optional
//       default_chain: [set_default]  # or a chained call gives the default
//       type_arg: 2              # optional: the value's type is this argument's
//       prefix: true             # optional: the key is a prefix of keys
//   train:                       # calls that fit a model
//     - method: Model::Train
//   predict:                     # calls that return (or write) a prediction
//     - method: Model::Predict
//     - function: XGBoosterPredict
//       out_arg: 6               # the prediction comes through this argument
//   monitor:                     # calls that report to monitoring or logs
//     - function: metrics::Report
//   column_read:                 # calls that look up a data column by name
//     - method: CsvTable::Column
//       path_arg: 0              # the column's name
//   key_aliases:                 # spellings of one setting
//     - [num_trees, num_iterations, n_estimators]
//===----------------------------------------------------------------------===//
#ifndef BEL_CONFIG_RULEPACK_H
#define BEL_CONFIG_RULEPACK_H

#include "report/Finding.h"

#include "llvm/ADT/StringRef.h"

#include <map>
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
  unsigned PathArg = 0;  ///< For config_read entries: the key argument.
  int ModeArg = -1;      ///< fopen-style mode argument, or -1.
  int DefaultArg = -1;   ///< config_read: the default's argument, or -1.
  /// config_read: where the value comes from: "config" (the stage's config
  /// files, the default), "env" (the environment) or "flags".
  std::string Source = "config";
  /// config_read: methods chained on the result that set its default
  /// (dmlc's `DECLARE(...).set_default(6)`): their first argument.
  std::vector<std::string> DefaultChain;
  /// config_read: the argument whose type is the value's type, or -1 for the
  /// call's own type.
  int TypeArg = -1;
  /// config_read: the key is a prefix (`strncmp(key, "eval[", 5)`): every
  /// key that starts with it is read.
  bool Prefix = false;
  Access Mode = Access::Read;
  /// data_access: a POSIX `open` flags argument (O_RDONLY, O_WRONLY|O_CREAT,
  /// ...), or -1.
  int FlagsArg = -1;
  /// data_access: an SQL statement argument whose table names are the
  /// datasets (SELECT ... FROM t reads t, INSERT INTO t writes it), or -1;
  /// PathArg is then ignored.
  int SqlArg = -1;
  /// data_access: "model" when the API loads or saves a model artifact.
  std::string Artifact;
  /// Only the overload with this many parameters (defaulted ones count), or
  /// -1 for any: `dlib::serialize(filename)` names a file, the two-parameter
  /// `dlib::serialize(item, out)` does not.
  int Params = -1;
  std::string Pack;    ///< The pack that declared it.
};

/// Spellings that name one setting: a key spelled by an alias is read when
/// any of its spellings is.
class KeyAliases {
public:
  void addGroup(const std::vector<std::string> &Spellings);
  /// Whether \p A and \p B name the same setting.
  bool same(llvm::StringRef A, llvm::StringRef B) const;
  bool empty() const { return Canonical.empty(); }

private:
  std::map<std::string, std::string> Canonical;
};

struct RulePack {
  std::string Name;
  std::string Path;
  std::vector<ApiEntry> DataAccess;
  std::vector<ApiEntry> ConfigLoad;
  std::vector<ApiEntry> ConfigRead;
  std::vector<ApiEntry> Predict; ///< PathArg unused; ModeArg: the out argument.
  std::vector<ApiEntry> Train;   ///< Calls that fit a model.
  std::vector<ApiEntry> Monitor;
  std::vector<ApiEntry> Glue; ///< Conversions between library types.
  /// Calls that look up a column of a table by name (PathArg: the name),
  /// for data-unused-read: a column looked up and never used.
  std::vector<ApiEntry> ColumnRead;
  std::vector<std::vector<std::string>> Aliases;
};

/// Parses a rule pack; problems become notifications at their position.
RulePack parseRulePack(llvm::StringRef Path, llvm::StringRef Text,
                       std::vector<report::Notification> &Problems);

/// The packs built into bel, in name order.
std::vector<RulePack> builtinRulePacks();

/// What is wrong with the built-in packs (nothing, as the unit tests check).
std::vector<report::Notification> builtinRulePackProblems();

/// Access from an fopen mode string ("r", "wb", "a+").
Access accessOfMode(llvm::StringRef Mode);

} // namespace bel::config

#endif // BEL_CONFIG_RULEPACK_H
