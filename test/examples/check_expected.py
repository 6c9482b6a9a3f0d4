#!/usr/bin/env python3
"""Compares bel-lint's JSON findings on examples/ with examples/README.md:
every 'Expected findings' row of an implemented rule (not marked *Planned*)
must be reported at exactly that file and line, nothing else may be reported
for implemented rules, and no 'Near misses' row may be reported.
Usage: check_expected.py README.md FINDINGS.json RULES.txt
(RULES.txt: the implemented rule ids, one per line, as --list-rules gives them)"""
import json
import re
import sys

readme, findings_path = sys.argv[1], sys.argv[2]
implemented = {l.split()[0] for l in open(sys.argv[3]) if l.strip()}
text = open(readme, encoding="utf-8").read()

def table(title):
    section = text.split("## " + title, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] in implemented:
            rows.append(cells)
    return rows

expected = {(r[0], r[1], int(r[2])) for r in table("Expected findings") if "*Planned*" not in r[-1]}
near = {(r[0], r[1], int(r[2])) for r in table("Near misses")}
got = {(f["ruleId"], f["location"]["path"], f["location"]["line"])
       for f in json.load(open(findings_path))["findings"] if f["ruleId"] in implemented}
ok = True
for e in sorted(expected - got):
    print("missing: %s %s:%d" % e); ok = False
for g in sorted(got - expected):
    print("unexpected: %s %s:%d" % g); ok = False
for n in sorted(near & got):
    print("near miss fired: %s %s:%d" % n); ok = False
print("expected %d, reported %d, near misses %d" % (len(expected), len(got), len(near)))
sys.exit(0 if ok else 1)
