#!/usr/bin/env bash
# Installs a Qujat .deb into a clean Debian 12 root made by debootstrap and
# starts it there: the self-test, a screenshot under Xvfb, and xdg-open on a
# bundle through the registered MIME type. Needs root, debootstrap and
# Debian's mirror; the root is kept for the next run.
#
#   test-deb-in-debian-root.sh PACKAGE.deb ROOT_DIR SCREENSHOT_DIR
set -euo pipefail

deb="$(realpath "$1")"
root="$2"
screenshots="$(realpath "$3")"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root" "$mirror"
fi

mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/qujat.deb"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        DEBIAN_FRONTEND=noninteractive XDG_RUNTIME_DIR=/tmp/runtime /bin/bash -c "$1"
}

# apt resolves the package's Depends from Debian's archive, as on a user's machine.
# --reinstall, because a root kept from an earlier run may hold the same version.
in_root "apt-get update -qq && apt-get install -y -qq --reinstall /tmp/qujat.deb xvfb xauth libglib2.0-bin"
in_root "mkdir -p -m 700 /tmp/runtime"
in_root "xvfb-run -a qujat --self-test"

in_root "printf 'PK\\005\\006%018d' 0 > '/root/Aigerim Sadykova.qujat'"
in_root "xvfb-run -a -s '-screen 0 1280x800x24' qujat --data-dir /root/screenshot-data --sample \
    --language kk --screenshot /tmp/deb-home.png --size 1280x800"
in_root "xvfb-run -a -s '-screen 0 1280x800x24' qujat --data-dir /root/screenshot-data --sample \
    --language kk --screenshot /tmp/deb-received-file.png --size 1280x800 '/root/Aigerim Sadykova.qujat'"
cp "$root/tmp/deb-home.png" "$screenshots/linux-deb-home.png"
cp "$root/tmp/deb-received-file.png" "$screenshots/linux-deb-received-file.png"

# xdg-open must find Qujat through the MIME type and desktop file the
# package installed; the app logs the path it received.
cat > "$root/tmp/open-bundle.sh" <<'INNER'
set -eu
bundle='/root/Aigerim Sadykova.qujat'
echo "Type: $(xdg-mime query filetype "$bundle")"
echo "Default application: $(xdg-mime query default application/x-qujat-bundle)"
xdg-open "$bundle" 2> /tmp/open.log &
for _ in $(seq 1 240); do
    grep -q "Received file $bundle" /tmp/open.log && break
    sleep 0.5
done
grep "Received file $bundle" /tmp/open.log
INNER
in_root "xvfb-run -a bash /tmp/open-bundle.sh"
echo "PASS: the .deb installed, started and opened a bundle in $root"
