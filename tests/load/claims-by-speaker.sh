#!/usr/bin/env bash
# Reads at the framework's speed: GET /api/v1/claims?speaker=... at 100,000 claims, wrk with 32 connections.
# For each database: generates CLAIMS claims with tests/load/Generator (built as the domain builds them; 100 speakers
# of ~1,000 claims each), starts the API (Release, rate limit lifted) and measures
#   1. the read cache off (every request reaches the database),
#   2. the read cache on, and in the same run a bare Kestrel yardstick (tests/load/Yardstick) serving the very bytes
#      the list returned: the cached API should reach half of it.
# Prints requests/s, p50/p99 and the API's memory, and a line per target; any non-2xx answer fails the run.
# Usage: bash tests/load/claims-by-speaker.sh [sqlite|postgres|both]
#   env: CLAIMS=100000 CONNECTIONS=32 DURATION=20 (seconds) THREADS=2 WORK=/tmp/newsroom-speaker
#        WARMUP=5 (seconds of load before each measured run, after the API said ready: it warms its own hot reads at
#        start, src/Api/Health/Warmup.cs, and Warmup__Enabled=false in the environment measures a cold start instead)
set -euo pipefail
cd "$(dirname "$0")/../.."
which_db=${1:-both}
claims=${CLAIMS:-100000}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20}
warmup=${WARMUP:-5}
threads=${THREADS:-2}
work=${WORK:-/tmp/newsroom-speaker}
rm -rf "$work"; mkdir -p "$work"
pids=()
failed=0
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

echo "== building the API, the generator and the yardstick (Release)"
dotnet publish src/Api -c Release -o "$work/api" --nologo -v q >/dev/null
dotnet build tests/load/Generator -c Release -o "$work/generator" --nologo -v q >/dev/null
dotnet build tests/load/Yardstick -c Release -o "$work/yardstick" --nologo -v q >/dev/null

# start PORT NAME PATH COMMAND...: starts a server in the background and waits until PATH answers 2xx (the API's
# /health/ready waits for its start-up warm-up, so the measurement starts on a warmed instance as a load balancer's would).
start() {
  local port=$1 name=$2 path=$3; shift 3
  "$@" >"$work/$name.log" 2>&1 &
  pids+=("$!"); echo "$!" > "$work/$name.pid"
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port$path" && return 0; sleep 0.5; done
  echo "$name did not start; see $work/$name.log" >&2; exit 1
}
stop() { kill "$(cat "$work/$1.pid")" 2>/dev/null || true; wait "$(cat "$work/$1.pid")" 2>/dev/null || true; }

# measure LABEL URL: warm-up, then one wrk run; prints and returns its RESULT line.
measure() {
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$2" >/dev/null
  local line
  line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s tests/load/result.lua "$2" | grep '^RESULT')
  printf '%-44s %s\n' "$1" "${line#RESULT }" >&2
  echo "$line"
}
value() { echo "$1" | grep -oE "$2=[0-9.]+" | cut -d= -f2; }
check() { # check LABEL OK?  (prints met/missed)
  if [ "$2" = 1 ]; then echo "target $1: met"; else echo "target $1: MISSED"; fi
}
memory() { grep -E 'VmRSS|VmHWM|RssAnon|RssFile' "/proc/$(cat "$work/$1.pid")/status" | tr -s ' \t' ' ' | tr '\n' ' '; }

