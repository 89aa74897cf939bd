#!/usr/bin/env bash
# Claim-matching scale run. Prints the figures issue 12 asks for:
#   1. recall@10 of the compact search (binary codes, int8 re-scoring) against exact search at 1,000,000 claims, on the
#      synthetic vectors below (tests/Matching synthetic-recall; no database),
#   2. embedding throughput per core on real claim contents (PolNeAR dev, if present; tests/Matching throughput) and
#      the backfill of 100,000 claims by the embed-claims command (BACKFILL_CLAIMS, default 100000; 0 skips it),
#   3. per database: 1,000,000 claims generated with an embedding each (synthetic vectors, stored as the worker stores
#      real ones: codes and int8 vectors; tests/load/Generator/SyntheticVectors.cs), the API started (Release, rate
#      limit lifted, read cache off), the index load time, GET /claims/{id}/similar and POST /claim-matches p50/p99 at
#      1 connection (claim-matches embeds its text with the real model each time) and at 4, how soon a claim written
#      through the API is matchable (tests/load/matchable.py), and the API's resident memory.
# Any non-2xx answer is counted in the RESULT line (non2xx=) and fails the run.
# Not part of tests/run.sh (30-60 minutes). Results in $MATCHING_DIR/results-*.txt.
# Usage: bash tests/load/matching.sh [sqlite|postgres|both|recall|throughput|backfill]   (default both: all of the above)
#   env: CLAIMS ARTICLES ACTORS, DURATION (seconds per wrk run, default 15), MATCHING_DIR (default /tmp/newsroom-matching),
#        REUSE_DATA=1 (keep the generated SQLite file / a PostgreSQL cluster left by KEEP_POSTGRES=1), POLNEAR_ROOT
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
what=${1:-both}
claims=${CLAIMS:-1000000}
articles=${ARTICLES:-100000}
actors=${ACTORS:-10000}
duration=${DURATION:-15}
backfill_claims=${BACKFILL_CLAIMS:-100000}
work=${MATCHING_DIR:-/tmp/newsroom-matching}
mkdir -p "$work"
pids=()
status=0

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ "${KEEP_POSTGRES:-0}" = 1 ] || POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (figures under load are for direction only)"

echo "== building the API, the generator and the matching tools (Release)"
dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet build tests/load/Generator -c Release -o "$work/generator" --nologo -v q >/dev/null
dotnet build tests/Matching -c Release -o "$work/matching" --nologo -v q >/dev/null

if [ "$what" = recall ] || [ "$what" = both ]; then
  echo "== compact against exact search, $claims synthetic vectors" | tee "$work/results-recall.txt"
  dotnet "$work/matching/NewsroomClaims.Matching.dll" synthetic-recall "$claims" 200 | tee -a "$work/results-recall.txt"
fi

if [ "$what" = throughput ] || [ "$what" = both ]; then
  if [ -d "${POLNEAR_ROOT:-/work/shared/data/polnear}/dev" ]; then
    echo "== embedding throughput (PolNeAR dev contents)" | tee "$work/results-throughput.txt"
    dotnet "$work/matching/NewsroomClaims.Matching.dll" throughput | tee -a "$work/results-throughput.txt"
  else
    echo "== embedding throughput skipped: no PolNeAR at ${POLNEAR_ROOT:-/work/shared/data/polnear}"
  fi
fi

if { [ "$what" = backfill ] || [ "$what" = both ]; } && [ "$backfill_claims" -gt 0 ]; then
  results="$work/results-backfill.txt"
  echo "== backfill: $backfill_claims generated claims without embeddings, embed-claims on $(nproc) cores" | tee "$results"
  rm -f "$work/backfill.db"*
  dotnet "$work/generator/NewsroomClaims.Load.Generator.dll" --provider Sqlite --connection "Data Source=$work/backfill.db" \
    --claims "$backfill_claims" --articles $((backfill_claims / 10)) --actors 2000 >/dev/null
  started=$SECONDS
  Database__Provider=Sqlite Database__SqlitePath="$work/backfill.db" Database__LoadSampleData=false Logging__LogLevel__Default=Warning \
    dotnet "$work/api/NewsroomClaims.Api.dll" embed-claims | tail -n 1 | tee -a "$results"
  echo "backfill of $backfill_claims claims: $((SECONDS - started)) s wall (start-up and model load included)" | tee -a "$results"
fi

# start_api PORT NAME ENV...: starts the published API and waits until the matching index has loaded; API_KEY is
# an editor key made on the same database for the write-to-matchable check.
start_api() {
  local port=$1 name=$2
  shift 2
  API_KEY=$(env "$@" Database__LoadSampleData=false Logging__LogLevel__Default=Warning dotnet "$work/api/NewsroomClaims.Api.dll" create-key --name "matching load $(date +%s)" --role editor | tail -n 1)
  env "$@" Database__LoadSampleData=false ReadCache__Enabled=false RateLimiting__PermitLimit=100000000 \
    Logging__LogLevel__Default=Warning Logging__LogLevel__NewsroomClaims=Information ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$work/api/NewsroomClaims.Api.dll" >"$work/$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  echo "$pid" > "$work/$name.pid"
  for _ in $(seq 1 600); do
    grep -q 'Claim-matching index loaded' "$work/$name.log" && curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && {
      grep -o 'Claim-matching index loaded[^.]*\.[0-9]* s' "$work/$name.log" | tee -a "$results"; return 0; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "API $name did not start; see $work/$name.log" >&2
  return 1
}

# measure LABEL SCRIPT URL FILE CONNECTIONS: one wrk run; appends its RESULT line to the results file.
measure() {
  local label=$1 script=$2 url=$3 file=$4 connections=$5 threads=2 line
  [ "$connections" -lt 2 ] && threads=1
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "tests/load/$script" "$url" -- "$file" | grep '^RESULT')
  printf '%-28s c=%-3s %s\n' "$label" "$connections" "${line#RESULT }" | tee -a "$results"
  echo "$line" | grep -q 'non2xx=0 socket_errors=0' || status=1
}

