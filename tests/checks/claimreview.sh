#!/usr/bin/env bash
# The ClaimReview JSON-LD, checked with tools others wrote (see tests/claimreview/check.mjs):
#   1. serves the API on a free localhost port (temp SQLite, sample story, a known admin key),
#   2. writes reviews through it (and imports the fact-checkers' markup the C# tests use), saves every review's
#      ClaimReview and the reviews' DataFeed to artifacts/claimreview/,
#   3. type-checks them against schema-dts with tsc, expands them with jsonld (schema.org's context served locally,
#      made from schema.org's vocabulary; no network), and checks Google's required and recommended properties
#      (structured-data-testing-tool's Google preset, then each property asserted).
# Tool versions are pinned in tests/claimreview/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mkdir -p artifacts
command -v node >/dev/null || bash tests/setup/node.sh start

dll=src/Api/bin/Release/net10.0/NewsroomClaims.Api.dll
[ -f "$dll" ] || dotnet build src/Api --configuration Release --nologo -v quiet

workdir=$(mktemp -d)
key="nck_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
Database__SqlitePath="$workdir/api.db" Auth__BootstrapAdminKey="$key" RateLimiting__PermitLimit=100000 Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "http://127.0.0.1:$port" > "$root/artifacts/claimreview-api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; wait $api 2>/dev/null || true; rm -rf "$workdir"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 120); do
  curl -sf -o /dev/null "$base/health/ready" && break
  sleep 0.5
done

cd tests/claimreview
SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
rm -rf generated
node check.mjs "$base" "$key" "$root/artifacts/claimreview" "$root/tests/Api.Tests/Reviews/Samples"
