#!/usr/bin/env bash
# Runs every test on a fresh Debian 12 machine that has only the .NET SDK:
#   1. tests/setup/*.sh install and start what the tests need (each exports what it started via $TEST_ENV_FILE),
#   2. dotnet test runs the unit and integration suites,
#   3. tests/checks/*.sh run the checks that are not xunit tests (OpenAPI lint, typed client).
# Usage: bash tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export TEST_ENV_FILE="$root/artifacts/test-env.sh"
mkdir -p "$root/artifacts"
: > "$TEST_ENV_FILE"

cleanup() {
  for script in tests/setup/*.sh; do
    [ -f "$script" ] && bash "$script" stop || true
  done
}
trap cleanup EXIT

for script in tests/setup/*.sh; do
  [ -f "$script" ] || continue
  echo "== setup: $script"
  bash "$script" start
done
# shellcheck disable=SC1090
source "$TEST_ENV_FILE"

echo "== dotnet test"
set +e
dotnet test NewsroomClaims.slnx --configuration Release --logger "console;verbosity=normal" 2>&1 | tee "$root/artifacts/dotnet-test.log"
status=${PIPESTATUS[0]}
echo "== dotnet test: integration suite again on PostgreSQL"
TEST_DB_PROVIDER=Postgres dotnet test tests/Api.Tests/Api.Tests.csproj --configuration Release --no-build --logger "console;verbosity=normal" 2>&1 | tee -a "$root/artifacts/dotnet-test.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
set -e

for script in tests/checks/*.sh; do
  [ -f "$script" ] || continue
  echo "== check: $script"
  if ! bash "$script"; then
    echo "check failed: $script"
    status=1
  fi
done

# One plain closing line for whoever reads the log: totals over every test assembly and both database runs.
passed=$( (grep -oE 'Passed: +[0-9]+' "$root/artifacts/dotnet-test.log" || true) | awk '{s+=$2} END {print s+0}')
failed=$( (grep -oE 'Failed: +[0-9]+' "$root/artifacts/dotnet-test.log" || true) | awk '{s+=$2} END {print s+0}')
skipped=$( (grep -oE 'Skipped: +[0-9]+' "$root/artifacts/dotnet-test.log" || true) | awk '{s+=$2} END {print s+0}')
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
