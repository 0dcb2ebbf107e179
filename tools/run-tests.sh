#!/usr/bin/env bash
# Installs UnionOffice with its test tools into .venv, runs ruff and mypy, then the whole test
# suite: the service-layer tests on SQLite and on a throwaway PostgreSQL server
# (tools/with-postgres.sh), the operation tests in-process and through the union server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/tools/setup-env.sh" test
# Wine + Inno Setup, Xvfb and the desktop/MIME tools the installer tests use (tests/installer).
bash "$ROOT/tools/setup-installer-tools.sh"
cd "$ROOT"
# Lint and types first: quick, and a failure here names the line. (lint-imports runs as a test.)
"$ROOT/.venv/bin/ruff" check src tests bench tools
"$ROOT/.venv/bin/ruff" format --check src tests bench tools
"$ROOT/.venv/bin/mypy"
export QT_QPA_PLATFORM=offscreen
exec bash "$ROOT/tools/with-postgres.sh" "$ROOT/.venv/bin/python" -m pytest -q "$@"
