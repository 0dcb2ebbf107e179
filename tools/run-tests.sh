#!/usr/bin/env bash
# Installs UnionOffice with its test tools into .venv and runs the whole test suite, the
# service-layer tests twice: on SQLite and on a throwaway PostgreSQL server (tools/with-postgres.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/tools/setup-env.sh" test
# Wine + Inno Setup, Xvfb and the desktop/MIME tools the installer tests use (tests/installer).
bash "$ROOT/tools/setup-installer-tools.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec bash "$ROOT/tools/with-postgres.sh" "$ROOT/.venv/bin/python" -m pytest -q "$@"
