#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in their own build folder
# and runs each for a fixed time, seeded from the shared corpus (read in
# place, never copied into the project). Prints executions and crashes per
# target; exits non-zero when any target crashed.
#
#   fuzz/run.sh [--budget SECONDS] [--build DIR] [--only NAME] [--no-build]
#
# Crash inputs land in BUILD/crashes/; new corpus entries libFuzzer finds in
# BUILD/corpus/NAME (the shared seed folders stay read-only).
set -euo pipefail

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$SOURCE_DIR/../build-reliability-fuzz}"
SHARED="${QUJAT_SHARED_DIR:-$SOURCE_DIR/../shared}/corpus"
BUDGET=180
ONLY=""
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --budget) BUDGET="$2"; shift 2 ;;
        --build) BUILD_DIR="$2"; shift 2 ;;
        --only) ONLY="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

# Only this script needs clang and its runtime (libFuzzer, the sanitizers);
# the normal build uses the default compiler.
install_fuzz_packages() {
    local packages=(clang libclang-rt-14-dev)
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Each target with its seed folders (relative to the shared corpus).
TARGETS=(
    "fuzz_barcodetext cases/B07_qr_cp1251_no_eci barcodes/zxing-cpp"
    "fuzz_imageloader images/truncated images/malformed images/colour images/bombs images/heic images/exif-orientation cases/B01_exif_orientation"
    "fuzz_pagepipeline images/malformed images/colour images/truncated cases/B05_qr_inverted cases/B07_qr_cp1251_no_eci"
    "fuzz_bundlereader zip bagit @BUNDLE_CASES@"
)
# Per-target libFuzzer options: images are capped at 64 KB per input, so that
# every input is decoded quickly (longer seeds are cut, which also makes
# them truncated files).
declare -A OPTIONS=(
    [fuzz_barcodetext]="-max_len=4096"
    [fuzz_imageloader]="-max_len=65536 -timeout=30 -rss_limit_mb=2048"
    [fuzz_pagepipeline]="-max_len=65536 -timeout=60 -rss_limit_mb=2048"
    [fuzz_bundlereader]="-max_len=262144 -timeout=30 -rss_limit_mb=2048"
)

if [ "$BUILD" = 1 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        install_fuzz_packages
    fi
    cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DQUJAT_BUILD_FUZZERS=ON \
        -DQUJAT_BUILD_TESTS=OFF -DQUJAT_BUILD_BENCHMARKS=OFF >/dev/null
    nice ninja -C "$BUILD_DIR" -j"${JOBS:-2}" fuzzers
fi

mkdir -p "$BUILD_DIR/crashes" "$BUILD_DIR/logs"
export ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

status=0
printf '%-20s %12s %10s %8s %s\n' target executions exec/s crashes seeds
for entry in "${TARGETS[@]}"; do
    read -r name seeds <<<"$entry"
    [ -n "$ONLY" ] && [ "$ONLY" != "$name" ] && continue
    binary="$BUILD_DIR/fuzz/$name"
    corpus="$BUILD_DIR/corpus/$name"
    mkdir -p "$corpus"
    seedDirs=()
    # @BUNDLE_CASES@: the corpus cases about bundles (B08-B10), whatever
    # their names after the number.
    seeds="${seeds//@BUNDLE_CASES@/$(cd "$SHARED" 2>/dev/null && ls -d cases/B08_* cases/B09_* cases/B10_* 2>/dev/null | xargs)}"
    for seed in $seeds; do
        [ -d "$SHARED/$seed" ] && seedDirs+=("$SHARED/$seed")
    done
    log="$BUILD_DIR/logs/$name.log"
    before=$(find "$BUILD_DIR/crashes" -name "$name-*" | wc -l)
    # shellcheck disable=SC2086
    "$binary" "$corpus" "${seedDirs[@]}" ${OPTIONS[$name]:-} -max_total_time="$BUDGET" \
        -print_final_stats=1 -artifact_prefix="$BUILD_DIR/crashes/$name-" >"$log" 2>&1 || true
    after=$(find "$BUILD_DIR/crashes" -name "$name-*" | wc -l)
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    crashes=$((after - before))
    printf '%-20s %12s %10s %8s %s\n' "$name" "${runs:-0}" "${speed:-0}" "$crashes" "${seeds// /,}"
    if [ "$crashes" -gt 0 ] || ! grep -q 'Done [0-9]* runs' "$log"; then
        status=1
        echo "  see $log" >&2
    fi
done
exit $status
