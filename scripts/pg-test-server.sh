#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (and for trying the service on
# PostgreSQL): a fresh cluster in a temporary directory, a role and a database,
# tuned for speed rather than durability. Nothing of the system's own clusters
# is touched.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports TEST_DATABASE_URL
#   npm run test:pg
#   scripts/pg-test-server.sh stop
#
# PGTEST_DIR (default /tmp/upahku-pg) and PGTEST_PORT (default 55432) choose
# where it lives; PGTEST_DURABLE=1 keeps fsync on (for benchmarks that should
# resemble production). Needs the server binaries: `apt-get install postgresql`.
set -euo pipefail

cmd="${1:-start}"
dir="${PGTEST_DIR:-${TMPDIR:-/tmp}/upahku-pg}"
port="${PGTEST_PORT:-55432}"
role=upahku
password=upahku
database=upahku_test
url="postgres://${role}:${password}@127.0.0.1:${port}/${database}"

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$found" ]; then
    echo "PostgreSQL server binaries not found: apt-get install postgresql" >&2
    exit 1
  fi
  echo "$found"
}

# initdb and the server refuse to run as root: use the postgres account then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

bin="$(bindir)"

case "$cmd" in
  start)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "export TEST_DATABASE_URL='$url'"
      exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    # Durability off: a test server is thrown away, and fsync per commit would
    # dominate the run time.
    settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PGTEST_DURABLE:-0}" = 1 ] && settings=""
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 $settings" \
      start >/dev/null || {
      cat "$dir/server.log" >&2
      exit 1
    }
    as_owner "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "create role $role login password '$password'" \
      -c "create database $database owner $role" >/dev/null
    echo "export TEST_DATABASE_URL='$url'"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
    ;;
  url)
    echo "$url"
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
