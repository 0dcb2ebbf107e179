#!/usr/bin/env bash
# Builds the .deb for Debian-based desktops (统信 UOS, 银河麒麟 Kylin, Debian, Ubuntu):
#
#   bash installer/build_deb.sh                    ->  dist/unionoffice_<version>_<arch>.deb
#   bash installer/build_deb.sh --app DIR [--out DIR] [--compression xz|gzip]
#
# Without --app it first builds and self-tests the frozen app (installer/build_linux.sh). The
# architecture is the build machine's (amd64 here; arm64 on an ARM64 machine, whose wheels
# installer/wheels.py checks). Needs dpkg-deb and the libraries the build links against
# (tools/setup-installer-tools.sh installs them); see installer/debian.py for what goes where.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARGS=("$@")
HAVE_APP=0
for arg in "$@"; do [ "$arg" = "--app" ] && HAVE_APP=1; done
if [ "$HAVE_APP" = 0 ]; then
  bash "$ROOT/installer/build_linux.sh"
  ARGS+=(--app "$ROOT/dist/UnionOffice")
fi
exec "${PYTHON:-python3}" "$ROOT/installer/debian.py" "${ARGS[@]}"
