#!/usr/bin/env python3
"""Checks an strace log (-e trace=open,openat,openat2) of a bel run: every
file it opened lies in the project root, in one of the --include dirs (the
compile flags' include paths), in the git repository that holds the root
(its .git, .gitignore files and git's config files: the review checks read
the history), or among what any process of this toolchain opens (shared
libraries, /proc, clang's driver probing the host: the OS release files, a
CUDA installation's version header). Prints each path that does not, and
exits 1 if there is any. Failed opens (= -1) and directories read no file
and are not counted.
Usage: check_opens.py --root DIR [--include DIR]... [--exe FILE] [--cwd DIR] TRACE"""
import argparse
import os
import re
import subprocess
import sys

SYSTEM = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/include/",
          "/usr/local/include/", "/proc/", "/sys/", "/dev/",
          "/etc/ld.so.cache", "/etc/os-release", "/etc/lsb-release",
          "/etc/debian_version", "/etc/ssl/", "/usr/share/locale/",
          "/usr/lib/locale/")
# Clang's driver reads a CUDA installation's version when it finds one.
DRIVER_PROBES = re.compile(r"^/usr/local/cuda[^/]*/(include/cuda\.h|version\.(txt|json))$")
OPEN = re.compile(r'open(?:at2?)?\((?:[A-Z_]+|\d+), "([^"]*)".*\) = (-?\d+)')


def inside(path, dirs):
    return any(path == d or path.startswith(d.rstrip("/") + "/") for d in dirs)


def git_files(root):
    """What git itself reads for a repository holding root: its .git, its
    .gitignore files, and the system and global config."""
    try:
        top = subprocess.run(["git", "-C", root, "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True).stdout.strip()
    except OSError:
        return lambda path: False
    home = os.path.expanduser("~")
    configs = {"/etc/gitconfig", os.path.join(home, ".gitconfig")}
    xdg = os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.join(home, ".config")), "git")

    def allowed(path):
        if path in configs or path.startswith(xdg + "/"):
            return True
        if not top:
            return False
        return (path.startswith(os.path.join(top, ".git") + "/") or
                (inside(path, [top]) and os.path.basename(path) == ".gitignore"))
    return allowed


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--include", action="append", default=[])
    p.add_argument("--exe", action="append", default=[])
    p.add_argument("--cwd", default=".", help="where bel ran (for relative opens)")
    p.add_argument("trace")
    a = p.parse_args()
    allowed = [os.path.realpath(a.root)] + [os.path.realpath(d) for d in a.include]
    exes = {os.path.realpath(e) for e in a.exe}
    from_git = git_files(a.root)
    bad, count = set(), 0
    for line in open(a.trace, encoding="utf-8", errors="replace"):
        m = OPEN.search(line)
        if not m or int(m.group(2)) < 0:
            continue
        path = m.group(1)
        if not os.path.isabs(path):
            path = os.path.join(a.cwd, path)
        real = os.path.realpath(path)
        if os.path.isdir(real):
            continue
        count += 1
        if (inside(real, allowed) or from_git(path) or from_git(real) or real in exes or real.startswith(SYSTEM)
                or path.startswith(SYSTEM) or DRIVER_PROBES.match(path)):
            continue
        bad.add(path)
    for path in sorted(bad):
        print("opened outside the root: %s" % path)
    print("%d opens checked, %d outside" % (count, len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
