#!/usr/bin/env python3
"""Masks what legitimately varies between machines and builds in a SARIF log
(the command line's paths, bel's version, the configured home page), so that
a golden compares everything else. Byte-for-byte determinism of bel's own
printing is tested separately (deterministic.test)."""
import json
import re
import sys

log = json.load(open(sys.argv[1], encoding="utf-8"))
for run in log["runs"]:
    driver = run["tool"]["driver"]
    for key in ("version", "semanticVersion"):
        driver[key] = "<version>"
    driver["informationUri"] = "<home>"
    for inv in run.get("invocations", []):
        inv["arguments"] = ["<arguments>"]
        inv["commandLine"] = "<command line>"
text = json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False)
text = re.sub(r'"https?://[^"]*/blob/main/', '"<docs>/', text)
sys.stdout.write(text + "\n")
