#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine: install what is missing, build, then run the app or the tests.
#   scripts/setup.sh run    install, build, start fazhi-studio on the default database
#   scripts/setup.sh test   install, build, run every test through ctest
#   scripts/setup.sh ofd-check   install, build, render page 1 of an OFD with ofd.js in Chromium and compare
#                                it with the PDF's (bench/ofd_render_check.sh; not part of CI: Chromium is big)
# Idempotent: packages already present are not reinstalled, and an unchanged tree builds in seconds.
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FAZHI_BUILD_DIR:-$root/build}

# Build and runtime packages (Debian 12). Fonts give the PDF export real CJK faces to embed.
packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-qpa-plugins libxkbcommon-dev libgl-dev
    libcmark-dev libspdlog-dev catch2 libicu-dev libsqlite3-dev
    libquazip1-qt6-dev libharfbuzz-dev libfontconfig-dev libkainjow-mustache-dev libopencc-dev libdtl-dev
    libxlsxwriter-dev libsodium-dev libqt6sql6-psql libpq-dev
    libpoppler-qt6-dev libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim
    fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-lxgw-wenkai
)
# Only the tests and benchmarks need these: page rendering checks, the LibreOffice and pandoc comparisons.
# (LibreOffice is also what imports .doc, .wps and .rtf files when it is installed.)
test_packages=(poppler-utils libreoffice-writer-nogui pandoc xvfb xauth unzip postgresql-15 postgresql-contrib)
# Only the OFD rendering check needs these: a browser for ofd.js (fetched by npm), and images compared in Python;
# node and npm from Debian unless some node is installed already.
ofd_check_packages=(poppler-utils chromium python3-pil)

missing=()
want=("${packages[@]}")
[ "$mode" = test ] && want+=("${test_packages[@]}")
if [ "$mode" = ofd-check ]; then
    want+=("${ofd_check_packages[@]}")
    command -v node >/dev/null || want+=(nodejs)
    command -v npm >/dev/null || want+=(npm)
fi
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
# ccache keys on paths relative to the checkout, so a fresh clone elsewhere reuses earlier compilations.
export CCACHE_BASEDIR="$root"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs"

case "$mode" in
run)
    exec "$build/src/app/fazhi-studio"
    ;;
test)
    cd "$build"
    export QT_QPA_PLATFORM=offscreen
    # ctest's fixture starts and stops the PostgreSQL test server; should ctest be interrupted, stop it here.
    trap 'bash "$root/tests/pg/pg-server.sh" stop "$build/tests/pg-server" >/dev/null 2>&1 || true' EXIT
    ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
ofd-check)
    exec "$root/bench/ofd_render_check.sh" "$build"
    ;;
*)
    echo "usage: scripts/setup.sh run|test|ofd-check" >&2
    exit 2
    ;;
esac
