#!/usr/bin/env bash
# bench/run.sh — how much does a full bel-lint run cost next to the compiler's
# own front end on the same translation units?
#
#   bench/run.sh [--tus N] [--build BUILD_DIR] [--keep]
#
# Generates a synthetic pipeline corpus of N TUs (bench/gen_corpus.py) in a
# temporary directory and measures, in one run, interleaved, 3 times each:
#   a. clang++ -fsyntax-only -std=c++17 TU, for every TU one after another
#      (the anchor: parsing is the floor of bel's cost), and
#   b. bel-lint --root CORPUS -p CORPUS -j 1 --format sarif -o /dev/null
#      (a full run: parse every TU, all rules, the SARIF emitter).
# It prints the median wall time and peak RSS of each, the ratios bel/clang,
# and, last, one line: `ratio bel/clang-fsyntax-only: R (bel B s, clang C s, N TUs)`.
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
python3 - "$cxx" "$bel" "$corpus" "$tmp" <<'PY'
import json, os, statistics, subprocess, sys, time

REPS = 3
cxx, bel, corpus, tmp = sys.argv[1:5]
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
bel_cmd = [bel, "--root", corpus, "-p", corpus, "--cache-dir=", "-j", "1",
           "--format", "sarif", "-o", os.devnull]
bel_codes = set()


def bel_pass():
    wall, rss, code = run(bel_cmd)
    if code not in (0, 1):  # 1 = findings; 2 = tool error; negative = killed by a signal
        fail("bel-lint", bel_cmd, code)
    bel_codes.add(code)
    return wall, rss


load_before = os.getloadavg()[0]
clang_runs, bel_runs = [], []
# Interleaved (clang, bel, clang, bel, ...) so that a burst of load from a
# neighbour on a shared machine hits both sides rather than one.
for rep in range(REPS):
    clang_runs.append(clang_pass())
    bel_runs.append(bel_pass())
    sys.stderr.write("run %d/%d: clang %.2f s, bel %.2f s\n"
                     % (rep + 1, REPS, clang_runs[-1][0], bel_runs[-1][0]))
load_after = os.getloadavg()[0]

clang_s = statistics.median(r[0] for r in clang_runs)
bel_s = statistics.median(r[0] for r in bel_runs)
clang_rss = statistics.median(r[1] for r in clang_runs) / 1024.0
bel_rss = statistics.median(r[1] for r in bel_runs) / 1024.0
ratio = bel_s / clang_s if clang_s > 0 else float("inf")
rss_ratio = bel_rss / clang_rss if clang_rss > 0 else float("inf")
n = len(tus)

cxx_label = "%s -fsyntax-only (each TU)" % os.path.basename(cxx)
bel_label = "bel-lint --format sarif (full run)"
width = max(len(cxx_label), len(bel_label), len("ratio bel / clang"))
print("bel benchmark: %d TUs, median of %d interleaved runs, sequential, load avg %.2f -> %.2f"
      % (n, REPS, load_before, load_after))
print("%-*s  %10s  %14s  %s" % (width, "", "wall (s)", "peak RSS (MiB)", "runs (s)"))
print("%-*s  %10.2f  %14.1f  %s" % (width, cxx_label, clang_s, clang_rss,
                                    " ".join("%.2f" % r[0] for r in clang_runs)))
print("%-*s  %10.2f  %14.1f  %s" % (width, bel_label, bel_s, bel_rss,
                                    " ".join("%.2f" % r[0] for r in bel_runs)))
print("%-*s  %10.2f  %14.2f" % (width, "ratio bel / clang", ratio, rss_ratio))
print("(clang: sum of per-TU wall times, RSS max over TUs; bel: one process; "
      "bel-lint exit %s; per TU: clang %.2f s, bel %.2f s)"
      % ("/".join(str(c) for c in sorted(bel_codes)), clang_s / n, bel_s / n))
print("ratio bel/clang-fsyntax-only: %.2f (bel %.1f s, clang %.1f s, %d TUs)" % (ratio, bel_s, clang_s, n))
PY
