#!/usr/bin/env bash
# Crash-consistency soak: starts qujat-cli commands that write the portfolio,
# kills each with SIGKILL at a random moment, then checks the folder with
# storecheck (the app's start-up, PRAGMA integrity_check, every row's files
# present, no file left over after the start-up clean-up). Prints the counts
# and exits non-zero on the first damaged portfolio.
#
#   tests/soak/killsoak.sh [--build DIR] [--kills N] [--seed S] [--keep]
#
# The commands to kill are the SOAK_COMMANDS below, one shell word list per
# line, with @PHOTO@, @PHOTO2@ and @DATA@ replaced. To kill another command
# (bundle export and import when they land), add a line there, or pass it
# with --command 'export --to @DATA@/../out.qujat' (repeatable).
set -euo pipefail

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$SOURCE_DIR/../build-reliability}"
KILLS=200
SEED=2026
KEEP=0
EXTRA_COMMANDS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD_DIR="$2"; shift 2 ;;
        --kills) KILLS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --command) EXTRA_COMMANDS+=("$2"); shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

CLI="$BUILD_DIR/app/cli/qujat-cli"
CHECK="$BUILD_DIR/bench/storecheck"
for tool in "$CLI" "$CHECK"; do
    [ -x "$tool" ] || { echo "missing $tool: build qujat-cli and bench_storecheck first" >&2; exit 2; }
done

SOAK_COMMANDS=(
    "add @PHOTO@ --section documents.achievements --date 2025-05-20"
    "add @PHOTO@ @PHOTO2@ --section documents.achievements --pages"
    "add @PHOTO@ @PHOTO2@ --section documents.achievements"
    "demo --count 3"
    # TODO(bundle export/import): add "export ..." and "import ..." lines here,
    # and check in storecheck (or a bundle check) that no partial bundle
    # is left next to the export target.
)
SOAK_COMMANDS+=("${EXTRA_COMMANDS[@]+"${EXTRA_COMMANDS[@]}"}")

WORK="$(mktemp -d "${TMPDIR:-/tmp}/qujat-soak.XXXXXX")"
cleanup() { [ "$KEEP" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
DATA="$WORK/portfolio"

# Two real phone photos from the shared corpus, copied into the temporary
# folder (never into the project): a large one that takes long to process
# and a smaller one.
SHARED="${QUJAT_SHARED_DIR:-$SOURCE_DIR/../shared}"
PHOTO="$WORK/photo.jpg"
PHOTO2="$WORK/second.jpg"
for source in page_dewarp__boston_cooking_a.jpg fairscan__img02.jpg; do
    [ -f "$SHARED/corpus/photos/$source" ] || {
        echo "missing $SHARED/corpus/photos/$source: set QUJAT_SHARED_DIR to the shared folder" >&2
        exit 2
    }
done
cp "$SHARED/corpus/photos/page_dewarp__boston_cooking_a.jpg" "$PHOTO"
cp "$SHARED/corpus/photos/fairscan__img02.jpg" "$PHOTO2"

# Files under files/, 0 before the first save created the folder.
countFiles() {
    if [ -d "$DATA/files" ]; then
        find "$DATA/files" -type f | wc -l
    else
        echo 0
    fi
}

expand() {
    local line="$1"
    line="${line//@PHOTO@/$PHOTO}"
    line="${line//@PHOTO2@/$PHOTO2}"
    line="${line//@DATA@/$DATA}"
    echo "$line"
}

# How long each command takes uncut, so that kills land anywhere in it.
declare -a DURATION_MS
for i in "${!SOAK_COMMANDS[@]}"; do
    rm -rf "$WORK/timing"
    start=$(date +%s%N)
    # shellcheck disable=SC2046
    QT_QPA_PLATFORM=offscreen "$CLI" $(expand "${SOAK_COMMANDS[$i]}") --data-dir "$WORK/timing" >/dev/null
    DURATION_MS[$i]=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "command $i takes ${DURATION_MS[$i]} ms uncut: ${SOAK_COMMANDS[$i]}"
done
rm -rf "$WORK/timing"

RANDOM=$SEED
kills=0; completed=0; checks=0; orphans=0; orphanChecks=0; failures=0
declare -A killsPerCommand
round=0
while [ "$kills" -lt "$KILLS" ]; do
    round=$((round + 1))
    i=$((RANDOM % ${#SOAK_COMMANDS[@]}))
    # A third of the kills anywhere in 0..120% of the uncut duration, a third
    # in 85..105%, and a third 0..20 ms after the first new file appears
    # under files/, where the files are written and the rows not yet
    # committed (2^30 steps for the fractions).
    fraction=$(( (RANDOM << 15 | RANDOM) % 1000000 ))
    mode=$((round % 3))
    if [ "$mode" -eq 0 ]; then
        delay_ms=$(( fraction * DURATION_MS[i] * 12 / 10 / 1000000 ))
    elif [ "$mode" -eq 1 ]; then
        delay_ms=$(( DURATION_MS[i] * 85 / 100 + fraction * DURATION_MS[i] * 20 / 100 / 1000000 ))
    else
        delay_ms=$(( fraction * 20 / 1000000 ))
        filesBefore=$(countFiles)
    fi
    # shellcheck disable=SC2046
    QT_QPA_PLATFORM=offscreen "$CLI" $(expand "${SOAK_COMMANDS[$i]}") --data-dir "$DATA" >/dev/null 2>&1 &
    pid=$!
    if [ "$mode" -eq 2 ]; then
        # Until a file appears, the process ends (a zombie counts as ended)
        # or twice the uncut duration has passed.
        polls=$(( DURATION_MS[i] * 2 / 5 ))
        while [ "$polls" -gt 0 ] && ! grep -qs '^State:.*Z' "/proc/$pid/status" && [ -d "/proc/$pid" ] \
            && [ "$(countFiles)" -eq "$filesBefore" ]; do
            sleep 0.005
            polls=$((polls - 1))
        done
    fi
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    # A process that already ended is a zombie until waited for, so kill
    # succeeds on it too: its exit status tells which happened.
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    if [ "$status" -eq $((128 + 9)) ]; then
        kills=$((kills + 1))
        killsPerCommand[$i]=$(( ${killsPerCommand[$i]:-0} + 1 ))
    else
        completed=$((completed + 1))
    fi
    if ! result=$(QT_LOGGING_RULES="qujat.*.info=false" "$CHECK" "$DATA"); then
        failures=$((failures + 1))
        echo "round $round (command $i, killed after $delay_ms ms): $result" >&2
        KEEP=1
        break
    fi
    checks=$((checks + 1))
    removed=${result##*orphans_removed=}
    orphans=$((orphans + removed))
    [ "$removed" -gt 0 ] && orphanChecks=$((orphanChecks + 1))
    items=${result#ok items=}; items=${items%% *}
    if [ $((round % 25)) -eq 0 ]; then
        echo "round $round: $kills kills, $completed completed, $items items"
    fi
done

echo "---"
for i in "${!SOAK_COMMANDS[@]}"; do
    echo "kills of command $i: ${killsPerCommand[$i]:-0} (${SOAK_COMMANDS[$i]})"
done
echo "SIGKILLs: $kills; runs that finished before the kill: $completed"
echo "checks after each run: $checks passed, $failures failed"
echo "orphaned files removed at the next start: $orphans (in $orphanChecks of the checks)"
echo "items in the portfolio at the end: ${items:-0}"
[ "$failures" -eq 0 ]
