#!/usr/bin/env bash
# Crash-consistency soak: starts qujat-cli commands that write the portfolio,
# kills each with SIGKILL at a random moment, then checks the folder with
# storecheck (the app's start-up, PRAGMA integrity_check, every row's files
# present, no file left over after the start-up clean-up). Prints the counts
# and exits non-zero on the first damaged portfolio.
#
#   tests/soak/killsoak.sh [--build DIR] [--kills N] [--seed S] [--keep] [--bundles-only]
#
# The commands to kill are the SOAK_COMMANDS below, one shell word list per
# line, with @PHOTO@, @PHOTO2@, @DATA@, @OUT@ (the export target) and
# @BUNDLE@ (one of three teachers' bundles made at the start) replaced. To
# kill another command, add a line there, or pass it with --command
# (repeatable).
#
# Bundle export and import are checked as well:
# - export writes the portfolio's bundle to @OUT@. After each run storecheck
#   opens the portfolio as the app does (which removes what an interrupted
#   export left, see bundle/exportjournal.h); then the target's folder must
#   hold nothing, or only the complete bundle, which `qujat-cli verify`
#   must accept.
# - import runs in a school's data folder. After each run `storecheck
#   --school` checks school.sqlite and every teacher's store (integrity,
#   rows to files, staging emptied) and prints a digest of the school's
#   data, which must equal the digest before the import or the digest of
#   the same import run uncut on a copy of the folder: exactly before or
#   exactly after. The school folder is emptied once it holds all three
#   teachers, so that imports keep changing it.
set -euo pipefail

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$SOURCE_DIR/../build-reliability}"
KILLS=200
SEED=2026
KEEP=0
EXTRA_COMMANDS=()
BUNDLES_ONLY=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD_DIR="$2"; shift 2 ;;
        --kills) KILLS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --bundles-only) BUNDLES_ONLY=1; shift ;;
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
    "export --out @OUT@"
    "import @BUNDLE@"
)
SOAK_COMMANDS+=("${EXTRA_COMMANDS[@]+"${EXTRA_COMMANDS[@]}"}")
# --bundles-only: kill only export and import, on a portfolio filled once
# at the start (a copy of the first teacher's).
if [ "$BUNDLES_ONLY" = 1 ]; then
    SOAK_COMMANDS=("export --out @OUT@" "import @BUNDLE@")
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/qujat-soak.XXXXXX")"
cleanup() { [ "$KEEP" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT
DATA="$WORK/portfolio"
SCHOOL="$WORK/school"
OUTDIR="$WORK/out"
OUT="$OUTDIR/bundle.qujat"
BUNDLE=""
mkdir -p "$OUTDIR"

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

# Files where the command writes first, 0 before the folder exists: files/
# of the portfolio, the export's folder, or the school's staging folder.
WATCH="$DATA/files"
countFiles() {
    if [ -d "$WATCH" ]; then
        find "$WATCH" -type f 2>/dev/null | wc -l
    else
        echo 0
    fi
}

expand() {
    local line="$1"
    line="${line//@PHOTO@/$PHOTO}"
    line="${line//@PHOTO2@/$PHOTO2}"
    line="${line//@DATA@/$DATA}"
    line="${line//@OUT@/$OUT}"
    line="${line//@BUNDLE@/$BUNDLE}"
    echo "$line"
}

# The data folder, the folder to watch and the kind of check per command.
kindOf() {
    case "$1" in
        export\ *) echo export ;;
        import\ *) echo import ;;
        *) echo portfolio ;;
    esac
}

# Three teachers' portfolios with real photos, and a bundle of each, for
# import. Each teacher gets its own portfolio UUID and signing key.
BUNDLES=()
for t in 1 2 3; do
    QT_QPA_PLATFORM=offscreen "$CLI" demo --count $((10 + 5 * t)) --data-dir "$WORK/teacher$t" >/dev/null
    QT_QPA_PLATFORM=offscreen "$CLI" add "$PHOTO" "$PHOTO2" --section documents.achievements --pages \
        --data-dir "$WORK/teacher$t" >/dev/null
    QT_QPA_PLATFORM=offscreen "$CLI" export --out "$WORK/bundle$t.qujat" --data-dir "$WORK/teacher$t" >/dev/null
    BUNDLES+=("$WORK/bundle$t.qujat")
done

if [ "$BUNDLES_ONLY" = 1 ]; then
    cp -a "$WORK/teacher1" "$DATA"
fi

schoolState() {
    local result
    result=$(QT_LOGGING_RULES="qujat.*.info=false" "$CHECK" --school "$1") || { echo "$result"; return 1; }
    echo "${result##*state=}"
}
# Sets EXPECTED to the state after importing bundle $2 uncut into a copy
# of a school in state $1, cached by both (no subshell, so the cache stays).
declare -A AFTER_STATE
expectedAfter() {
    local key="$1:$2"
    if [ -z "${AFTER_STATE[$key]:-}" ]; then
        rm -rf "$WORK/reference"
        if [ -d "$SCHOOL" ]; then cp -a "$SCHOOL" "$WORK/reference"; else mkdir -p "$WORK/reference"; fi
        QT_QPA_PLATFORM=offscreen "$CLI" import "$2" --data-dir "$WORK/reference" >/dev/null 2>&1
        AFTER_STATE[$key]=$(schoolState "$WORK/reference")
    fi
    EXPECTED="${AFTER_STATE[$key]}"
}

