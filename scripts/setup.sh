#!/usr/bin/env bash
# setup.sh: installs the Debian 12 packages bel builds and tests with, when
# they are missing, then configures and builds bel in ./build.
#   scripts/setup.sh            install what is missing, configure, build
#   BEL_LLVM_VERSION=16 ...     build against LLVM/Clang 16 instead of 14
#   BEL_BUILD_DIR=dir ...       build somewhere else than ./build
set -euo pipefail
cd "$(dirname "$0")/.."

V="${BEL_LLVM_VERSION:-14}"
BUILD="${BEL_BUILD_DIR:-build}"
packages=(
  cmake ninja-build git python3 python3-jsonschema pre-commit
  "clang-$V" "llvm-$V-dev" "llvm-$V-tools" "libclang-$V-dev" "libclang-cpp$V-dev"
  libyaml-cpp-dev nlohmann-json3-dev libboost-graph-dev libgtest-dev
  libgit2-dev pkg-config graphviz libsqlite3-dev strace
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# clang++ builds LibTooling code about twice as fast as g++ here.
cmake -S . -B "$BUILD" -G Ninja \
  -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
  -DCMAKE_C_COMPILER="clang-$V" -DCMAKE_CXX_COMPILER="clang++-$V" \
  -DBEL_LLVM_VERSION="$V" >/dev/null
cmake --build "$BUILD" -j "$(nproc)"
