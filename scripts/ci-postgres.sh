#!/usr/bin/env bash
# A throwaway PostgreSQL for the repository contract tests (tests/server/repo-contract.test.ts
# runs them on it when TEST_DATABASE_URL is set). For CI as root on Debian:
#   scripts/ci-postgres.sh start   installs Debian's postgresql if missing, starts its cluster,
#                                  makes a fresh database and role, prints the URL on stdout
#   scripts/ci-postgres.sh stop    stops the cluster again if `start` started it
# Anything that fails exits non-zero with the reason on stderr: the caller then runs the
# contract on SQLite and PGlite only.
set -euo pipefail
DB=trivia_ci
ROLE=trivia_ci
MARK=/tmp/trivia-ci-postgres-started

say() { echo "ci-postgres: $*" >&2; }

cluster() { pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 { print $1, $2, $3, $4 }'; }

start() {
  if [ "$(id -u)" != 0 ]; then say "not root: cannot install or start PostgreSQL"; exit 1; fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    say "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    timeout 180 apt-get update -qq >&2
    timeout 180 apt-get install -y -qq postgresql >&2
  fi
  if [ -z "$(cluster)" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$ver" main >&2
  fi
  read -r ver name port status <<<"$(cluster)"
  if [ "$status" != online ]; then
    pg_ctlcluster "$ver" "$name" start >&2
    touch "$MARK"
  fi
  # A fresh database each run (its tables are dropped by the test anyway).
  local pw
  pw=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
  su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $DB;
DROP ROLE IF EXISTS $ROLE;
CREATE ROLE $ROLE LOGIN PASSWORD '$pw';
CREATE DATABASE $DB OWNER $ROLE;
SQL
  echo "postgres://$ROLE:$pw@127.0.0.1:$port/$DB"
}

stop() {
  [ -f "$MARK" ] || exit 0
  rm -f "$MARK"
  read -r ver name _port _status <<<"$(cluster)"
  pg_ctlcluster "$ver" "$name" stop >&2 || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) say "usage: $0 start|stop"; exit 2 ;;
esac
