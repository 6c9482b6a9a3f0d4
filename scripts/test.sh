#!/usr/bin/env bash
# test.sh: sets up and builds bel, then runs every test (GoogleTest units and
# the lit suite) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD="${BEL_BUILD_DIR:-build}"
ctest --test-dir "$BUILD" --output-on-failure
