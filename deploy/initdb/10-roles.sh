#!/bin/sh
# First start of the Compose database: the owner role (owns the database, runs migrations) and the
# runtime role (the server's; owns nothing). Passwords come from the Compose secrets.
set -eu
owner_password="$(cat /run/secrets/owner_password)"
app_password="$(cat /run/secrets/app_password)"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
CREATE ROLE unionoffice_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE unionoffice_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE unionoffice OWNER unionoffice_owner;
SQL
