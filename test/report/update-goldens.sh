#!/usr/bin/env bash
# update-goldens.sh BUILD_DIR: regenerates test/report/Inputs/*.golden from the
# current bel-lint. Review the diff before committing; never edit by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-$here/../../build}" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r "$here/Inputs/small" "$tmp/small"
"$build/tools/bel-lint/bel-lint" --root "$tmp/small" "$tmp/small/src/train.cpp" \
  --format=sarif -o "$tmp/out.sarif" -- -std=c++17 -nostdinc++ -isystem "$here/../Inputs/Headers" || true
python3 "$here/normalize_sarif.py" "$tmp/out.sarif" > "$here/Inputs/small.sarif.golden"
git -C "$here" diff --stat -- Inputs/small.sarif.golden
