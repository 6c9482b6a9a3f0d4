#!/usr/bin/env bash
# bench/run.sh — how much does a full bel-lint run cost next to the compiler's
# own front end on the same translation units?
#
#   bench/run.sh [--tus N] [--build BUILD_DIR] [--keep]
#
# Generates a synthetic pipeline corpus of N TUs (bench/gen_corpus.py) in a
# temporary directory and measures, in one run, interleaved, 3 times each:
#   a. clang++ -fsyntax-only -std=c++17 TU, for every TU one after another
#      (the anchor: parsing is the floor of bel's cost);
#   b. bel-lint -j 1 with an empty facts cache (a cold full run: parse every
#      TU, all rules, the SARIF emitter), then c. the same again (warm);
#   d. bel-lint -j 2 without a cache;
#   e. clang-tidy with one cheap check over every TU (where it is installed).
# It prints the median wall time and peak RSS of each, then the ratios bel
# cold / clang, warm / cold, clang-tidy / clang, the -j 2 speed-up and peak
# RSS bel / clang, and, last, one line:
# `ratio bel/clang-fsyntax-only: R (bel B s, clang C s, N TUs)`.
#
# Defaults: N=20, BUILD_DIR=build under the repository root. --keep leaves the
# corpus in place (its path is printed) to look at bel's findings.
# Environment: BEL_BENCH_CXX overrides the compiler (default clang++-14, else clang++).
# Exit status: 0 when both ran (bel-lint exiting 1 for findings is fine), 2 when
# bel-lint exits 2 (tool error) or crashes, or clang rejects a TU; 64 on bad usage.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)

usage() {
  echo "usage: bench/run.sh [--tus N] [--build BUILD_DIR] [--keep]" >&2
  exit 64
}
die() {
  echo "bench/run.sh: $*" >&2
  exit 2
}

tus=20
build="$repo_root/build"
keep=0
while (($#)); do
  case "$1" in
    --tus) (($# >= 2)) || usage; tus=$2; shift 2 ;;
    --tus=*) tus=${1#*=}; shift ;;
    --build) (($# >= 2)) || usage; build=$2; shift 2 ;;
    --build=*) build=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) usage ;;
    *) echo "bench/run.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ $tus =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --tus wants a positive integer, not '$tus'" >&2; usage; }

[[ -d $build ]] || die "no build directory $build"
build=$(cd "$build" && pwd)  # absolute: the harness runs the tools from inside the corpus
bel="$build/tools/bel-lint/bel-lint"
[[ -x $bel ]] || die "no bel-lint at $bel (build it first, or pass --build BUILD_DIR)"
command -v python3 >/dev/null || die "python3 is required"
if [[ -n ${BEL_BENCH_CXX:-} ]]; then
  cxx=$BEL_BENCH_CXX
elif command -v clang++-14 >/dev/null; then
  cxx=clang++-14
elif command -v clang++ >/dev/null; then
  cxx=clang++
else
  die "neither clang++-14 nor clang++ is on PATH (set BEL_BENCH_CXX)"
fi
command -v "$cxx" >/dev/null || die "compiler '$cxx' not found"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bel-bench.XXXXXX")
if ((keep)); then
  trap 'echo "corpus kept in $tmp/corpus" >&2' EXIT
else
  trap 'rm -rf "$tmp"' EXIT
fi
corpus="$tmp/corpus"
python3 "$script_dir/gen_corpus.py" "$corpus" --tus "$tus"

# The harness: python3 for the timing, because os.wait4 gives each child's own
# peak RSS (ru_maxrss) next to a perf_counter wall time, with no parsing of
# /usr/bin/time output and no dependency on hyperfine.
tidy=""
for t in clang-tidy-14 clang-tidy; do
  if command -v "$t" >/dev/null; then tidy=$t; break; fi
done
python3 - "$cxx" "$bel" "$corpus" "$tmp" "$tidy" <<'PY'
import json, os, statistics, subprocess, sys, time

REPS = 3
cxx, bel, corpus, tmp, tidy = sys.argv[1:6]
with open(os.path.join(corpus, "compile_commands.json")) as f:
    tus = [entry["file"] for entry in json.load(f)]
err_path = os.path.join(tmp, "stderr.txt")


def run(cmd):
    """Runs cmd in the corpus; returns (wall seconds, peak RSS in KiB, exit code)."""
    with open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=corpus, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def fail(what, cmd, code):
    with open(err_path, errors="replace") as f:
        tail = f.read()[-4000:]
    sys.stderr.write("bench/run.sh: %s exited %d: %s\n%s" % (what, code, " ".join(cmd), tail))
    sys.exit(2)


