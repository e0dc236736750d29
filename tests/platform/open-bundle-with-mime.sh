#!/usr/bin/env bash
# Opens a bundle the way a file manager does: installs the generated desktop
# file and MIME XML into a private XDG data folder, compiles the MIME and
# desktop databases, and runs `gio open FILE` under Xvfb. Passes when the
# started Qujat reports that it received the file.
#
#   open-bundle-with-mime.sh QUJAT_EXECUTABLE DESKTOP_FILE MIME_XML
set -euo pipefail

app="$1"
desktop_file="$2"
mime_xml="$3"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/share/applications" "$work/share/mime/packages" "$work/bin" "$work/runtime"
chmod 700 "$work/runtime"
cp "$desktop_file" "$work/share/applications/"
cp "$mime_xml" "$work/share/mime/packages/"
export XDG_DATA_HOME="$work/share"
export XDG_DATA_DIRS="$work/share:/usr/local/share:/usr/share"
export XDG_RUNTIME_DIR="$work/runtime"
export XDG_CONFIG_HOME="$work/config"
update-mime-database "$work/share/mime"
update-desktop-database "$work/share/applications"

# The desktop file runs `qujat` from PATH; this wrapper records the process
# id so the script stops only the app it started.
cat > "$work/bin/qujat" <<WRAPPER
#!/bin/sh
echo \$\$ >> "$work/app.pids"
exec "$app" "\$@"
WRAPPER
chmod +x "$work/bin/qujat"

bundle="$work/Aigerim Sadykova.qujat"
printf 'PK\005\006%018d' 0 > "$bundle"

export PATH="$work/bin:$PATH"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"

type="$(gio info -a standard::content-type "$bundle" | sed -n 's/.*standard::content-type: //p')"
echo "Content type of the bundle: $type"
[ "$type" = "application/x-qujat-bundle" ] || { echo "FAIL: expected application/x-qujat-bundle"; exit 1; }
gio mime application/x-qujat-bundle || true

# The part that needs the display; a file, because xvfb-run is a POSIX sh
# script that drops exported bash functions.
cat > "$work/open.sh" <<'INNER'
set -u
gio open "$bundle" 2> "$work/app.log"
# Wait (at most 120 s, a guard against a hung start) for the app's log line.
for _ in $(seq 1 240); do
    if grep -q "Received file $bundle" "$work/app.log"; then
        exit 0
    fi
    sleep 0.5
done
exit 1
INNER
export work bundle

if xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/open.sh"; then
    echo "PASS: gio open started Qujat with the bundle"
    grep "Received file" "$work/app.log"
else
    echo "FAIL: Qujat did not report the bundle"
    cat "$work/app.log"
    exit 1
fi
if [ -f "$work/app.pids" ]; then
    mapfile -t pids < "$work/app.pids"
fi
