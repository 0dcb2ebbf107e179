#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: initdb in a temporary folder, listen on
# 127.0.0.1 (free port) and a unix socket in that folder, export UNIONOFFICE_TEST_PG_URL,
# run "$@", then stop the server and delete the folder whatever happens.
#
#   bash tools/with-postgres.sh python -m pytest -q
#
# Installs Debian's postgresql when initdb/pg_ctl are missing (as root). PostgreSQL refuses
# to run as root, so as root the cluster belongs to a dedicated unprivileged user.
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

PGBIN="$(find_bin || true)"
if [ -z "$PGBIN" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's postgresql for the database tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PGBIN="$(find_bin || true)"
  fi
fi
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL (initdb, pg_ctl) is missing; install the postgresql package." >&2
  if [ "${CI:-}" = "true" ]; then
    exit 3
  fi
  exec "$@"  # locally the PostgreSQL tests then skip
fi

RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  PGUSER_OS=unionoffice-ci
  id "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
  RUN_AS=(runuser -u "$PGUSER_OS" --)
fi

PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/unionoffice-pg.XXXXXX")"
chmod 755 "$PGTMP"
[ ${#RUN_AS[@]} -gt 0 ] && chown "$PGUSER_OS" "$PGTMP"

stop_server() {
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap stop_server EXIT INT TERM

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$PGTMP/data" -U unionoffice --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log" >&2; exit 3; }
# A throwaway cluster: durability off makes CREATE DATABASE per test and the suite fast.
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGTMP -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c max_connections=200 -c shared_buffers=128MB" \
  start >/dev/null || { cat "$PGTMP/server.log" >&2; exit 3; }

export UNIONOFFICE_TEST_PG_URL="postgresql+psycopg://unionoffice@127.0.0.1:$PORT/postgres"
echo "Throwaway PostgreSQL $("$PGBIN/postgres" -V | grep -o "[0-9][0-9.]*" | head -1) on 127.0.0.1:$PORT"
set +e
"$@"
status=$?
set -e
exit $status
