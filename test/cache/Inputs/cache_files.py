#!/usr/bin/env python3
"""Ages and lists the files of a facts cache's tu/ directory, for the
pruning test.
  cache_files.py age CACHE DAYS GLOB   sets the mtime of tu/GLOB (or
                                       tu/*/GLOB) DAYS days back
  cache_files.py list CACHE            prints how many tu/*/*.json files
                                       changed within a day, then every
                                       other file, sorted"""
import glob
import os
import sys
import time


def main():
    cmd, cache = sys.argv[1], os.path.join(sys.argv[2], "tu")
    if cmd == "age":
        days, pattern = float(sys.argv[3]), sys.argv[4]
        paths = glob.glob(os.path.join(cache, pattern))
        if "/" not in pattern:
            paths += glob.glob(os.path.join(cache, "*", pattern))
        if not paths:
            sys.exit("no file matches " + pattern)
        then = time.time() - days * 86400
        for p in paths:
            os.utime(p, (then, then))
        return
    recent, others = 0, []
    for p in sorted(glob.glob(os.path.join(cache, "*", "*"))):
        rel = os.path.relpath(p, cache)
        if p.endswith(".json") and time.time() - os.path.getmtime(p) < 86400:
            recent += 1
        else:
            others.append(rel)
    print("%d entries used within 1 days" % recent)
    for rel in others:
        print(rel)


main()
