#!/usr/bin/env bash
# Renders the administration mode's pages headless, in Kazakh, at phone
# (360x800) and tablet (1280x800) sizes: the teachers list, a teacher's
# portfolio read-only and the review of a returned item (from the generated
# sample school), and the teacher's own view of a returned item (a
# portfolio reviewed with qujat-cli).
# Usage: docs/screenshots/take-admin-screenshots.sh [BUILD_DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build}"
app="$build/app/qujat"
cli="$build/app/cli/qujat-cli"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen

# The first start fills the sample portfolio and the sample school.
"$app" --data-dir "$data" --sample --language kk --page teachers \
    --screenshot "$data/warm-up.png" --size 360x800 >/dev/null 2>&1
school="$data/sample-school"
teacher="$("$cli" teachers --data-dir "$school" --json | python3 -c '
import json, sys
print(next(t["portfolioUuid"] for t in json.load(sys.stdin) if t["name"].startswith("Әбенова")))')"
returned="$("$cli" review list --teacher "$teacher" --data-dir "$school" --json | python3 -c '
import json, sys
print(next(i["item"] for i in json.load(sys.stdin) if i["review"]["status"] == "returned"))')"

# A teacher's portfolio, exported, reviewed by a school and the review imported.
"$cli" demo --count 14 --data-dir "$data/teacher" >/dev/null
"$cli" export --out "$data/bundle.zip" --data-dir "$data/teacher" >/dev/null
"$cli" import "$data/bundle.zip" --data-dir "$data/school" >/dev/null
"$cli" school --name "№ 12 мектеп-гимназиясы" --administrator "Серікова Гүлмира Асқарқызы" \
    --data-dir "$data/school" >/dev/null
own="$("$cli" review list --teacher "$("$cli" teachers --data-dir "$data/school" --json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["portfolioUuid"])')" \
    --data-dir "$data/school" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[1]["item"])')"
"$cli" review mark "$own" returned --comment "Сертификаттың екінші беті жоқ. Екі бетін де түсіріп, қайта жіберіңіз." \
    --data-dir "$data/school" >/dev/null
"$cli" review export --teacher "$(basename "$(ls -d "$data"/school/teachers/*)")" --out "$data/review.zip" \
    --data-dir "$data/school" >/dev/null
"$cli" review import "$data/review.zip" --data-dir "$data/teacher" >/dev/null

shoot() { # NAME DATA PAGE SIZE [--sample]
    "$app" --data-dir "$2" ${5:-} --language kk --page "$3" --size "$4" \
        --screenshot "$here/$1.png" >/dev/null 2>&1
    echo "wrote $here/$1.png"
}

for size in phone:360x800 tablet:1280x800; do
    name="${size%%:*}"
    pixels="${size#*:}"
    shoot "admin-teachers-$name-kk" "$data" teachers "$pixels" --sample
    shoot "admin-teacher-portfolio-$name-kk" "$data" "teacher:$teacher" "$pixels" --sample
    shoot "admin-review-item-$name-kk" "$data" "teacher-item:$teacher/$returned" "$pixels" --sample
    shoot "admin-returned-item-$name-kk" "$data/teacher" "item:$own" "$pixels"
done
