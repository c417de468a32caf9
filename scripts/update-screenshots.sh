#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes docs/screenshots/ (the user guide's pictures) from the end-to-end
# test of the desktop app, which drives the real window under its own Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target gui_e2e_tests
mkdir -p docs/screenshots
CUSTODIA_SCREENSHOTS="$PWD/docs/screenshots" ./build/default/tests/gui_e2e_tests
