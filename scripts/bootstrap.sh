#!/usr/bin/env bash
# Sets up a fresh Debian machine for vaultlint and does one job:
#   scripts/bootstrap.sh demo   install what is missing, build, check the sample vault
#   scripts/bootstrap.sh build  install what is missing, build vaultlint only (CI jobs, docs/ci.md)
#   scripts/bootstrap.sh test   install what is missing (with test tools), build, run every test
# Runs as root or through sudo; installs only packages that are not there yet.
set -euo pipefail

mode="${1:-demo}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${VAULTLINT_BUILD_DIR:-$root/build}"

build_packages=(
  cmake ninja-build g++ pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libboost-graph-dev
  libfmt-dev libcli11-dev nlohmann-json3-dev libutf8proc-dev libxxhash-dev libvalijson-dev libmimalloc-dev
  robin-map-dev
)
# git and pre-commit: the pre-commit hook is tested with the real tool (python3-yaml comes with it).
# chromium: the HTML pages are tested in a real browser (tests/browser/).
test_packages=(libgtest-dev python3 graphviz python3-networkx git pre-commit json-schema-test-suite
  chromium)
# Node.js may come from Debian or from another vendor (NodeSource ships npm inside
# its nodejs package, and Debian's npm package then cannot be installed beside it),
# so node and npm count as present when the commands are, whoever installed them.
# Every mode needs npm: the build fetches the HTML graph page's pinned cytoscape
# (web/package-lock.json, docs/dependencies.md).
node_commands=(node:nodejs npm:npm)

case "$mode" in
  demo | build) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 demo|build|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
for entry in "${node_commands[@]}"; do
  command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  apt_options=()
  # apt verifies signatures as the unprivileged _apt user, which needs a world-writable
  # /tmp; on machines where /tmp is root-only that step fails and the index goes stale.
  if [[ $(stat -c %a /tmp) != 1777 ]]; then apt_options+=(-o APT::Sandbox::User=root); fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq "${apt_options[@]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DVAULTLINT_BUILD_TESTS="$([[ $mode == test ]] && echo ON || echo OFF)" \
  -DVAULTLINT_BUILD_BENCH="$([[ $mode == build ]] && echo OFF || echo ON)" -DVAULTLINT_WERROR=ON
cmake --build "$build" --parallel

if [[ $mode == build ]]; then
  echo "Built $build/src/vaultlint"
elif [[ $mode == demo ]]; then
  # The sample vault shows every rule, so findings (exit 1) are the expected outcome.
  status=0
  "$build/src/vaultlint" check "$root/vault-samples/demo" || status=$?
  echo "vaultlint exited with $status (0: clean, 1: errors found, 2: usage or I/O error)"
  [[ $status -le 1 ]]
else
  ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
  # The reader runs on a thread pool: the parallel tests again under ThreadSanitizer.
  tsan="${VAULTLINT_TSAN_BUILD_DIR:-$root/build-tsan}"
  cmake -S "$root" -B "$tsan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVAULTLINT_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread
  cmake --build "$tsan" --target vaultlint_tests --parallel
  TSAN_OPTIONS="halt_on_error=1" "$tsan/tests/vaultlint_tests" \
    --gtest_filter='LoadVault.*:CheckVault.*:NearNames.Concurrent*:MarkdownBody.Concurrent*:SchemaInfer.Parallel*:VaultWalker.ManyThreads*:IncrementalCheck.*'
  # Every test again under AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset):
  # hostile notes must not read out of bounds or overflow anywhere.
  asan="${VAULTLINT_ASAN_BUILD_DIR:-$root/build-asan}"
  cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVAULTLINT_BUILD_BENCH=OFF \
    -DVAULTLINT_WERROR=ON -DVAULTLINT_BUILD_TESTS=ON \
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined
  cmake --build "$asan" --parallel
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$asan" --output-on-failure --parallel "$(nproc)"
fi
