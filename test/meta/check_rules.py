#!/usr/bin/env python3
"""Every row of rules/Rules.def has a rule class (.h/.cpp with its factory), a
doc page whose first sentence is the row's summary, and a lit test; and every
doc page and rule class has a row. Prints one line per problem."""
import os
import re
import sys

root = sys.argv[1]
rows = re.findall(r'BEL_RULE\("([^"]+)",\s*(\w+),\s*(\w+),\s*\w+,\s*"[^"]*",\s*"[^"]*",\s*"([^"]*)"\)',
                  open(os.path.join(root, "rules", "Rules.def")).read())
problems = []
for rule_id, cls, group, summary in rows:
    for ext in (".h", ".cpp"):
        path = os.path.join(root, "lib", "rules", group, cls + ext)
        if not os.path.exists(path):
            problems.append("%s: no %s" % (rule_id, os.path.relpath(path, root)))
    cpp = os.path.join(root, "lib", "rules", group, cls + ".cpp")
    if os.path.exists(cpp) and ("create%s()" % cls) not in open(cpp).read():
        problems.append("%s: %s.cpp defines no create%s()" % (rule_id, cls, cls))
    doc = os.path.join(root, "rules", group, rule_id + ".md")
    if not os.path.exists(doc):
        problems.append("%s: no doc page rules/%s/%s.md" % (rule_id, group, rule_id))
    else:
        lines = open(doc).read().split("\n")
        if lines[0] != "# " + rule_id:
            problems.append("%s: doc title is not '# %s'" % (rule_id, rule_id))
        first = " ".join(l.strip() for l in lines[2:8]).split(". ")[0].rstrip(".") + "."
        if first != summary:
            problems.append("%s: doc's first sentence %r differs from Rules.def %r" % (rule_id, first, summary))
        if "## How to fix" not in "\n".join(lines):
            problems.append("%s: doc has no '## How to fix' section" % rule_id)
    tests = os.path.join(root, "test", "lint", group)
    if not any(f.startswith(rule_id + ".") for f in os.listdir(tests) if os.path.isfile(os.path.join(tests, f))):
        problems.append("%s: no lit test test/lint/%s/%s.*" % (rule_id, group, rule_id))
ids = {r[0] for r in rows}
for group in os.listdir(os.path.join(root, "rules")):
    d = os.path.join(root, "rules", group)
    if os.path.isdir(d) and group != "packs":
        for f in os.listdir(d):
            if f.endswith(".md") and f[:-3] not in ids:
                problems.append("rules/%s/%s: doc page of no rule in Rules.def" % (group, f))
classes = {r[1] for r in rows}
for dirpath, _, files in os.walk(os.path.join(root, "lib", "rules")):
    for f in files:
        if f.endswith("Rule.cpp") and f[:-4] not in classes:
            problems.append("lib/rules: %s is not in Rules.def" % f)
for p in problems:
    print("problem: " + p)
print("%d rules checked, %d problems" % (len(rows), len(problems)))
sys.exit(1 if problems else 0)
