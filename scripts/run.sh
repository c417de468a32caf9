#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the Custodia just built (build/default): the desktop app when there is a
# display, else the command line.
#   scripts/run.sh          a demo vault with made-up data in a temporary folder
#   scripts/run.sh VAULT    that vault (the app asks who you are and your passphrase)
set -euo pipefail
cd "$(dirname "$0")/.."
gui=build/default/gui/custodia-gui
cli=build/default/vault/custodia
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$gui" ]; then
  if [ $# -gt 0 ]; then exec "$gui" "$1"; else exec "$gui" --demo; fi
fi
echo "run: no display, so the command line instead of the desktop app." >&2
if [ $# -gt 0 ]; then exec "$cli" status "$1"; else exec "$cli" demo; fi
