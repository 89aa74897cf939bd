#!/usr/bin/env bash
# The OpenAPI contract, checked as its users meet it:
#   1. serves the API on a free localhost port (temp SQLite, sample story) and saves artifacts/openapi.json,
#   2. lints it with Spectral's spectral:oas ruleset (.spectral.yaml); any error fails, warnings are listed,
#   3. generates TypeScript types with openapi-typescript and type-checks tests/client/client.ts with tsc,
#   4. runs that client against the live API.
# Tool versions are pinned in tests/client/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mkdir -p artifacts
command -v node >/dev/null || bash tests/setup/node.sh start

dll=src/Api/bin/Release/net10.0/NewsroomClaims.Api.dll
[ -f "$dll" ] || dotnet build src/Api --configuration Release --nologo -v quiet

workdir=$(mktemp -d)
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
Database__SqlitePath="$workdir/api.db" Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "http://127.0.0.1:$port" > "$root/artifacts/openapi-api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; wait $api 2>/dev/null || true; rm -rf "$workdir"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 120); do
  curl -sf -o /dev/null "$base/health/ready" && break
  sleep 0.5
done
curl -sf "$base/swagger/v1/swagger.json" -o artifacts/openapi.json
echo "OpenAPI document: artifacts/openapi.json ($(wc -c < artifacts/openapi.json) bytes)"

cd tests/client
SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

echo "== spectral lint (spectral:oas)"
set +e
npx --no-install spectral lint "$root/artifacts/openapi.json" --ruleset "$root/.spectral.yaml" --fail-severity error \
  | tee "$root/artifacts/spectral.txt"
lint=${PIPESTATUS[0]}
set -e
[ "$lint" -eq 0 ] || { echo "spectral found errors"; exit 1; }

echo "== openapi-typescript + tsc"
npx --no-install openapi-typescript "$root/artifacts/openapi.json" -o generated/api.d.ts
npx --no-install tsc -p .
echo "typed client compiles"

echo "== typed client against the live API"
node dist/client.js "$base"