# How long each command takes uncut, so that kills land anywhere in it.
declare -a DURATION_MS
for i in "${!SOAK_COMMANDS[@]}"; do
    rm -rf "$WORK/timing"
    # Export a teacher's full portfolio, import a bundle into an empty school.
    timingDir="$WORK/timing"
    BUNDLE="${BUNDLES[0]}"
    [ "$(kindOf "${SOAK_COMMANDS[$i]}")" = export ] && timingDir="$WORK/teacher1"
    start=$(date +%s%N)
    # shellcheck disable=SC2046
    QT_QPA_PLATFORM=offscreen "$CLI" $(expand "${SOAK_COMMANDS[$i]}") --data-dir "$timingDir" >/dev/null
    rm -f "$OUT"
    DURATION_MS[$i]=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "command $i takes ${DURATION_MS[$i]} ms uncut: ${SOAK_COMMANDS[$i]}"
done
rm -rf "$WORK/timing"

RANDOM=$SEED
kills=0; completed=0; checks=0; orphans=0; orphanChecks=0; failures=0
partialRemoved=0; bundlesComplete=0; bundlesAbsent=0; importsBefore=0; importsAfter=0; schoolResets=0
declare -A killsPerCommand
SCHOOL_STATE=$(schoolState "$SCHOOL")
SCHOOL_EMPTY_STATE=$SCHOOL_STATE
round=0
while [ "$kills" -lt "$KILLS" ]; do
    round=$((round + 1))
    i=$((RANDOM % ${#SOAK_COMMANDS[@]}))
    kind=$(kindOf "${SOAK_COMMANDS[$i]}")
    dataDir="$DATA"; WATCH="$DATA/files"
    if [ "$kind" = export ]; then
        find "$OUTDIR" -mindepth 1 -delete
        WATCH="$OUTDIR"
    elif [ "$kind" = import ]; then
        BUNDLE="${BUNDLES[$((RANDOM % ${#BUNDLES[@]}))]}"
        dataDir="$SCHOOL"; WATCH="$SCHOOL/staging"
        stateBefore=$SCHOOL_STATE
        expectedAfter "$stateBefore" "$BUNDLE"
        stateAfter=$EXPECTED
    fi
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
    QT_QPA_PLATFORM=offscreen "$CLI" $(expand "${SOAK_COMMANDS[$i]}") --data-dir "$dataDir" >/dev/null 2>&1 &
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
    if [ "$kind" = import ]; then
        if ! result=$(QT_LOGGING_RULES="qujat.*.info=false" "$CHECK" --school "$SCHOOL"); then
            failures=$((failures + 1))
            echo "round $round (import of $BUNDLE, killed after $delay_ms ms): $result" >&2
            KEEP=1
            break
        fi
        SCHOOL_STATE=${result##*state=}
        if [ "$SCHOOL_STATE" = "$stateBefore" ]; then
            importsBefore=$((importsBefore + 1))
        elif [ "$SCHOOL_STATE" = "$stateAfter" ]; then
            importsAfter=$((importsAfter + 1))
        else
            failures=$((failures + 1))
            echo "round $round (import of $BUNDLE, killed after $delay_ms ms): the school is in state $SCHOOL_STATE," \
                "neither the state before ($stateBefore) nor after ($stateAfter)" >&2
            KEEP=1
            break
        fi
        checks=$((checks + 1))
        teachers=${result#ok teachers=}; teachers=${teachers%% *}
        if [ "$teachers" -ge "${#BUNDLES[@]}" ]; then
            rm -rf "$SCHOOL"
            SCHOOL_STATE=$SCHOOL_EMPTY_STATE
            schoolResets=$((schoolResets + 1))
        fi
        continue
    fi
    if ! result=$(QT_LOGGING_RULES="qujat.*.info=false" "$CHECK" "$DATA"); then
        failures=$((failures + 1))
        echo "round $round (command $i, killed after $delay_ms ms): $result" >&2
        KEEP=1
        break
    fi
    if [ "$kind" = export ]; then
        partial=${result#*partial_bundles_removed=}; partial=${partial%% *}
        partialRemoved=$((partialRemoved + partial))
        left=$(find "$OUTDIR" -mindepth 1 ! -path "$OUT")
        if [ -n "$left" ]; then
            failures=$((failures + 1))
            echo "round $round (export killed after $delay_ms ms): left beside the bundle after the next start: $left" >&2
            KEEP=1
            break
        fi
        if [ -e "$OUT" ]; then
            if ! QT_QPA_PLATFORM=offscreen "$CLI" verify "$OUT" >/dev/null 2>&1; then
                failures=$((failures + 1))
                echo "round $round (export killed after $delay_ms ms): $OUT exists but does not verify" >&2
                KEEP=1
                break
            fi
            bundlesComplete=$((bundlesComplete + 1))
        else
            bundlesAbsent=$((bundlesAbsent + 1))
        fi
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
echo "export: partial bundles removed at the next start: $partialRemoved;" \
    "afterwards the target held the complete, verified bundle $bundlesComplete times and nothing $bundlesAbsent times"
echo "import: the school was exactly as before $importsBefore times and exactly as after $importsAfter times" \
    "(emptied $schoolResets times to import again)"
[ "$failures" -eq 0 ]
