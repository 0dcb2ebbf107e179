#!/usr/bin/env bash
# Installs UnionOffice with its test tools into .venv and runs the whole test suite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/tools/setup-env.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$ROOT/.venv/bin/python" -m pytest -q "$@"
