#!/usr/bin/env bash
# Installs what the installer tests (tests/installer) need besides Python packages:
#   - Wine with 32-bit support (Inno Setup's ISCC.exe is a 32-bit Windows program),
#   - the Inno Setup compiler itself, from the npm registry's `innosetup` package, into build/innosetup,
#   - Xvfb (the .deb's self-test runs on a real X screen, where the XCB libraries matter),
#   - desktop-file-utils and shared-mime-info (they build the menu and MIME caches a .deb feeds),
#   - the Wayland libraries Qt's wayland plugins link against (the .deb depends on them).
# Idempotent: anything already present is left alone. Debian packages need root; without it the
# script says what is missing and the tests that need it skip locally (in CI they fail).
#
#   bash tools/setup-installer-tools.sh        (run by tools/run-tests.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INNO_VERSION="6.4.1"   # the `innosetup` npm package bundles this Inno Setup release
INNO_DIR="$ROOT/build/innosetup"

need_debs=()
need_i386=0
# wine32 is the i386 half of Wine; without it Debian 12's Wine cannot start a 32-bit program.
if ! dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "ok installed"; then
  need_debs+=(wine32:i386)
  need_i386=1
fi
command -v wine >/dev/null || need_debs+=(wine)
[ -e /usr/lib/wine/wine64 ] || need_debs+=(wine64)
command -v xvfb-run >/dev/null || need_debs+=(xvfb)
command -v xauth >/dev/null || need_debs+=(xauth)
command -v update-desktop-database >/dev/null || need_debs+=(desktop-file-utils)
command -v update-mime-database >/dev/null || need_debs+=(shared-mime-info)
command -v npm >/dev/null || need_debs+=(npm)
command -v readelf >/dev/null || need_debs+=(binutils)  # the .deb build reads each library's NEEDED list
# Qt's wayland plugins link these (tools/setup-env.sh installs what the xcb plugin needs): the .deb
# build maps every library the package links to the Debian package it then depends on.
for pkg in libwayland-cursor0 libwayland-egl1; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need_debs+=("$pkg")
done

if [ ${#need_debs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages for the installer tests: ${need_debs[*]}"
    if [ "$need_i386" = 1 ] && ! dpkg --print-foreign-architectures | grep -qx i386; then
      dpkg --add-architecture i386
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_debs[@]}" >/dev/null
  else
    echo "Missing for the installer tests (install as root): ${need_debs[*]}" >&2
  fi
fi

# Inno Setup from the npm registry, pinned; npm keeps its own download cache.
if [ ! -f "$INNO_DIR/node_modules/innosetup/bin/ISCC.exe" ] \
   || ! grep -q "\"version\": \"$INNO_VERSION\"" "$INNO_DIR/node_modules/innosetup/package.json" 2>/dev/null; then
  if command -v npm >/dev/null; then
    echo "Installing Inno Setup $INNO_VERSION (npm package innosetup) into $INNO_DIR"
    mkdir -p "$INNO_DIR"
    npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$INNO_DIR" "innosetup@$INNO_VERSION" >/dev/null
  else
    echo "npm is missing: cannot install the Inno Setup compiler" >&2
  fi
fi
