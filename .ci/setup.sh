#!/usr/bin/env bash
# Installs what Qujat needs to build and test, then configures and builds.
# Sourced by .ci/app and .ci/test; BUILD_DIR may be set by the caller.
set -euo pipefail

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$SOURCE_DIR/build}"

# Debian 12 package names. Each QML module is its own package and a missing
# one fails only at run time, so the list names every module the app imports
# (the app_selftest test loads every QML file and fails on a missing one).
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev
    qt6-image-formats-plugins libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtcore qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel
    qml6-module-qtmultimedia qml6-module-qttest qml6-module-qtquick-shapes
    libzxing-dev libzip-dev
    bzip2 xvfb xauth
    libjpeg-turbo-progs zxing-cpp-tools
    libssl-dev zip unzip openssl
    poppler-utils
    qt6-svg-dev appstream desktop-file-utils shared-mime-info libglib2.0-bin
    libtesseract-dev tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng
)

install_packages() {
    if ! command -v apt-get >/dev/null 2>&1; then
        if ! command -v cmake >/dev/null 2>&1 || ! command -v qmake6 >/dev/null 2>&1; then
            echo "This script installs packages on Debian and Ubuntu only." >&2
            echo "Install Qt 6.4 or newer (Core, Gui, Sql with SQLite, Qml, Quick, Quick Controls," >&2
            echo "Multimedia, Concurrent, Test, Quick Test, Linguist tools, optionally Pdf)," >&2
            echo "ZXing-C++ 1.4 or newer, libzip, OpenSSL 3, CMake 3.21 or newer and Ninja, then run this again." >&2
            exit 1
        fi
        return
    fi
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local generator=()
    if command -v ninja >/dev/null 2>&1; then
        generator=(-G Ninja)
    fi
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

install_packages
configure_and_build
