#!/usr/bin/env bash
# sanitize.sh: builds bel with AddressSanitizer and UndefinedBehaviorSanitizer
# in ./build-asan (scripts/setup.sh installs the packages first) and runs the
# whole test suite there: the unit tests, and the lit suite, whose every
# bel-lint and bel-deps run is then instrumented. Any sanitizer report fails
# the test that triggered it (halt_on_error, -fno-sanitize-recover).
#   scripts/sanitize.sh              build and run every test
#   BEL_JOBS=N ...                   build with N jobs (default: the core count)
#   BEL_LLVM_VERSION=16 ...          against LLVM/Clang 16
set -euo pipefail
cd "$(dirname "$0")/.."

V="${BEL_LLVM_VERSION:-14}"
BUILD=build-asan
BEL_BUILD_DIR="${BEL_SETUP_BUILD_DIR:-build}" scripts/setup.sh >/dev/null

# The sanitizer runtimes come with clang's compiler-rt.
if ! dpkg-query -W -f='${Status}' "libclang-rt-$V-dev" 2>/dev/null | grep -q "install ok installed"; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "libclang-rt-$V-dev" >/dev/null
fi

# -O1 keeps the instrumented build and its test run well inside CI's time.
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DCMAKE_C_COMPILER="clang-$V" -DCMAKE_CXX_COMPILER="clang++-$V" \
  -DBEL_LLVM_VERSION="$V" -DBEL_SANITIZE=address,undefined >/dev/null
cmake --build "$BUILD" -j "${BEL_JOBS:-$(nproc)}"

# LeakSanitizer runs too (detect_leaks): a leak fails the test as well.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$BUILD" --output-on-failure -j "${BEL_JOBS:-$(nproc)}"
echo "sanitize: every test passed under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer"
