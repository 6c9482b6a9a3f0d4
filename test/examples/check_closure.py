#!/usr/bin/env python3
"""Compares `bel-deps closure NODE --format=json` with the table under
'### Upstream closure of `NODE`' in examples/README.md: the same nodes, kinds
and names, nothing more, nothing less.
Usage: check_closure.py README.md CLOSURE.json"""
import json
import sys

readme, closure_path = sys.argv[1], sys.argv[2]
closure = json.load(open(closure_path))
title = "### Upstream closure of `%s`" % closure["node"]
text = open(readme, encoding="utf-8").read()
if title not in text:
    print("README has no section %r" % title)
    sys.exit(1)
section = text.split(title, 1)[1].split("\n#", 1)[0]
documented = set()
for line in section.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 2 and cells[1].startswith("`"):
        documented.add((cells[0], cells[1].strip("`")))
got = {(n["kind"], n["name"]) for n in closure["closure"]}
ok = True
for n in sorted(documented - got):
    print("missing from the closure: %s %s" % n); ok = False
for n in sorted(got - documented):
    print("not documented: %s %s" % n); ok = False
print("documented %d, closure %d" % (len(documented), len(got)))
sys.exit(0 if ok else 1)
