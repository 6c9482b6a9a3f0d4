//===- Program.h - the reduce step: facts of all TUs, linked ---*- C++ -*-===//
//
// Terms:
//   stage    a program of the pipeline: a TU that defines main(), named
//            after its file stem, or a stage the manifest declares.
//   tied     a config is tied to a stage when the stage loads it: a literal
//            path in a load call or a file read, or the manifest says so.
//   library  a TU without main(); until calls are linked across TUs its
//            reads may belong to any stage.
//===----------------------------------------------------------------------===//
#ifndef BEL_FACTS_PROGRAM_H
#define BEL_FACTS_PROGRAM_H

#include "config/ConfigSet.h"
#include "config/Manifest.h"
#include "facts/Facts.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bel::vcs {
struct ConfigHistory;
} // namespace bel::vcs
namespace bel::deps {
class DepGraph;
} // namespace bel::deps

namespace bel::facts {

struct Stage {
  std::string Name;
  std::string MainFile;            ///< "" when the manifest names no source.
  const TUFacts *TU = nullptr;     ///< The TU with main(), when analyzed.
  std::set<std::string> Configs;   ///< Tied configs.
  /// Where the stage loads each tied config (none for manifest ties).
  std::map<std::string, std::vector<Location>> LoadSites;
  std::set<std::string> ManifestConfigs; ///< Tied by the manifest only.
};

/// The whole program as the rules see it.
struct Program {
  const config::Manifest *Manifest = nullptr;
  const config::ConfigSet *Configs = nullptr;
  std::vector<TUFacts> TUs;
  std::vector<Stage> Stages; ///< By name.
  /// False when no TU was analyzed (no compilation database): rules that
  /// compare code with configs must not guess.
  bool HasCodeFacts = false;
  /// Spellings that name one setting, from the rule packs.
  config::KeyAliases Aliases;
  /// What git knows about the configs; null when it was not read.
  const vcs::ConfigHistory *History = nullptr;
  /// The data-dependency graph of the stages; null without code facts.
  const deps::DepGraph *Graph = nullptr;

  /// The stages a config is tied to.
  std::vector<const Stage *> stagesOf(const std::string &Config) const;
  /// TUs whose reads may count for \p S: its own and every library TU.
  std::vector<const TUFacts *> tusOf(const Stage &S) const;

  /// A function's node in the call graph: its USR, except that each main()
  /// (all share one USR) is its own node.
  static std::string nodeOf(const TUFacts &TU, const std::string &USR);
  /// The functions \p S's main reaches through calls between project
  /// functions, main included (as nodeOf gives them); empty without a main.
  std::set<std::string> reachable(const Stage &S) const;
};

/// Links facts into stages and ties configs to them.
Program buildProgram(const config::Manifest &M, const config::ConfigSet &C,
                     std::vector<TUFacts> TUs, bool HasCodeFacts,
                     config::KeyAliases Aliases = {});

} // namespace bel::facts

#endif // BEL_FACTS_PROGRAM_H
