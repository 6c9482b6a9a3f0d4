#!/usr/bin/env python3
"""Exits 0 when two SARIF logs are byte-identical apart from the command line
bel echoes in invocations (the part between "invocations" and
"originalUriBaseIds"), else prints the first differing line and exits 1.
Usage: same_sarif.py A.sarif B.sarif"""
import sys

def body(path):
    text = open(path, encoding="utf-8").read()
    head, rest = text.split('"invocations"', 1)
    return head + rest.split('"originalUriBaseIds"', 1)[1]

a, b = body(sys.argv[1]), body(sys.argv[2])
if a != b:
    for n, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            print("%s and %s differ at line %d:\n- %s\n+ %s" % (sys.argv[1], sys.argv[2], n, x, y))
            break
    sys.exit(1)
