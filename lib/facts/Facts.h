//===- Facts.h - what one translation unit tells bel -----------*- C++ -*-===//
//
// Facts are the output of the map step: plain, serializable data that depend
// only on one translation unit, so they can be cached by content hash and
// computed on many machines. The reduce step links them across TUs; rules
// read them. No Clang type appears here.
//
// Terms:
//   config read   code that reads a key of a config tree: a key path, how
//                 it is read (value, presence test, whole subtree), the type
//                 asked for and the default given.
//   anchored      a read whose key path starts at a config's root (the node
//                 came from a config load in the same function); an
//                 unanchored read starts at a node bel cannot place (a
//                 function parameter), so it matches keys by suffix.
//   data access   code that opens a data file for reading or writing.
//===----------------------------------------------------------------------===//
#ifndef BEL_FACTS_FACTS_H
#define BEL_FACTS_FACTS_H

#include "config/RulePack.h"
#include "report/Finding.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace bel::facts {

using report::Location;

/// Which config library the read goes through: Custom is an in-house
/// accessor a rule pack declares; Flags a gflags or absl flag (read from
/// flag files); Env an environment variable (read from no config file).
enum class ConfigApi { YamlCpp, Nlohmann, Custom, Flags, Env };

/// Whether reads through \p Api can read a config file of \p Format: flags
/// come from flag files only, environment variables from no file.
bool apiReadsFormat(ConfigApi Api, int Format);

enum class ReadKind {
  Value,    ///< The value is read (as<T>(), get<T>(), value(), conversion).
  Presence, ///< Only whether the key exists (IsDefined(), contains()).
  Subtree,  ///< The node escapes (passed on, iterated): all below counts as read.
};

struct ConfigRead {
  std::vector<std::string> Keys; ///< The key path, root first.
  ReadKind Kind = ReadKind::Value;
  ConfigApi Api = ConfigApi::YamlCpp;
  bool Anchored = false;
  /// For anchored reads: the config file the root was loaded from, when the
  /// load names it literally ("" otherwise).
  std::string ConfigPath;
  std::string Type;      ///< The C++ type asked for ("int"), or "".
  /// The last key is a prefix: every key that starts with it is read (a
  /// presence test such as `strncmp(key, "eval[", 5)`).
  bool KeyPrefix = false;
  bool HasDefault = false;
  std::string Default;   ///< Source text of the default, or "".
  Location Loc;          ///< The key (or the call) in the code.
  std::string Function;  ///< Qualified name of the enclosing function.

  /// Reads through a function parameter: the function (by USR) and the
  /// parameter's index. The reduce step places them at each call site.
  std::string BaseFunction;
  int BaseParam = -1;
  /// A node passed to a function as an argument: the callee (by USR) and the
  /// parameter. Kind is Subtree; where the callee is analyzed, the reduce
  /// step replaces this read by the callee's reads of that parameter.
  std::string PassedTo;
  int PassedToParam = -1;

  std::string dottedKey() const;
};

/// One piece of a path expression as the collector saw it: paths are
/// concatenations (`dir + "/x.csv"`, `root / name`) of such pieces.
struct PathPart {
  enum Kind {
    Literal, ///< Text the code spells: a literal, or a constant's value.
    Parameter, ///< The enclosing function's parameter number Param.
    Value,   ///< Anything else: the reduce step looks for a config read
             ///< inside Loc; without one the path is unresolved.
  };
  Kind K = Literal;
  std::string Text; ///< Literal: the text; Value: the expression as written.
  int Param = -1;
  Location Loc;     ///< Value: the expression's region.
  std::string Why;  ///< Value: what the expression is, when the collector
                    ///< knows ("a command-line argument"), else "".
};

