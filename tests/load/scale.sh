#!/usr/bin/env bash
# Scale proof: generates 1,000,000 claims over 100,000 articles and 10,000 actors, starts the API (Release) on
# 127.0.0.1 and measures with wrk: a filtered claims list, page 1 and page 1,000 of one list, a search, requests
# per second with 32 connections, and the API's resident memory. On PostgreSQL it also runs two API instances
# on one database (write on A, read on B; A's page token on B; load split across both).
# Not part of tests/run.sh (it takes 15-30 minutes). Results go to $SCALE_DIR/results-<provider>.txt.
# Usage: bash tests/load/scale.sh [sqlite|postgres|both]
#   env: CLAIMS ARTICLES ACTORS (sizes), DURATION (seconds per wrk run, default 15), SCALE_DIR (default /tmp/newsroom-scale),
#        REUSE_DATA=1 (reuse the SQLite database, and the PostgreSQL cluster left running by KEEP_POSTGRES=1, that a
#        previous run generated), KEEP_POSTGRES=1 (leave the cluster and its database running at exit)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
which_db=${1:-both}
claims=${CLAIMS:-1000000}
articles=${ARTICLES:-100000}
actors=${ACTORS:-10000}
duration=${DURATION:-15}
work=${SCALE_DIR:-/tmp/newsroom-scale}
mkdir -p "$work"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # Only a run that used PostgreSQL stops its cluster: a SQLite run must not delete the one a KEEP_POSTGRES run left.
  if [ "$which_db" != sqlite ] && [ "${KEEP_POSTGRES:-0}" != 1 ]; then
    POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh stop || true
  fi
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

echo "== building the API and the generator (Release)"
dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet build tests/load/Generator -c Release -o "$work/generator" --nologo -v q >/dev/null

# start_api PORT NAME ENV... : starts the published API with the given settings and waits until it answers.
start_api() {
  local port=$1 name=$2
  shift 2
  # The read cache is off so every request reaches the database: the figures measure the data layer. The rate
  # limit is lifted: a load run is one client sending far more than a newsroom tool would. Claim matching is off: the
  # generated claims have no embeddings, and its worker would spend the run backfilling them (tests/load/matching.sh
  # measures matching on data generated with embeddings).
  env "$@" Database__LoadSampleData=false ReadCache__Enabled=false Matching__Enabled=false RateLimiting__PermitLimit=100000000 Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$work/api/NewsroomClaims.Api.dll" >"$work/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && { echo "$pid" > "$work/$name.pid"; return 0; }
    sleep 1
  done
  echo "API $name did not start; see $work/$name.log" >&2
  return 1
}

# measure LABEL URL PATHS_FILE CONNECTIONS: one wrk run; appends its RESULT line to the results file.
measure() {
  local label=$1 url=$2 file=$3 connections=$4 threads=2
  [ "$connections" -lt 2 ] && threads=1
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s tests/load/paths.lua "$url" -- "$file" | grep '^RESULT')
  printf '%-34s c=%-3s %s\n' "$label" "$connections" "${line#RESULT }" | tee -a "$results"
}

# libpq CONNECTION: an Npgsql connection string as a libpq one, for psql.
libpq() { echo "$1" | sed -E 's/Host=([^;]+);Port=([0-9]+);Username=([^;]+);Password=([^;]+);Database=([^;]+)/host=\1 port=\2 user=\3 password=\4 dbname=\5/'; }

field() { { grep -oE "\"$1\":\"[^\"]+\"" || true; } | head -n "${2:-1}" | sed -E "s/\"$1\":\"([^\"]+)\"/\1/"; }

# run_suite NAME URL: the measurements for one provider, against the API at URL.
run_suite() {
  local name=$1 url=$2
  local dir="$work/$name-paths"
  mkdir -p "$dir"
  echo "== $name: preparing request lists"
  # 50 speakers with claims, from the newest claims.
  curl -sf "$url/api/v1/claims?pageSize=100" | grep -oE '"speaker":\{"position":[0-9]+,"actorId":"[^"]+"' \
    | sed -E 's/.*"actorId":"([^"]+)"/\1/' | sort -u | head -n 50 | sed 's|^|/api/v1/claims?pageSize=20\&speaker=|' > "$dir/filtered.txt"
  echo "/api/v1/claims?kind=direct&pageSize=20" > "$dir/page1.txt"
  local token="" started=$SECONDS
  for _ in $(seq 1 999); do
    token=$(curl -sSf "$url/api/v1/claims?kind=direct&pageSize=20${token:+&pageToken=$token}" | field nextPageToken) \
      || { echo "walking to page 1,000 failed" >&2; exit 1; }
  done
  echo "walked to page 1,000 in $((SECONDS - started)) s" | tee -a "$results"
  echo "/api/v1/claims?kind=direct&pageSize=20&pageToken=$token" > "$dir/page1000.txt"
  local words=(minister budget election ceasefire sanctions inflation pipeline vaccine verdict refugees summit treaty
    referendum drought wildfire harvest currency semiconductor hostages corruption)
  : > "$dir/search.txt"
  for i in $(seq 0 49); do
    echo "/api/v1/search?pageSize=20&q=${words[$((i % 20))]}+${words[$(((i * 7 + 3) % 20))]}" >> "$dir/search.txt"
  done

  echo "== $name: warming up"
  for f in filtered page1 page1000 search; do
    wrk -t1 -c2 -d3s -s tests/load/paths.lua "$url" -- "$dir/$f.txt" >/dev/null
  done
  # And once at the 32 connections of the throughput runs, so they measure a steady state rather than the pool opening
  # its connections and the thread pool growing (on PostgreSQL that ramp alone made the first run's p99 over a second).
  wrk -t2 -c32 -d5s -s tests/load/paths.lua "$url" -- "$dir/filtered.txt" >/dev/null

  echo "== $name: measuring (${duration}s per run)"
  measure "filtered list (speaker=)" "$url" "$dir/filtered.txt" 1
  measure "list page 1 (kind=direct)" "$url" "$dir/page1.txt" 1
  measure "list page 1,000 (kind=direct)" "$url" "$dir/page1000.txt" 1
  measure "search (two words)" "$url" "$dir/search.txt" 1
  measure "filtered list (speaker=)" "$url" "$dir/filtered.txt" 32
  measure "list page 1,000 (kind=direct)" "$url" "$dir/page1000.txt" 32
  measure "search (two words)" "$url" "$dir/search.txt" 32
  local pid
  pid=$(cat "$work/$name-a.pid")
  echo "API memory: $(grep -E 'VmRSS|VmHWM|RssAnon|RssFile' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')" | tee -a "$results"
}