def clang_pass():
    total, peak = 0.0, 0
    for tu in tus:
        cmd = [cxx, "-fsyntax-only", "-std=c++17", tu]
        wall, rss, code = run(cmd)
        if code != 0:
            fail(cxx, cmd, code)
        total += wall
        peak = max(peak, rss)
    return total, peak


# One thread, as the clang anchor runs one TU at a time: core against core.
def bel_cmd(cache, jobs):
    return [bel, "--root", corpus, "-p", corpus, "--cache-dir=" + cache, "-j", str(jobs),
            "--format", "sarif", "-o", os.devnull]


bel_codes = set()


def bel_pass(cache="", jobs=1):
    cmd = bel_cmd(cache, jobs)
    wall, rss, code = run(cmd)
    if code not in (0, 1):  # 1 = findings; 2 = tool error; negative = killed by a signal
        fail("bel-lint", cmd, code)
    bel_codes.add(code)
    return wall, rss


def tidy_pass():
    # One cheap check, every TU in one process, as a CI job would run it.
    cmd = [tidy, "-p", corpus, "--checks=-*,readability-braces-around-statements",
           "--quiet"] + tus
    wall, rss, code = run(cmd)
    if code != 0:
        fail(tidy, cmd, code)
    return wall, rss


load_before = os.getloadavg()[0]
rows = {k: [] for k in ("clang", "cold", "warm", "j2", "tidy")}
# Interleaved (clang, bel cold, bel warm, bel -j2, clang-tidy, ...) so that a
# burst of load from a neighbour on a shared machine hits every side.
for rep in range(REPS):
    cache = os.path.join(tmp, "cache-%d" % rep)  # empty: a cold run fills it
    rows["clang"].append(clang_pass())
    rows["cold"].append(bel_pass(cache, 1))
    rows["warm"].append(bel_pass(cache, 1))
    rows["j2"].append(bel_pass("", 2))
    if tidy:
        rows["tidy"].append(tidy_pass())
    sys.stderr.write("run %d/%d: %s\n" % (rep + 1, REPS, ", ".join(
        "%s %.2f s" % (k, v[-1][0]) for k, v in rows.items() if v)))
load_after = os.getloadavg()[0]


def med(key, i):
    return statistics.median(r[i] for r in rows[key]) if rows[key] else float("nan")


n = len(tus)
labels = {
    "clang": "%s -fsyntax-only (each TU)" % os.path.basename(cxx),
    "cold": "bel-lint -j 1, cold (empty cache)",
    "warm": "bel-lint -j 1, warm (nothing changed)",
    "j2": "bel-lint -j 2, no cache",
    "tidy": "clang-tidy, one check (all TUs)",
}
width = max(len(l) for l in labels.values())
print("bel benchmark: %d TUs, median of %d interleaved runs, sequential, load avg %.2f -> %.2f"
      % (n, REPS, load_before, load_after))
print("%-*s  %10s  %14s  %s" % (width, "", "wall (s)", "peak RSS (MiB)", "runs (s)"))
for key, label in labels.items():
    if rows[key]:
        print("%-*s  %10.2f  %14.1f  %s" % (width, label, med(key, 0), med(key, 1) / 1024.0,
                                            " ".join("%.2f" % r[0] for r in rows[key])))
    else:
        print("%-*s  (not run: %s not found)" % (width, label, "clang-tidy"))
clang_s, cold_s = med("clang", 0), med("cold", 0)
print("(clang: sum of per-TU wall times, RSS max over TUs; bel and clang-tidy: one process; "
      "bel-lint exit %s)" % "/".join(str(c) for c in sorted(bel_codes)))
print("ratio bel cold / clang -fsyntax-only: %.2f (aim <= 1.0)" % (cold_s / clang_s))
print("ratio bel warm / bel cold: %.3f (aim <= 0.05)" % (med("warm", 0) / cold_s))
if rows["tidy"]:
    print("ratio clang-tidy one check / clang -fsyntax-only: %.2f (the anchor)" % (med("tidy", 0) / clang_s))
print("speed-up bel -j 2 / -j 1: %.2f (cores: %d)" % (cold_s / med("j2", 0), os.cpu_count()))
print("ratio peak RSS bel cold / clang: %.2f" % (med("cold", 1) / med("clang", 1)))
print("ratio bel/clang-fsyntax-only: %.2f (bel %.1f s, clang %.1f s, %d TUs)" % (cold_s / clang_s, cold_s, clang_s, n))
PY