/// A call that opens a data file, a model artifact or a database table.
struct DataAccess {
  std::string Path;   ///< Normalized, relative to the root; "" if unresolved.
  std::string Source; ///< Source text of the path argument.
  config::Access Mode = config::Access::Read;
  std::string Api;    ///< The API's qualified name ("std::basic_ifstream").
  Location Loc;
  std::string Function;
  std::string FunctionUSR;      ///< The enclosing function, for the call graph.
  std::vector<PathPart> Parts;  ///< How the path is built (one Literal when
                                ///< Path is set).
  /// "model" when the API loads or saves a model, "table" for a database
  /// table named in SQL (Path is the table), "" for a data file.
  std::string Artifact;
  /// A read whose handle is never read from (`std::ifstream f("x");` and
  /// nothing else), or whose value is never used: where, and what.
  bool Unused = false;
  Location UnusedLoc;
  std::string UnusedWhat;
  /// The opened stream only feeds a config parser (`json::parse(in)`): a
  /// config load, not a data read.
  bool ParsedAsConfig = false;
};

/// A call that loads a config file (YAML::LoadFile, ...).
struct ConfigLoad {
  std::string Path;   ///< Normalized; "" when the argument is not literal.
  std::string Source;
  std::string Api;
  Location Loc;
  std::string Function;
};

/// A branch whose condition may never change: a config value compared with
/// a literal (or tested for truth), a constant, or `#if 0`.
struct Branch {
  /// The expression whose value decides, usually a config read; for a
  /// constant condition the condition itself.
  Location Value;
  std::string Op;      ///< "" (truth), "==", "!=", "<", "<=", ">", ">=".
  std::string Literal; ///< The literal compared with, as written.
  bool Negated = false;
  /// Set when the condition is a constant: `if (false)`, `#if 0`, a
  /// constexpr global.
  std::optional<bool> Constant;
  std::string Spelling; ///< The condition as written, for messages.
  Location Then, Else;  ///< The two branches; Else.Line is 0 when absent.
  std::string Function;
};

/// A call of a predict API (code-fixed-threshold, code-unmonitored-prediction)
/// or of a monitoring API.
struct ApiCall {
  std::string Api;         ///< The API's qualified name.
  Location Loc;
  std::string FunctionUSR; ///< The enclosing function.
};

/// A prediction compared with a number written in the code.
struct Threshold {
  Location Loc;        ///< The comparison.
  std::string Literal; ///< The number, as written.
  Location Prediction; ///< The predict call the value came from.
  std::string Api;
};

/// How much of a function marshals data between library types.
struct FunctionMetric {
  std::string Name, USR;
  Location Loc;          ///< The function's name.
  unsigned Statements = 0;
  unsigned Glue = 0;     ///< Statements that only move data across types.
};

/// A column of a table looked up by name into a local that nothing uses.
struct UnusedColumn {
  std::string Column; ///< The name, as written (a literal's text).
  std::string Var;    ///< The local it was read into.
  std::string Api;
  Location Loc;       ///< The local.
};

/// A call between functions of the project, by USR: the call graph.
struct Call {
  std::string Caller, Callee;
  Location Loc; ///< The call, when it passes path arguments.
  /// Per parameter, how the argument is built when it may be a path (a
  /// string or a filesystem path), else empty: the reduce step resolves
  /// paths that go through parameters at each call site.
  std::vector<std::vector<PathPart>> Args;
};

/// Everything bel learned from one translation unit.
struct TUFacts {
  std::string File;         ///< The main file, relative to the root.
  bool DefinesMain = false; ///< A TU with main() is a stage.
  std::vector<ConfigRead> Reads;
  std::vector<DataAccess> Accesses;
  std::vector<ConfigLoad> Loads;
  std::vector<Branch> Branches;
  std::vector<ApiCall> Predictions, Monitors;
  std::vector<ApiCall> Trains; ///< Calls that fit a model (rule packs' train:).
  std::vector<UnusedColumn> UnusedColumns;
  std::vector<Threshold> Thresholds;
  std::vector<Call> Calls;
  std::string MainUSR; ///< The USR of main(), when the TU defines it.
  std::vector<FunctionMetric> Metrics;
};

/// One JSON object per line, fields sorted: the facts cache and
/// `--dump-facts` format.
std::string toJsonLine(const TUFacts &F);
llvm::Expected<TUFacts> fromJsonLine(llvm::StringRef Line);

const char *readKindName(ReadKind K);
const char *configApiName(ConfigApi A);

} // namespace bel::facts

#endif // BEL_FACTS_FACTS_H