if [ "$which_db" = sqlite ] || [ "$which_db" = both ]; then
  results="$work/results-sqlite.txt"
  : > "$results"
  if [ "${REUSE_DATA:-0}" = 1 ] && [ -f "$work/sqlite.db" ]; then
    echo "== sqlite: reusing $work/sqlite.db ($(du -sh "$work/sqlite.db" | cut -f1))" | tee -a "$results"
  else
    rm -f "$work/sqlite.db" "$work/sqlite.db-wal" "$work/sqlite.db-shm"
    echo "== sqlite: generating $claims claims" | tee -a "$results"
    started=$SECONDS
    dotnet "$work/generator/NewsroomClaims.Load.Generator.dll" --provider Sqlite --connection "Data Source=$work/sqlite.db" \
      --claims "$claims" --articles "$articles" --actors "$actors"
    echo "generated in $((SECONDS - started)) s; database $(du -sh "$work/sqlite.db" | cut -f1)" | tee -a "$results"
  fi
  start_api 5301 sqlite-a Database__Provider=Sqlite Database__SqlitePath="$work/sqlite.db"
  run_suite sqlite http://127.0.0.1:5301
  kill "$(cat "$work/sqlite-a.pid")"
fi

if [ "$which_db" = postgres ] || [ "$which_db" = both ]; then
  results="$work/results-postgres.txt"
  : > "$results"
  export TEST_ENV_FILE="$work/pg.env"
  # shellcheck disable=SC1090
  if [ "${REUSE_DATA:-0}" = 1 ] && [ -f "$work/postgres.state" ] && source "$TEST_ENV_FILE" 2>/dev/null \
    && psql "$(libpq "${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_scale}")" -qtAc 'SELECT 1 FROM "Claims" LIMIT 1' 2>/dev/null | grep -q 1; then
    echo "== postgres: reusing the running cluster's newsroom_scale database" | tee -a "$results"
  else
    : > "$TEST_ENV_FILE"
    TMPDIR="$work" POSTGRES_STATE_FILE="$work/postgres.state" POSTGRES_OPTIONS="-c shared_buffers=1GB -c work_mem=16MB" bash tests/setup/postgres.sh start
    # shellcheck disable=SC1090
    source "$TEST_ENV_FILE"
    psql "$(libpq "$TEST_POSTGRES_CONNECTION")" -qc "CREATE DATABASE newsroom_scale"
    echo "== postgres: generating $claims claims" | tee -a "$results"
    started=$SECONDS
    dotnet "$work/generator/NewsroomClaims.Load.Generator.dll" --provider Postgres --connection "${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_scale}" \
      --claims "$claims" --articles "$articles" --actors "$actors"
    echo "generated in $((SECONDS - started)) s" | tee -a "$results"
    # A million fresh rows set off autovacuum (visibility map, statistics); measure a settled database, as a running
    # newsroom's is, rather than one PostgreSQL is still vacuuming.
    started=$SECONDS
    psql "$(libpq "${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_scale}")" -qc 'VACUUM (ANALYZE)' 2>&1 | { grep -v 'only superuser can vacuum' || true; }
    echo "vacuumed in $((SECONDS - started)) s" | tee -a "$results"
  fi
  connection="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_scale}"
  # Writes need a key (deletes an admin one); the two-instance check writes through A and deletes through B.
  API_KEY=$(Database__Provider=Postgres Database__ConnectionString="$connection" Logging__LogLevel__Default=Warning \
    dotnet "$work/api/NewsroomClaims.Api.dll" create-key --name "scale load $(date +%s)" --role admin | tail -n 1)
  export API_KEY
  start_api 5311 postgres-a Database__Provider=Postgres Database__ConnectionString="$connection"
  start_api 5312 postgres-b Database__Provider=Postgres Database__ConnectionString="$connection"
  run_suite postgres http://127.0.0.1:5311
  bash tests/load/two-instances.sh http://127.0.0.1:5311 http://127.0.0.1:5312 "$work/postgres-paths/filtered.txt" "$duration" | tee -a "$results"
fi

echo "== results in $work/results-*.txt"
cat "$work"/results-*.txt
