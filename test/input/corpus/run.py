#!/usr/bin/env python3
"""Runs bel-lint on the bad-input corpus (cases.py) and checks what must hold
of every bad input, whatever it is:
  - bel ends by itself (no hang: a limit of --timeout seconds), with exit
    code 0 or 1 (or the case's), never by a signal, an assertion or a
    sanitizer report;
  - the SARIF log parses and records the case's notification with a
    file, line and column, and the text names the same file:line:col;
  - the finding on the good part of the project (configs/train.yaml:2,
    'stale' is unused) is still reported.
Prints each case's exit code, bel's text output (the project directory
replaced by @ROOT@) and the notifications of the SARIF log, for the
corpus-*.test files to check with FileCheck, then 'ok NAME' or
'FAIL NAME: why'. Exits 1 if any case failed.
Usage: run.py --bel BEL_LINT --work DIR [--group G] [--cxxflags FLAGS] [NAME...]"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
from urllib.parse import unquote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as corpus  # noqa: E402

BAD_SIGNS = ("Assertion", "Stack dump", "PLEASE submit a bug report",
             "AddressSanitizer", "LeakSanitizer", "runtime error:",
             "terminate called", "Segmentation fault")


def build(case, root):
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "src"))
    os.makedirs(os.path.join(root, "configs"))
    files = {"src/good.cpp": corpus.GOOD_TU, "configs/train.yaml": corpus.GOOD_CONFIG}
    files.update(case.get("files", {}))
    for rel, text in files.items():
        path = os.path.join(root, rel)
        if os.path.isdir(path):  # a file where the skeleton has a directory
            shutil.rmtree(path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
        data = data.replace(b"@ROOT@", root.encode())
        with open(path, "wb") as f:
            f.write(data)
    if case.get("setup"):
        case["setup"](root)


def command(case, root, bel, cxxflags):
    sarif = ["--sarif-output", os.path.join(root, "..", case["name"] + ".sarif")]
    if case.get("merge"):
        return [bel, "--root", root] + sarif + ["merge", "1.facts", "2.facts"]
    cmd = [bel, "--root", root] + sarif + ["src/good.cpp"] + case.get("tus", [])
    if case.get("db"):
        return cmd + ["-p", os.path.join(root, "build")]
    return cmd + ["--"] + shlex.split(cxxflags)


def first_runs(case, root, bel, cxxflags, timeout):
    """The runs whose output the case then breaks."""
    if case.get("merge"):
        for k in (1, 2):
            subprocess.run([bel, "--root", root, "--shard", "%d/2" % k, "--facts-out",
                            "%d.facts" % k, "src/good.cpp", "src/other.cpp", "--"] +
                           shlex.split(cxxflags), cwd=root, capture_output=True,
                           timeout=timeout, check=True)
    else:
        subprocess.run(command(case, root, bel, cxxflags), cwd=root,
                       capture_output=True, timeout=timeout)


def located(n, region=True):
    """file:line:col of a SARIF notification (or only the file, where
    region is False), or None."""
    for loc in n.get("locations", []):
        phys = loc.get("physicalLocation", {})
        uri = phys.get("artifactLocation", {}).get("uri")
        r = phys.get("region", {})
        if uri and "startLine" in r:
            return "%s:%d:%d" % (uri, r["startLine"], r.get("startColumn", 1))
        if uri and not region:
            return uri
    return None


def check(case, args):
    name = case["name"]
    root = os.path.join(os.path.abspath(args.work), name)
    build(case, root)
    cmd = command(case, root, args.bel, args.cxxflags)
    problems = []
    if case.get("after_first_run"):
        first_runs(case, root, args.bel, args.cxxflags, args.timeout)
        case["after_first_run"](root)
    try:
        proc = subprocess.run(cmd, cwd=root, capture_output=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return ["did not end within %d s" % args.timeout], ""
    out = (proc.stdout + proc.stderr).decode("utf-8", "replace").replace(root + "/", "@ROOT@/")
    out = out.replace(root, "@ROOT@")
    report = ["== %s: exit %d" % (name, proc.returncode)] + out.splitlines()
    if proc.returncode not in case.get("exit", (0, 1)):
        problems.append("exit code %d" % proc.returncode)
    problems += ["output says '%s'" % s for s in BAD_SIGNS if s in out]

    sarif_path = os.path.join(root, "..", name + ".sarif")
    try:
        log = json.load(open(sarif_path, encoding="utf-8"))
        run = log["runs"][0]
    except (OSError, ValueError, KeyError, IndexError) as e:
        return problems + ["no SARIF log: %s" % e], "\n".join(report)
    notes = [n for inv in run.get("invocations", [])
             for n in inv.get("toolExecutionNotifications", [])]
    for n in notes:
        report.append("sarif: %s %s" % (n.get("descriptor", {}).get("id"),
                                        located(n, region=False) or "-"))
    want, region = case.get("notify"), case.get("region", True)
    if want:
        hits = [n for n in notes if n.get("descriptor", {}).get("id") == want]
        if not hits:
            problems.append("SARIF has no %s notification" % want)
        elif not any(located(n, region) for n in hits):
            problems.append("the %s notification has no %s" %
                            (want, "file:line:col" if region else "file"))
        elif not any(unquote(located(n, region), errors="replace") + ":" in out
                     for n in hits):
            problems.append("the text output does not name %s" % located(hits[0], region))
    if case.get("survivor", True):
        if not any(r.get("ruleId") == "config-unused-setting" and
                   "configs/train.yaml" in json.dumps(r.get("locations", []))
                   for r in run.get("results", [])):
            problems.append("the finding on configs/train.yaml was lost")
    return problems, "\n".join(report)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bel", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--group")
    p.add_argument("--cxxflags", default="-std=c++17")
    p.add_argument("--timeout", type=int, default=120)
    p.add_argument("names", nargs="*")
    args = p.parse_args()
    args.bel = os.path.abspath(args.bel)
    os.makedirs(args.work, exist_ok=True)
    failed = 0
    chosen = [c for c in corpus.CASES
              if (not args.group or c["group"] == args.group)
              and (not args.names or c["name"] in args.names)]
    if not chosen:
        sys.exit("run.py: no case matches")
    for case in chosen:
        problems, report = check(case, args)
        print(report)
        if problems:
            failed += 1
            print("FAIL %s: %s" % (case["name"], "; ".join(problems)))
            print("FAIL %s: %s" % (case["name"], "; ".join(problems)), file=sys.stderr)
        else:
            print("ok %s" % case["name"])
    print("%d of %d cases passed" % (len(chosen) - failed, len(chosen)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
