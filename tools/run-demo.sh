#!/usr/bin/env bash
# Installs UnionOffice into .venv and starts it on a throwaway demo database (12,000 members).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/tools/setup-env.sh"
exec "$ROOT/.venv/bin/unionoffice" --demo "$@"
