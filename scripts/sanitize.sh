#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The tests under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer, in build-asan/.
#   scripts/sanitize.sh            configure and build build-asan (FAZHI_SANITIZE=ON), run every ctest test there
#   scripts/sanitize.sh -R REGEX   only the ctest tests REGEX selects (e.g. -R '^fazhi_core_tests:')
# Any finding fails its test: UBSan halts (-fno-sanitize-recover=undefined, halt_on_error=1), ASan exits non-zero,
# a leak makes the process exit 23. Leaks that belong to system libraries (Qt's plugins, fontconfig, ...) are
# suppressed by tests/sanitize/lsan.supp, each entry naming a library frame, never ours.
# Not part of CI: it takes far longer than the normal run (see docs/architecture.md, Tests).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FAZHI_ASAN_BUILD_DIR:-$root/build-asan}
jobs=${FAZHI_JOBS:-$(nproc)}

export CCACHE_BASEDIR="$root"
# -O1 -g1: what ASan recommends, line tables for the reports, and far quicker to compile than -O2 -g.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAZHI_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" >/dev/null
# Benchmarks are not run here: build what the tests need.
cmake --build "$build" -j "$jobs" -- fazhi_core_tests fazhi_cli_tests fazhi_export_tests fazhi_formats_tests \
    fazhi_session_tests fazhi_gui_tests fazhi fazhi-studio fazhi-studio-driver

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0"

cd "$build"
trap 'bash "$root/tests/pg/pg-server.sh" stop "$build/tests/pg-server" >/dev/null 2>&1 || true' EXIT
ctest --output-on-failure -j "$jobs" --timeout 1200 "$@"
