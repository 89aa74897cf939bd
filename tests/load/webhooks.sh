#!/usr/bin/env bash
# Webhooks under write load (issue 14): WRITERS clients POST claims for DURATION seconds with no subscription (the
# yardstick, same API, same run), then again with one subscription whose receiver (tests/load/WebhookLoad, in process)
# verifies every delivery's signature, then once more without (the yardstick is the mean of the runs before and after,
# so the database's growth is not charged to the subscription). Targets: delivery lag p99 < 2 s with every committed
# change delivered, and write throughput with the subscription within 20% of the runs without. Rate limit lifted; any non-2xx write is a failure.
# Prints RESULT lines and one line per target; exits 1 when a run failed its checks.
# A 10 s warm-up of the same writes, delivered to a subscription of its own, comes first and is not compared (the first run would otherwise be the cold one).
# Usage: bash tests/load/webhooks.sh [sqlite|postgres|both]   env: WRITERS=32 DURATION=30 WORK=/tmp/newsroom-webhooks
#   SQLITE_PORT=5391 POSTGRES_PORT=5392 (a port already listening fails the run: the client would load someone else's API)
set -euo pipefail
cd "$(dirname "$0")/../.."
which_db=${1:-both}
writers=${WRITERS:-32}
duration=${DURATION:-30}
work=${WORK:-/tmp/newsroom-webhooks}
rm -rf "$work"; mkdir -p "$work"
api_pid=""
failed=0
cleanup() {
  [ -z "$api_pid" ] || kill "$api_pid" 2>/dev/null || true
  POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== building the API and the load client (Release)"
dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet build tests/load/WebhookLoad -c Release -o "$work/client" --nologo -v q >/dev/null

run() { # run NAME PORT ENV...
  local name=$1 port=$2; shift 2
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "$name: port $port is already in use"; failed=1; return; fi
  local settings=("$@" Database__LoadSampleData=false RateLimiting__PermitLimit=100000000 Logging__LogLevel__Default=Warning
    Webhooks__AllowPrivateTargets=true)
  local key
  key=$(env "${settings[@]}" dotnet "$work/api/NewsroomClaims.Api.dll" create-key --name "webhook load" --role admin | tail -n 1)
  env "${settings[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$work/api/NewsroomClaims.Api.dll" > "$work/$name.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.5; done
  echo "== $name: $writers writers, ${duration} s without a subscription, ${duration} s with one, ${duration} s without again"
  dotnet "$work/client/NewsroomClaims.Load.WebhookLoad.dll" --url "http://127.0.0.1:$port" --key "$key" \
    --writers "$writers" --seconds "$duration" | sed "s/^/$name: /" || failed=1
  echo "$name: API memory: $(grep -E 'VmRSS|VmHWM' "/proc/$api_pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')"
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
}

if [ "$which_db" = sqlite ] || [ "$which_db" = both ]; then
  run sqlite "${SQLITE_PORT:-5391}" Database__Provider=Sqlite Database__SqlitePath="$work/webhooks.db"
fi

if [ "$which_db" = postgres ] || [ "$which_db" = both ]; then
  export TEST_ENV_FILE="$work/pg.env"; : > "$TEST_ENV_FILE"
  TMPDIR="$work" POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh start >/dev/null
  # shellcheck disable=SC1090
  source "$TEST_ENV_FILE"
  libpq=$(echo "$TEST_POSTGRES_CONNECTION" | sed -E 's/Host=([^;]+);Port=([0-9]+);Username=([^;]+);Password=([^;]+);Database=([^;]+)/host=\1 port=\2 user=\3 password=\4 dbname=\5/')
  psql "$libpq" -qc "CREATE DATABASE newsroom_webhooks"
  run postgres "${POSTGRES_PORT:-5392}" Database__Provider=Postgres Database__ConnectionString="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_webhooks}"
fi

[ "$failed" = 0 ] || { echo "FAILED"; exit 1; }
