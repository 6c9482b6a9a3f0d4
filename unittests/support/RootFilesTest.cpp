//===- RootFilesTest.cpp - what readRootFile reads, and what it refuses ---===//
#include "support/RootFiles.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

namespace bel::support {
namespace {

using unittest::TempDir;

/// The refusal message for \p Rel, or "read: <text>" when it was read.
std::string outcome(const TempDir &Dir, llvm::StringRef Rel) {
  auto Buf = readRootFile(Dir.root(), Rel);
  if (!Buf)
    return llvm::toString(Buf.takeError());
  return "read: " + (*Buf)->getBuffer().str();
}

std::string join(const TempDir &Dir, llvm::StringRef Rel) {
  return Dir.root() + "/" + Rel.str();
}

TEST(RootFiles, ReadsARegularFileInsideTheRoot) {
  TempDir Dir;
  Dir.write("configs/a.yaml", "a: 1\n");
  EXPECT_EQ(outcome(Dir, "configs/a.yaml"), "read: a: 1\n");
  EXPECT_EQ(outcome(Dir, "configs/../configs/a.yaml"), "read: a: 1\n");
}

TEST(RootFiles, RefusesAbsolutePathsAndDotDotOutOfTheRoot) {
  TempDir Dir;
  EXPECT_EQ(outcome(Dir, "/etc/hostname"),
            "an absolute path; bel reads only files inside the project root");
  EXPECT_EQ(outcome(Dir, "configs/../../x.yaml"),
            "outside the project root; it was not read");
}

TEST(RootFiles, FollowsSymlinksInsideButNotOutOfTheRoot) {
  TempDir Dir;
  Dir.write("configs/a.yaml", "a: 1\n");
  Dir.write("configs/sub/keep", "");
  ASSERT_EQ(symlink("a.yaml", join(Dir, "configs/in.yaml").c_str()), 0);
  ASSERT_EQ(symlink("/etc/hostname", join(Dir, "configs/out.yaml").c_str()), 0);
  ASSERT_EQ(symlink("/etc", join(Dir, "configs/etc").c_str()), 0);
  ASSERT_EQ(symlink("loop2", join(Dir, "configs/loop1").c_str()), 0);
  ASSERT_EQ(symlink("loop1", join(Dir, "configs/loop2").c_str()), 0);
  EXPECT_EQ(outcome(Dir, "configs/in.yaml"), "read: a: 1\n");
  const char *Out = "outside the project root once symbolic links are "
                    "resolved; it was not read";
  EXPECT_EQ(outcome(Dir, "configs/out.yaml"), Out);
  EXPECT_EQ(outcome(Dir, "configs/etc/hostname"), Out);
  EXPECT_EQ(outcome(Dir, "configs/loop1"),
            "a symbolic link that cannot be resolved (a loop, or a missing "
            "target)");
}

TEST(RootFiles, RefusesWhatIsNotARegularFile) {
  TempDir Dir;
  Dir.write("configs/sub/keep", "");
  ASSERT_EQ(mkfifo(join(Dir, "configs/pipe.yaml").c_str(), 0600), 0);
  EXPECT_EQ(outcome(Dir, "configs/pipe.yaml"),
            "not a regular file (a FIFO, socket or device); it was not read");
  EXPECT_EQ(outcome(Dir, "configs/sub"), "a directory, not a file");
  EXPECT_EQ(outcome(Dir, "configs/none.yaml").rfind("unreadable: ", 0), 0u);
}

TEST(RootFiles, RefusesFilesOverTheSizeCap) {
  TempDir Dir;
  Dir.write("big.yaml", "");
  // A sparse file: the cap is checked before anything is read.
  ASSERT_EQ(truncate(join(Dir, "big.yaml").c_str(), MaxRootFileBytes + 1), 0);
  EXPECT_EQ(outcome(Dir, "big.yaml"),
            "larger than 16 MiB (16777217 bytes); it was not read");
  ASSERT_EQ(truncate(join(Dir, "big.yaml").c_str(), MaxRootFileBytes), 0);
  EXPECT_EQ(outcome(Dir, "big.yaml").rfind("read: ", 0), 0u);
}

TEST(RootFiles, PathBelowRootIsTheRestAfterTheRootAndASlash) {
  // It compares text: the paths need not exist, nor be absolute.
  EXPECT_EQ(pathBelowRoot("p/root", "p/root/src/a.cc"),
            std::optional<llvm::StringRef>("src/a.cc"));
  // A sibling whose name starts with the root's is not below it, nor is the
  // root itself.
  EXPECT_EQ(pathBelowRoot("p/root", "p/rootless/a.cc"), std::nullopt);
  EXPECT_EQ(pathBelowRoot("p/root", "p/root"), std::nullopt);
  EXPECT_EQ(pathBelowRoot("p/root", "elsewhere/a.cc"), std::nullopt);
  // A root ending in '/' has its separator: p/ holds p/a.cc.
  EXPECT_EQ(pathBelowRoot("p/", "p/a.cc"),
            std::optional<llvm::StringRef>("a.cc"));
}

} // namespace
} // namespace bel::support