run() { # run NAME PORT MIN_RPS ENV...
  local name=$1 port=$2 min_rps=$3; shift 3
  # Matching off, as in scale.sh: the generated claims have no embeddings, so the start-up sweep would embed all of them
  # (minutes of both cores) during the measurement and clear the read cache as each statement forms.
  # Every setting goes before the program: after it, it would be one of the program's arguments, where `__` is not read
  # as a section separator, and the setting would be silently ignored (the read cache then kept its default).
  local settings=("$@" Database__LoadSampleData=false Matching__Enabled=false RateLimiting__PermitLimit=100000000 Logging__LogLevel__Default=Warning
    ASPNETCORE_URLS="http://127.0.0.1:$port")
  local program=(dotnet "$work/api/NewsroomClaims.Api.dll")
  start "$port" "$name-api" /health/ready env "${settings[@]}" ReadCache__Enabled=false "${program[@]}"
  local speaker url
  speaker=$(curl -sf "http://127.0.0.1:$port/api/v1/claims?pageSize=1" | grep -oE '"speaker":\{"position":[0-9]+,"actorId":"[^"]+"' | sed -E 's/.*"actorId":"([^"]+)"/\1/')
  url="http://127.0.0.1:$port/api/v1/claims?speaker=$speaker"
  curl -sf -o "$work/page.json" "$url"
  echo "== $name: $url ($(wc -c < "$work/page.json") bytes a page)"
  local off on yard
  off=$(measure "$name, read cache off" "$url")
  echo "API memory after the uncached run: $(memory "$name-api")"
  stop "$name-api"
  start "$port" "$name-api" /health/ready env "${settings[@]}" ReadCache__Enabled=true "${program[@]}"
  on=$(measure "$name, read cache on" "$url")
  stop "$name-api"
  start 5390 yardstick / env ASPNETCORE_URLS=http://127.0.0.1:5390 dotnet "$work/yardstick/NewsroomClaims.Load.Yardstick.dll" "$work/page.json"
  yard=$(measure "$name, yardstick (bare Kestrel, same bytes)" "http://127.0.0.1:5390/")
  stop yardstick
  local ratio
  ratio=$(awk -v a="$(value "$on" rps)" -v b="$(value "$yard" rps)" 'BEGIN { printf "%.2f", a / b }')
  echo "cache on / yardstick = $ratio"
  for line in "$off" "$on" "$yard"; do [ "$(value "$line" non2xx)" = 0 ] && [ "$(value "$line" socket_errors)" = 0 ] || failed=1; done
  check "$name cache off >= $min_rps req/s" "$(awk -v r="$(value "$off" rps)" -v m="$min_rps" 'BEGIN { print (r >= m) ? 1 : 0 }')"
  [ "$name" = postgres ] || check "$name cache off p99 < 20 ms" "$(awk -v p="$(value "$off" p99_ms)" 'BEGIN { print (p < 20) ? 1 : 0 }')"
  check "$name cache on >= 0.5 of the yardstick" "$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? 1 : 0 }')"
}

generate() { # generate PROVIDER CONNECTION
  echo "== generating $claims claims ($1)"
  dotnet "$work/generator/NewsroomClaims.Load.Generator.dll" --provider "$1" --connection "$2" \
    --claims "$claims" --articles $((claims / 100)) --actors 300 | tail -n 1
}

if [ "$which_db" = sqlite ] || [ "$which_db" = both ]; then
  generate Sqlite "Data Source=$work/speaker.db"
  run sqlite 5391 3000 Database__Provider=Sqlite Database__SqlitePath="$work/speaker.db"
fi

if [ "$which_db" = postgres ] || [ "$which_db" = both ]; then
  export TEST_ENV_FILE="$work/pg.env"; : > "$TEST_ENV_FILE"
  TMPDIR="$work" POSTGRES_STATE_FILE="$work/postgres.state" bash tests/setup/postgres.sh start >/dev/null
  # shellcheck disable=SC1090
  source "$TEST_ENV_FILE"
  # The test role may create databases but not tables in "postgres" (PostgreSQL 15 locks down its public schema).
  libpq=$(echo "$TEST_POSTGRES_CONNECTION" | sed -E 's/Host=([^;]+);Port=([0-9]+);Username=([^;]+);Password=([^;]+);Database=([^;]+)/host=\1 port=\2 user=\3 password=\4 dbname=\5/')
  psql "$libpq" -qc "CREATE DATABASE newsroom_speaker"
  connection="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=newsroom_speaker}"
  generate Postgres "$connection"
  run postgres 5392 2000 Database__Provider=Postgres Database__ConnectionString="$connection"
fi

[ "$failed" = 0 ] || { echo "FAILED: some answers were not 2xx (see the non2xx and socket_errors counts)"; exit 1; }
