#!/usr/bin/env python3
"""check_tree.py SRC_ROOT PREFIX: the files `cmake --install` should have put
under PREFIX are there, identical to the sources: the built-in and example
rule packs, one page per rule, README.md and docs/*.md. Prints one summary
line, or one line per problem and exits 1."""
import filecmp
import glob
import os
import sys


def expect(src_root, prefix, pattern, dest, problems):
    """Each source file matching pattern (relative to src_root) lands at dest
    (relative to prefix; {rel} is its path below the pattern's fixed part)."""
    base = os.path.dirname(pattern.split("*")[0])
    found = sorted(glob.glob(os.path.join(src_root, pattern)))
    if not found:
        problems.append("no source matches %s" % pattern)
    for src in found:
        rel = os.path.relpath(src, os.path.join(src_root, base))
        out = os.path.join(prefix, dest.format(rel=rel))
        if not os.path.isfile(out):
            problems.append("missing: %s (from %s)" % (os.path.relpath(out, prefix),
                                                      os.path.relpath(src, src_root)))
        elif not filecmp.cmp(src, out, shallow=False):
            problems.append("differs: %s" % os.path.relpath(out, prefix))
    return len(found)


def main():
    src_root, prefix = sys.argv[1:3]
    problems = []
    counts = [
        ("built-in packs", expect(src_root, prefix, "rules/packs/*.yaml",
                                  "share/bel/packs/{rel}", problems)),
        ("example packs", expect(src_root, prefix, "examples/packs/*.yaml",
                                 "share/bel/examples/packs/{rel}", problems)),
        ("rule docs", expect(src_root, prefix, "rules/*/*.md",
                             "share/doc/bel/rules/{rel}", problems)),
        ("docs", expect(src_root, prefix, "docs/*.md",
                        "share/doc/bel/{rel}", problems)),
        ("readme", expect(src_root, prefix, "README.md",
                          "share/doc/bel/{rel}", problems)),
    ]
    # Nothing but rule pages under share/doc/bel/rules.
    for path in glob.glob(os.path.join(prefix, "share/doc/bel/rules/**"), recursive=True):
        if os.path.isfile(path) and not path.endswith(".md"):
            problems.append("unexpected: %s" % os.path.relpath(path, prefix))
    for p in problems:
        print(p)
    if problems:
        return 1
    print("installed: " + ", ".join("%d %s" % (n, what) for what, n in counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
