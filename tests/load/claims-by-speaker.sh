#!/usr/bin/env bash
# Load baseline: GET /api/v1/claims?speaker=... against SQLite holding CLAIMS synthetic claims.
# Starts the API (Release) on 127.0.0.1, seeds the database with seed-claims.sql, runs wrk with
# CONNECTIONS connections for DURATION, and prints requests/s, latency percentiles and the API's RSS.
# Runs twice: with the read cache off (every request reaches the database) and on (the SQLite default).
# Usage: bash tests/load/claims-by-speaker.sh   (env: CLAIMS=100000 SPEAKERS=100 CONNECTIONS=32 DURATION=30s THREADS=2)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLAIMS=${CLAIMS:-100000}
SPEAKERS=${SPEAKERS:-100}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }

work=$(mktemp -d)
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Api -c Release -o "$work/api" >/dev/null

start_api() {
  Database__SqlitePath="$work/load.db" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    RateLimiting__PermitLimit=100000000 ReadCache__Enabled="${1:-true}" \
    dotnet "$work/api/NewsroomClaims.Api.dll" > "$work/api.log" 2>&1 &
  api=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && return; sleep 0.5; done
  echo "API did not start"; cat "$work/api.log"; exit 1
}

start_api          # migrates and loads the sample story
kill $api; wait $api 2>/dev/null || true
echo "seeding $CLAIMS claims for $SPEAKERS speakers..."
{ echo "CREATE TEMP TABLE params(claims INTEGER, speakers INTEGER); INSERT INTO params VALUES ($CLAIMS, $SPEAKERS);"; cat tests/load/seed-claims.sql; } \
  | sqlite3 "$work/load.db"
echo "claims in database: $(sqlite3 "$work/load.db" 'SELECT COUNT(*) FROM Claims')"
speaker=01900000-0000-7000-9000-000000000001
url="http://127.0.0.1:$PORT/api/v1/claims?speaker=$speaker"
for cache in false true; do
  start_api "$cache"
  echo "== read cache enabled: $cache"
  curl -sf "$url" | head -c 200 || true; echo
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" > /dev/null   # warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url"
  echo "API resident memory: $(grep VmRSS /proc/$api/status | awk '{print $2/1024 " MB"}') (peak $(grep VmHWM /proc/$api/status | awk '{print $2/1024 " MB"}'))"
  kill $api; wait $api 2>/dev/null || true
done
