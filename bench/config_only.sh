#!/usr/bin/env bash
# config_only.sh [--files N] [--keys K] [--build BUILD_DIR]: the pre-commit
# fast path. Generates N YAML configs of K keys, then times, side by side and
# three times each (median), `bel-lint --config-only` against a plain
# yaml-cpp parse of the same files, and prints both and their ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
files=1000 keys=200 build="$here/../build"
while (($#)); do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --keys) keys="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    *) echo "usage: $0 [--files N] [--keys K] [--build DIR]" >&2; exit 64 ;;
  esac
done
lint="$build/tools/bel-lint/bel-lint"
parse="$build/bench/bel-bench-yaml-parse"
[ -x "$lint" ] && [ -x "$parse" ] || { echo "build bel-lint and bel-bench-yaml-parse first" >&2; exit 2; }
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
python3 "$here/gen_configs.py" "$corpus" --files "$files" --keys "$keys"

python3 - "$lint" "$parse" "$corpus" "$files" "$keys" <<'PY'
import glob, os, statistics, subprocess, sys, time
lint, parse, corpus, files, keys = sys.argv[1:]
configs = sorted(glob.glob(os.path.join(corpus, "configs", "*.yaml")))

def timed(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t, p.returncode

bel, plain = [], []
for _ in range(3):
    t, rc = timed([lint, "--root", corpus, "--config-only", "--format", "sarif", "-o", os.devnull])
    if rc not in (0, 1):
        sys.exit("bel-lint failed with exit code %d" % rc)
    bel.append(t)
    t, rc = timed([parse] + configs)
    if rc != 0:
        sys.exit("yaml-cpp parse failed")
    plain.append(t)
b, p = statistics.median(bel), statistics.median(plain)
print("config-only benchmark: %s files x %s keys, median of 3" % (files, keys))
print("  bel-lint --config-only   %6.2f s   runs %s" % (b, " ".join("%.2f" % x for x in bel)))
print("  yaml-cpp parse only      %6.2f s   runs %s" % (p, " ".join("%.2f" % x for x in plain)))
print("ratio bel-config-only/yaml-cpp-parse: %.2f (bel %.2f s, yaml-cpp %.2f s)" % (b / p, b, p))
PY
