#!/usr/bin/env bash
# Throwaway PostgreSQL for the integration suite: `start` installs PostgreSQL from Debian packages when it is
# missing, creates a cluster in a temp directory, starts it on a free local port and exports
# TEST_POSTGRES_CONNECTION into $TEST_ENV_FILE; `stop` stops the cluster and deletes it. No Docker.
# A failure here fails the test run: the PostgreSQL half of the suite must not silently vanish.
set -euo pipefail

# The state lives in this checkout, so test runs in other checkouts on the same machine never stop this cluster.
root=$(cd "$(dirname "$0")/../.." && pwd)
state_file="${POSTGRES_STATE_FILE:-$root/artifacts/postgres.state}"

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  fi
}

install_postgres() {
  echo "PostgreSQL not found; installing it from Debian packages"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
}

# Runs a PostgreSQL binary as the `postgres` OS user when we are root (the server refuses to run as root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for port in $(seq 54320 54420); do
    if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port between 54320 and 54420" >&2
  return 1
}

start() {
  local bin
  bin=$(pg_bin)
  if [ -z "$bin" ]; then
    install_postgres
    bin=$(pg_bin)
  fi
  [ -n "$bin" ] || { echo "PostgreSQL binaries not found after install" >&2; exit 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi

  [ -f "$state_file" ] && stop
  mkdir -p "$(dirname "$state_file")"
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/newsroom-claims-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  port=$(free_port)
  printf 'dir=%q\nbin=%q\n' "$dir" "$bin" > "$state_file"

  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Durability is pointless for a cluster deleted after the run; turning it off makes the suite faster.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${POSTGRES_OPTIONS:-}" \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE newsroom_test LOGIN CREATEDB PASSWORD 'newsroom_test'"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $dir)"
  if [ -n "${TEST_ENV_FILE:-}" ]; then
    echo "export TEST_POSTGRES_CONNECTION='Host=127.0.0.1;Port=$port;Username=newsroom_test;Password=newsroom_test;Database=postgres'" >> "$TEST_ENV_FILE"
  fi
}

stop() {
  [ -f "$state_file" ] || return 0
  local dir bin
  # shellcheck disable=SC1090
  source "$state_file"
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$state_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
