#!/usr/bin/env bash
# Load run: POST /api/v1/extractions with the seed story (about 2.6 KB of text) from CONNECTIONS connections.
# Starts the API (Release) on 127.0.0.1 over a throwaway SQLite file and prints wrk's requests/s and latencies.
# Usage: bash tests/load/extractions.sh   (env: CONNECTIONS=32 DURATION=20s THREADS=2 PORT=5097)
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
PORT=${PORT:-5097}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

work=$(mktemp -d)
trap 'kill $api 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet publish src/Api -c Release -o "$work/api" >/dev/null
Database__SqlitePath="$work/load.db" Logging__LogLevel__Default=Warning RateLimiting__PermitLimit=100000000 \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$work/api/NewsroomClaims.Api.dll" > "$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done

# The API's key prints once on first start; extraction previews need an editor key.
key=$(grep -oE 'Admin API key: [^ ]+' "$work/api.log" | awk '{print $4}')
body=$(python3 -c 'import json,sys; t=open("samples/seed-story.txt").read().split("\n",2)[2]; print(json.dumps({"text":t,"publisher":"MENAFN"}))')
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = "$key"
wrk.body = [==[$body]==]
LUA
curl -sf -X POST -H 'Content-Type: application/json' -H "X-Api-Key: $key" --data "$body" "http://127.0.0.1:$PORT/api/v1/extractions" | head -c 200 || true; echo
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/extractions" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/post.lua" "http://127.0.0.1:$PORT/api/v1/extractions"
echo "API resident memory: $(grep VmRSS /proc/$api/status | awk '{print $2/1024 " MB"}')"