run_suite() {
  local name=$1 url=$2 dir
  dir="$work/$1-paths"
  mkdir -p "$dir"
  # 50 claims spread over the data (newest pages of two lists), and 50 texts to match: claim contents with a word
  # changed, as a reader pastes what they read.
  curl -sf "$url/api/v1/claims?pageSize=100" | grep -oE '"id":"[0-9a-f-]{36}","articleId"' | sed -E 's/"id":"([^"]+)".*/\1/' \
    | head -n 50 | sed 's|^|/api/v1/claims/|; s|$|/similar?pageSize=10|' > "$dir/similar.txt"
  curl -sf "$url/api/v1/claims?pageSize=50&kind=direct" | grep -oE '"content":"[^"]+"' | sed -E 's/"content":"([^"]+)"/\1/' \
    | awk '{ $2 = "reportedly"; printf "{\"text\":\"%s\"}\n", $0 }' > "$dir/matches.txt"
  [ -s "$dir/similar.txt" ] && [ -s "$dir/matches.txt" ] || { echo "could not prepare the request lists" >&2; exit 1; }
  curl -sf "$url$(head -n 1 "$dir/similar.txt")" | head -c 300; echo
  echo "== $name: warming up"
  wrk -t1 -c2 -d5s -s tests/load/paths.lua "$url" -- "$dir/similar.txt" >/dev/null
  wrk -t1 -c2 -d5s -s tests/load/posts.lua "$url/api/v1/claim-matches" -- "$dir/matches.txt" >/dev/null
  echo "== $name: measuring (${duration}s per run; load average $(cut -d' ' -f1 /proc/loadavg))" | tee -a "$results"
  measure "similar (pageSize=10)" paths.lua "$url" "$dir/similar.txt" 1
  measure "claim-matches" posts.lua "$url/api/v1/claim-matches" "$dir/matches.txt" 1
  measure "similar (pageSize=10)" paths.lua "$url" "$dir/similar.txt" 4
  measure "claim-matches" posts.lua "$url/api/v1/claim-matches" "$dir/matches.txt" 4
  python3 tests/load/matchable.py "$url" "$API_KEY" 20 | tee -a "$results" || status=1
  local pid
  pid=$(cat "$work/$name.pid")
  echo "API memory: $(grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')" | tee -a "$results"
  kill "$pid"
}

generate() {
  dotnet "$work/generator/NewsroomClaims.Load.Generator.dll" --provider "$1" --connection "$2" \
    --claims "$claims" --articles "$articles" --actors "$actors" --embeddings yes | tail -n 1 | tee -a "$results"
}

if [ "$what" = sqlite ] || [ "$what" = both ]; then
  results="$work/results-sqlite.txt"
  echo "== sqlite: $claims claims with embeddings" | tee "$results"
  if [ "${REUSE_DATA:-0}" != 1 ] || [ ! -f "$work/sqlite.db" ]; then
    rm -f "$work/sqlite.db"*
    generate Sqlite "Data Source=$work/sqlite.db"
  fi
  start_api 5401 sqlite Database__Provider=Sqlite Database__SqlitePath="$work/sqlite.db"
  run_suite sqlite http://127.0.0.1:5401
fi

if [ "$what" = postgres ] || [ "$what" = both ]; then
  results="$work/results-postgres.txt"
  echo "== postgres: $claims claims with embeddings" | tee "$results"
  export TEST_ENV_FILE="$work/pg.env"
  libpq() { echo "$1" | sed -E 's/Host=([^;]+);Port=([0-9]+);Username=([^;]+);Password=([^;]+);Database=([^;]+)/host=\1 port=\2 user=\3 password=\4 dbname=\5/'; }
  # shellcheck disable=SC1090
  if [ "${REUSE_DATA:-0}" = 1 ] && [ -f "$work/postgres.state" ] && source "$TEST_ENV_FILE" 2>/dev/null \
    && psql "$(libpq "${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_matching}")" -qtAc 'SELECT 1 FROM "ClaimEmbeddings" LIMIT 1' 2>/dev/null | grep -q 1; then
    echo "reusing the running cluster's newsroom_matching database" | tee -a "$results"
  else
    : > "$TEST_ENV_FILE"
    TMPDIR="$work" POSTGRES_STATE_FILE="$work/postgres.state" POSTGRES_OPTIONS="-c shared_buffers=1GB -c work_mem=16MB" bash tests/setup/postgres.sh start
    # shellcheck disable=SC1090
    source "$TEST_ENV_FILE"
    psql "$(libpq "$TEST_POSTGRES_CONNECTION")" -qc "CREATE DATABASE newsroom_matching"
    generate Postgres "${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_matching}"
  fi
  start_api 5411 postgres Database__Provider=Postgres Database__ConnectionString="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_matching}"
  run_suite postgres http://127.0.0.1:5411
fi

echo "== results in $work/results-*.txt"
exit $status
