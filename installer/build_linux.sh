#!/usr/bin/env bash
# Builds the frozen app from a clean checkout on Linux and checks it with --self-test.
#
#   bash installer/build_linux.sh            ->  dist/UnionOffice/ and dist/UnionOffice-<version>-linux-x86_64.tar.gz
#
# PYTHON=python3.11 picks the interpreter; VENV=path reuses an existing environment.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
VENV="${VENV:-$ROOT/build/venv-freeze}"

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
# A regular (not editable) install: the build must see exactly what a release contains.
"$VENV/bin/python" -m pip install -q -c "$ROOT/constraints.txt" "$ROOT[freeze]"

"$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/unionoffice.spec

APP="$ROOT/dist/UnionOffice"
echo "自检："
CHECK_DATA="$(mktemp -d)"
trap 'rm -rf "$CHECK_DATA"' EXIT
UNIONOFFICE_DATA_DIR="$CHECK_DATA" QT_QPA_PLATFORM=offscreen "$APP/UnionOffice" --self-test

VERSION="$("$VENV/bin/python" -c 'import unionoffice; print(unionoffice.__version__)')"
ARCHIVE="$ROOT/dist/UnionOffice-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$ROOT/dist" -czf "$ARCHIVE" UnionOffice
echo "程序文件夹：$(du -sh "$APP" | cut -f1)  $APP"
echo "压缩包：$(du -sh "$ARCHIVE" | cut -f1)  $ARCHIVE"
