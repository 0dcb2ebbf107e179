#!/usr/bin/env bash
# Prepares a fresh machine: the Debian libraries Qt loads (when missing, as root) and a virtual
# environment in .venv with UnionOffice installed. Sourced by run-demo.sh and run-tests.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS="${1:-}"

need_debs=()
# The library list is read once: "ldconfig -p | grep -q" under pipefail fails whenever grep
# stops early (ldconfig then dies of SIGPIPE), and every present library looked missing.
LIBRARIES="$(ldconfig -p 2>/dev/null || true)"
have_lib() { grep -qF "$1" <<<"$LIBRARIES"; }
have_lib libEGL.so.1 || need_debs+=(libegl1)
have_lib libxkbcommon.so.0 || need_debs+=(libxkbcommon0)
have_lib libfontconfig.so.1 || need_debs+=(libfontconfig1)
have_lib libglib-2.0.so.0 || need_debs+=(libglib2.0-0)
have_lib libdbus-1.so.3 || need_debs+=(libdbus-1-3)
have_lib libGL.so.1 || need_debs+=(libgl1)
# A real screen (Qt's xcb platform plugin) needs these too; offscreen runs never load them, so
# only a desktop notices when they are missing ("Could not load the Qt platform plugin xcb").
# tests/test_setup_script.py checks this list against what the plugin actually links.
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
            libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
            libxcb-render-util.so.0:libxcb-render-util0 libxcb-xkb.so.1:libxcb-xkb1 \
            libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0 \
            libxcb-randr.so.0:libxcb-randr0 libxcb-util.so.1:libxcb-util1 libxcb.so.1:libxcb1 \
            libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1 \
            libxcb-shm.so.0:libxcb-shm0 libxcb-render.so.0:libxcb-render0 libX11-xcb.so.1:libx11-xcb1 \
            libX11.so.6:libx11-6 libgthread-2.0.so.0:libglib2.0-0; do
  have_lib "${pair%%:*}" || need_debs+=("${pair##*:}")
done
if [ -n "$EXTRAS" ]; then
  # Tests read PDFs back (pdftotext, pdffonts, pdftoppm) and decode QR codes from page images.
  command -v pdftotext >/dev/null || need_debs+=(poppler-utils)
  command -v zbarimg >/dev/null || need_debs+=(zbar-tools)
fi
if [ ${#need_debs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${need_debs[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_debs[@]}" >/dev/null
  else
    echo "Missing system packages (install them with your package manager): ${need_debs[*]}" >&2
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PY" -m venv "$ROOT/.venv"
fi
"$ROOT/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null
# constraints.txt pins every runtime dependency: tests run on the releases the builds ship
# (installer/wheels.py checks that Windows and ARM64 have wheels for them).
if [ -n "$EXTRAS" ]; then
  "$ROOT/.venv/bin/python" -m pip install -q -c "$ROOT/constraints.txt" -e "$ROOT[$EXTRAS]"
else
  "$ROOT/.venv/bin/python" -m pip install -q -c "$ROOT/constraints.txt" -e "$ROOT"
fi
