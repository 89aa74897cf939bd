#!/usr/bin/env bash
# Load run: POST /api/v1/extractions with the seed story (about 2.6 KB of text), in accurate and in fast mode, from
# CONNECTIONS connections. Starts the API (Release, rate limit lifted) on 127.0.0.1 over a throwaway SQLite file and
# prints: how long start-up took (model load included), wrk's requests/s and latencies per mode, the API's resident
# memory (now and peak). Any non-2xx answer fails the run.
# Accurate mode holds a core for ~0.2 s per request, so it is loaded with ACCURATE_CONNECTIONS (default 4: two waiting
# per core); at 32 connections each request would wait ~3 s, past wrk's default 2 s timeout, and wrk would count none.
# Usage: bash tests/load/extractions.sh
#   (env: CONNECTIONS=32 ACCURATE_CONNECTIONS=4 DURATION=20s THREADS=2 PORT=5097 MODES="accurate fast")
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${CONNECTIONS:-32}
ACCURATE_CONNECTIONS=${ACCURATE_CONNECTIONS:-4}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
PORT=${PORT:-5097}
MODES=${MODES:-accurate fast}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

work=$(mktemp -d)
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Api -c Release -o "$work/api" >/dev/null
started=$(date +%s.%N)
Database__SqlitePath="$work/load.db" Logging__LogLevel__Default=Warning Logging__LogLevel__NewsroomClaims=Information \
  RateLimiting__PermitLimit=100000000 ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  dotnet "$work/api/NewsroomClaims.Api.dll" > "$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.25; done
ready=$(date +%s.%N)
echo "start-up to ready (migrations, sample data, model load): $(python3 -c "print(round($ready - $started, 2))") s"
grep -o 'Attribution model loaded in [0-9]* ms[^.]*' "$work/api.log" || echo "(no model load line in the log)"

status=0
for mode in $MODES; do
  body=$(python3 -c 'import json,sys; t=open("samples/seed-story.txt").read().split("\n",2)[2]; print(json.dumps({"text":t,"publisher":"MENAFN","mode":sys.argv[1]}))' "$mode")
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[$body]==]
LUA
  connections=$CONNECTIONS; [ "$mode" = accurate ] && connections=$ACCURATE_CONNECTIONS
  echo "== $mode mode ($connections connections)"
  curl -sf -X POST -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$PORT/api/v1/extractions" | head -c 120; echo
  wrk -t"$THREADS" -c"$connections" -d5s --timeout 30s -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/extractions" > /dev/null
  wrk -t"$THREADS" -c"$connections" -d"$DURATION" --timeout 30s --latency -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/extractions" | tee "$work/wrk.txt"
  if grep -qE "Non-2xx|timeout [1-9]" "$work/wrk.txt"; then echo "FAIL: non-2xx answers or timeouts in $mode mode"; status=1; fi
done
echo "API resident memory: $(grep VmRSS /proc/$api/status | awk '{print $2/1024 " MB"}'), peak $(grep VmHWM /proc/$api/status | awk '{print $2/1024 " MB"}')"
exit $status
