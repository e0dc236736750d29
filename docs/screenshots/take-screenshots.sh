#!/usr/bin/env bash
# Renders the app's main pages headless, in Kazakh, at phone (360x800) and
# tablet (1280x800) sizes, from a generated sample portfolio.
# Usage: docs/screenshots/take-screenshots.sh [BUILD_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen

# The first start fills the sample portfolio in $data/sample.
"$build/app/qujat" --data-dir "$data" --sample --language kk --page home \
    --screenshot "$data/warm-up.png" --size 360x800 >/dev/null 2>&1

item="$("$build/app/cli/qujat-cli" list --data-dir "$data/sample" \
    --section documents.achievements --json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["uuid"])')"

shoot() { # NAME PAGE SIZE
    "$build/app/qujat" --data-dir "$data" --sample --language kk --page "$2" \
        --size "$3" --screenshot "$here/$1.png" >/dev/null 2>&1
    echo "wrote $here/$1.png"
}

for size in phone:360x800 tablet:1280x800; do
    name="${size%%:*}"
    pixels="${size#*:}"
    shoot "home-$name-kk" home "$pixels"
    shoot "section-$name-kk" section:documents.achievements "$pixels"
    shoot "item-$name-kk" "item:$item" "$pixels"
    shoot "review-$name-kk" review "$pixels"
    # The review with a corner held, so the magnifier shows.
    shoot "corners-$name-kk" corners "$pixels"
    # The camera page on the simulated camera that --screenshot turns on.
    shoot "capture-$name-kk" capture "$pixels"
done

# Readiness, the 2024 view and presentation mode (contents and a document).
for size in phone:360x800 tablet:1280x800; do
    name="${size%%:*}"
    pixels="${size#*:}"
    shoot "readiness-$name-kk" readiness "$pixels"
    shoot "directions-$name-kk" directions "$pixels"
    shoot "present-contents-$name-kk" present "$pixels"
    shoot "present-document-$name-kk" present:12 "$pixels"
done

# The charts page on a tablet, and the PDF portfolio of the same sample in
# Kazakh: the cover, the 2024 listing, a page of tables (VI to VIII) and a
# document page.
shoot charts-tablet-kk charts 1280x800
"$build/app/cli/qujat-cli" --data-dir "$data/sample" report --out "$data/portfolio.pdf" >/dev/null
for part in cover:1 directions:3 tables:7 document:10; do
    pdftoppm -png -r 72 -f "${part#*:}" -l "${part#*:}" -singlefile "$data/portfolio.pdf" \
        "$here/report-${part%%:*}-kk"
    echo "wrote $here/report-${part%%:*}-kk.png"
done

# The portfolio file page: the page, a finished export, the import of that
# export into the school's folder, and a rejected file (a zip that is not
# a bundle).
shoot "bundle-tablet-kk" bundle 1280x800
shoot "bundle-exported-tablet-kk" bundle:export 1280x800
shoot "bundle-imported-tablet-kk" "bundle:import:${TMPDIR:-/tmp}/qujat-screenshot.zip" 1280x800
printf 'PK\005\006%018d' 0 | head -c 22 > "$data/not-a-bundle.zip"
shoot "bundle-rejected-tablet-kk" "bundle:import:$data/not-a-bundle.zip" 1280x800
# Fields suggested from the text of the sample photo, and a search that
# finds a certificate by a word printed only on its page. Both need Tesseract;
# suggestions-unavailable-phone-kk.png is the first one taken with a build
# configured with -DQUJAT_WITH_TESSERACT=OFF.
"$build/app/qujat" --data-dir "$data" --sample --language kk --page suggestions \
    --size 360x800 --screenshot "$here/suggestions-phone-kk.png" >/dev/null 2>&1
echo "wrote $here/suggestions-phone-kk.png"
"$build/app/cli/qujat-cli" sample-photo 0 "$data/certificate.jpg" >/dev/null
"$build/app/cli/qujat-cli" add "$data/certificate.jpg" --accept-suggestions \
    --data-dir "$data/sample" >/dev/null
shoot search-page-text-phone-kk "search:ІЗДЕНІС" 360x800
