//===- ConfigFormatTest.cpp - which parser parseConfig picks for a path ---===//
#include "ParseHelpers.h"
#include "config/ConfigNode.h"

#include <gtest/gtest.h>

using namespace bel::config;

namespace {

TEST(ConfigFormat, ParseConfigDispatchesByExtension) {
  EXPECT_EQ(formatOfPath("a/b.json"), ConfigFile::Json);
  EXPECT_EQ(formatOfPath("b.JSON"), ConfigFile::Json);
  for (const char *P : {"t.conf", "t.cfg", "t.properties", "t.ini", "t.INI"})
    EXPECT_EQ(formatOfPath(P), ConfigFile::KeyValue) << P;
  for (const char *P : {"t.flags", "t.flagfile"})
    EXPECT_EQ(formatOfPath(P), ConfigFile::Flags) << P;
  for (const char *P : {"t.yaml", "t.yml", "t", "conf", "t.txt"})
    EXPECT_EQ(formatOfPath(P), ConfigFile::Yaml) << P;

  // The same text means different things in different formats.
  EXPECT_EQ(bel::unittest::parseOk("x.ini", "a = 1\n").FileFormat,
            ConfigFile::KeyValue);
  EXPECT_EQ(bel::unittest::parseOk("x.flags", "--a=1\n").FileFormat,
            ConfigFile::Flags);
  EXPECT_EQ(bel::unittest::parseOk("x.yaml", "a: 1\n").FileFormat,
            ConfigFile::Yaml);
}

} // namespace
