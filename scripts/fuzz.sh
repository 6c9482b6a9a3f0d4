#!/usr/bin/env bash
# fuzz.sh: builds bel's libFuzzer targets (fuzz/) in ./build-fuzz and runs
# each one after the other, starting from a copy of its seed corpus.
#   scripts/fuzz.sh              every target for 60 s
#   scripts/fuzz.sh 600          every target for 600 s
#   scripts/fuzz.sh 600 yaml     only bel-fuzz-yaml (names as in fuzz/)
#   BEL_JOBS=N ...               build with N jobs (default 2)
# Prints, per target, the executions (libFuzzer's
# stat::number_of_executed_units), the coverage (cov: edges, ft: features),
# the corpus size and the crashes found; exits 1 if any target crashed,
# leaked, hung or ran out of memory. Each crash input is kept under
# build-fuzz/runs/<target>/artifacts/; the run prints the command that
# replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL=(yaml json keyvalue flags manifest rulepack facts sarif)
TARGETS=("${@:-${ALL[@]}}")
V="${BEL_LLVM_VERSION:-14}"
BUILD=build-fuzz

# Dictionaries: the config formats, and the formats built on them.
dict_of() {
  case "$1" in
    yaml | manifest | rulepack) echo fuzz/yaml.dict ;;
    json | facts) echo fuzz/json.dict ;;
    *) ;;
  esac
}

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="clang-$V" -DCMAKE_CXX_COMPILER="clang++-$V" \
  -DBEL_LLVM_VERSION="$V" -DBEL_FUZZ=ON -DBEL_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "${BEL_JOBS:-2}" --target "${TARGETS[@]/#/bel-fuzz-}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
summary=()
for t in "${TARGETS[@]}"; do
  run="$BUILD/runs/$t"
  rm -rf "$run"
  mkdir -p "$run/corpus" "$run/artifacts"
  cp fuzz/corpus/"$t"/* "$run/corpus/"
  args=(-max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10
        -print_final_stats=1 -artifact_prefix="$run/artifacts/")
  dict="$(dict_of "$t")"
  [ -z "$dict" ] || args+=(-dict="$dict")
  echo "fuzz: bel-fuzz-$t for ${SECONDS_PER_TARGET}s (log: $run/log)"
  rc=0
  # libFuzzer ends a hung input itself (-timeout); the outer limit only
  # guards against the fuzzer process hanging as a whole.
  timeout -s KILL "$((SECONDS_PER_TARGET + 300))" \
    nice -n 10 "$BUILD/fuzz/bel-fuzz-$t" "${args[@]}" "$run/corpus" >"$run/log" 2>&1 || rc=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$run/log" | tail -1 | cut -d' ' -f2)"
  ft="$(grep -o 'ft: [0-9]*' "$run/log" | tail -1 | cut -d' ' -f2)"
  corp="$(find "$run/corpus" -type f | wc -l)"
  # crash-, leak-, timeout- and oom- inputs are findings; slow-unit- ones
  # (over 10 s, as libFuzzer reports them) are only counted.
  crashes="$(find "$run/artifacts" -type f ! -name 'slow-unit-*' | wc -l)"
  slow="$(find "$run/artifacts" -type f -name 'slow-unit-*' | wc -l)"
  line="$(printf '%-9s executions %10s  cov %5s  ft %6s  corpus %5s  crashes %s' \
    "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$crashes")"
  [ "$slow" -eq 0 ] || line+="  slow units $slow"
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    line+="  FAILED (exit $rc)"
    grep -m1 -E '^(==[0-9]+==ERROR|.*runtime error|.*deadly signal|.*ALARM|.*out-of-memory)' "$run/log" || true
    for a in "$run"/artifacts/*; do
      [ -e "$a" ] && echo "fuzz: replay with: $BUILD/fuzz/bel-fuzz-$t $a"
    done
  fi
  if [ "$rc" -eq 137 ]; then
    echo "fuzz: bel-fuzz-$t did not stop by itself and was killed"
  fi
  echo "fuzz: $line"
  summary+=("$line")
done

echo "fuzz: summary (${SECONDS_PER_TARGET}s per target)"
printf '  %s\n' "${summary[@]}"
exit "$failed"
