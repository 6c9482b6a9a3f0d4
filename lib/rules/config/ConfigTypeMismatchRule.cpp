//===- ConfigTypeMismatchRule.cpp - config-type-mismatch ------------------===//
#include "rules/config/ConfigTypeMismatchRule.h"
#include "rules/config/KeyCoverage.h"

namespace bel::rules::config {
namespace {

using bel::config::ConfigNode;
using bel::config::ScalarType;

enum class Wanted { Unknown, Bool, Int, Float, String, Sequence, Mapping };

/// What the C++ type a read asks for can be converted from.
Wanted wantedOf(llvm::StringRef T) {
  T.consume_front("const ");
  T = T.trim();
  if (T == "bool")
    return Wanted::Bool;
  static const char *const Ints[] = {
      "char", "signed char", "unsigned char", "short", "unsigned short",
      "int", "unsigned int", "long", "unsigned long", "long long",
      "unsigned long long", "size_t", "std::size_t", "int8_t", "int16_t",
      "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
      "std::int32_t", "std::int64_t", "std::uint32_t", "std::uint64_t",
      "unsigned"};
  for (const char *I : Ints)
    if (T == I)
      return Wanted::Int;
  if (T == "float" || T == "double" || T == "long double")
    return Wanted::Float;
  if (T == "std::string" || T.startswith("std::basic_string<") ||
      T.startswith("std::__cxx11::basic_string<"))
    return Wanted::String;
  for (const char *S : {"std::vector<", "std::list<", "std::deque<",
                        "std::set<", "std::array<"})
    if (T.startswith(S))
      return Wanted::Sequence;
  if (T.startswith("std::map<") || T.startswith("std::unordered_map<"))
    return Wanted::Mapping;
  return Wanted::Unknown;
}

const char *wantedName(Wanted W) {
  switch (W) {
  case Wanted::Bool:
    return "a boolean";
  case Wanted::Int:
    return "an integer";
  case Wanted::Float:
    return "a number";
  case Wanted::String:
    return "a string";
  case Wanted::Sequence:
    return "a list";
  case Wanted::Mapping:
    return "a mapping";
  case Wanted::Unknown:
    break;
  }
  return "a value";
}

/// yaml-cpp's YAML 1.1 booleans, which as<bool>() also accepts.
bool isYamlBool(llvm::StringRef V) {
  for (const char *B : {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No",
                        "NO", "on", "On", "ON", "off", "Off", "OFF"})
    if (V == B)
      return true;
  return false;
}

/// gflags' spellings of a boolean, any case.
bool isFlagBool(llvm::StringRef V) {
  for (const char *B : {"true", "false", "t", "f", "yes", "no", "y", "n", "1", "0"})
    if (V.equals_insensitive(B))
      return true;
  return false;
}

bool converts(const ConfigNode &V, Wanted W, facts::ConfigApi Api) {
  if (Api == facts::ConfigApi::Flags) {
    // A flag file holds text; gflags parses it by the flag's type.
    switch (W) {
    case Wanted::Bool:
      return isFlagBool(V.Value);
    case Wanted::Int:
      return V.Type == ScalarType::Int;
    case Wanted::Float:
      return V.Type == ScalarType::Int || V.Type == ScalarType::Float;
    default:
      return true;
    }
  }
  bool Yaml = Api == facts::ConfigApi::YamlCpp;
  switch (W) {
  case Wanted::Unknown:
    return true;
  case Wanted::Sequence:
    return V.isSequence();
  case Wanted::Mapping:
    return V.isMapping();
  case Wanted::String:
    // yaml-cpp reads any scalar as text; nlohmann only a string.
    return V.isScalar() && (Yaml || V.Type == ScalarType::String);
  case Wanted::Bool:
    return V.isScalar() &&
           (V.Type == ScalarType::Bool || (Yaml && isYamlBool(V.Value)));
  case Wanted::Int:
    return V.isScalar() && (V.Type == ScalarType::Int ||
                            (!Yaml && V.Type == ScalarType::Float));
  case Wanted::Float:
    return V.isScalar() &&
           (V.Type == ScalarType::Int || V.Type == ScalarType::Float);
  }
  return true;
}

} // namespace

void ConfigTypeMismatchRule::check(const facts::Program &P, FindingSink &Sink) {
  for (const facts::TUFacts &TU : P.TUs)
    for (const facts::ConfigRead &R : TU.Reads) {
      Wanted W = wantedOf(R.Type);
      // An in-house accessor converts by rules bel does not know.
      if (R.Kind != facts::ReadKind::Value || W == Wanted::Unknown ||
          R.Api == facts::ConfigApi::Custom)
        continue;
      for (const std::string &Path : configsOfRead(R, TU, P)) {
        const bel::config::EffectiveConfig *C = P.Configs->find(Path);
        const bel::config::MapEntry *E = C ? findEntry(C->Root, R.Keys, P.Aliases) : nullptr;
        // A null value is an omission more than a type error.
        if (!E || E->Value.NodeKind == ConfigNode::Null ||
            converts(E->Value, W, R.Api))
          continue;
        report::Finding F;
        F.Loc = E->KeyLoc;
        F.Message = "'" + dotted(R.Keys) + "' is [read as '" + R.Type +
                    "'](1), but '" + Path + "' sets it to " +
                    describeValue(E->Value) + ", which is not " + wantedName(W);
        F.Related.push_back({R.Loc, "read as '" + R.Type + "' here"});
        Sink.report(std::move(F));
      }
    }
}

std::unique_ptr<Rule> createConfigTypeMismatchRule() {
  return std::make_unique<ConfigTypeMismatchRule>();
}

} // namespace bel::rules::config
