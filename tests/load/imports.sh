#!/usr/bin/env bash
# Bulk writes that keep up: POST /api/v1/articles/import as a newsroom loading its archive (tests/load/Importer).
# For each database, on an empty database with the rate limit lifted:
#   1. throughput: 4 clients importing articles of 100 claims for DURATION seconds (target >= 2,000 claims/s);
#   2. write load: 16 clients importing articles of 200 claims for 60 s: no 5xx, every acknowledged article readable
#      with all its claims, none half written (SQLite queues writers in the API; a write that cannot start in time
#      answers 503, which counts as a failure here).
# Prints one RESULT line per run and a line per target; exits 1 when a run failed its checks.
# Usage: bash tests/load/imports.sh [sqlite|postgres|both]
#   env: DURATION=30 WARMUP=5 (seconds of the throughput load first, not counted) STRESS_SECONDS=60 WORK=/tmp/newsroom-imports
set -euo pipefail
cd "$(dirname "$0")/../.."
which_db=${1:-both}
duration=${DURATION:-30}
warmup=${WARMUP:-5}
stress=${STRESS_SECONDS:-60}
work=${WORK:-/tmp/newsroom-imports}
rm -rf "$work"; mkdir -p "$work"
api_pid=""
failed=0
cleanup() {
  [ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null || true
  POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== building the API and the import client (Release)"
dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet build tests/load/Importer -c Release -o "$work/importer" --nologo -v q >/dev/null

run() { # run NAME PORT ENV...
  local name=$1 port=$2; shift 2
  local settings=("$@" Database__LoadSampleData=false RateLimiting__PermitLimit=100000000 Logging__LogLevel__Default=Warning)
  local key
  key=$(env "${settings[@]}" dotnet "$work/api/NewsroomClaims.Api.dll" create-key --name "import load" --role editor | tail -n 1)
  env "${settings[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$work/api/NewsroomClaims.Api.dll" > "$work/$name.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.5; done
  local url="http://127.0.0.1:$port" speaker
  speaker=$(curl -sf -X POST "$url/api/v1/actors" -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Archive minister $(date +%s%N)\",\"kind\":\"person\"}" | grep -oE '"id":"[^"]+"' | head -n 1 | cut -d'"' -f4)
  # load CLIENTS CLAIMS SECONDS: one Importer run against this API; prints its RESULT line, fails on its checks.
  load() { dotnet "$work/importer/NewsroomClaims.Load.Importer.dll" --url "$url" --key "$key" --speaker "$speaker" \
    --clients "$1" --claims "$2" --seconds "$3"; }
  local line rps
  # As the read scripts do, a few seconds of the same load first: the API's start-up warm-up only reads, so the import
  # path is still compiled by the JIT's quick tier when it starts. WARMUP=0 measures the cold start.
  if [ "$warmup" -gt 0 ]; then
    echo "== $name: warming up, 4 clients, 100 claims an article, ${warmup} s (not counted)"
    load 4 100 "$warmup" || failed=1
  fi
  echo "== $name: 4 clients, 100 claims an article, ${duration} s"
  line=$(load 4 100 "$duration") || failed=1
  echo "$line"
  rps=$(echo "$line" | grep -oE 'claims_per_s=[0-9]+' | cut -d= -f2)
  if [ "${rps:-0}" -ge 2000 ]; then echo "target $name >= 2,000 claims/s: met"; else echo "target $name >= 2,000 claims/s: MISSED"; fi
  echo "== $name: 16 clients, 200 claims an article, ${stress} s"
  if load 16 200 "$stress"; then
    echo "target $name 16 importers: no 5xx, nothing lost or half written: met"
  else
    echo "target $name 16 importers: no 5xx, nothing lost or half written: MISSED"; failed=1
  fi
  echo "API memory: $(grep -E 'VmRSS|VmHWM|RssAnon|RssFile' "/proc/$api_pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')"
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
}

if [ "$which_db" = sqlite ] || [ "$which_db" = both ]; then
  run sqlite 5381 Database__Provider=Sqlite Database__SqlitePath="$work/imports.db"
fi

if [ "$which_db" = postgres ] || [ "$which_db" = both ]; then
  export TEST_ENV_FILE="$work/pg.env"; : > "$TEST_ENV_FILE"
  TMPDIR="$work" POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh start >/dev/null
  # shellcheck disable=SC1090
  source "$TEST_ENV_FILE"
  # The test role may create databases but not tables in "postgres" (PostgreSQL 15 locks down its public schema).
  libpq=$(echo "$TEST_POSTGRES_CONNECTION" | sed -E 's/Host=([^;]+);Port=([0-9]+);Username=([^;]+);Password=([^;]+);Database=([^;]+)/host=\1 port=\2 user=\3 password=\4 dbname=\5/')
  psql "$libpq" -qc "CREATE DATABASE newsroom_imports"
  run postgres 5382 Database__Provider=Postgres Database__ConnectionString="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_imports}"
fi

[ "$failed" = 0 ] || { echo "FAILED"; exit 1; }
