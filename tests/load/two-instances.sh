#!/usr/bin/env bash
# Shows that two API instances on one PostgreSQL behave as one: a write through A is readable and searchable
# through B at once, a page token from A pages on B, and load splits across both.
# Usage: API_KEY=<admin key> bash tests/load/two-instances.sh URL_A URL_B PATHS_FILE [DURATION]   (called by tests/load/scale.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
a=$1 b=$2 paths=$3 duration=${4:-15}
field() { { grep -oE "\"$1\":\"[^\"]+\"" || true; } | head -n 1 | sed -E "s/\"$1\":\"([^\"]+)\"/\1/"; }
fail() { echo "two instances: FAILED: $*" >&2; exit 1; }

word="scaleout$(date +%s%N | sha256sum | tr -dc 'a-f' | head -c 12)"
created=$(curl -sf -X POST "$a/api/v1/articles" -H "X-Api-Key: $API_KEY" -H 'Content-Type: application/json' -d "{\"headline\":\"Two instances $word\",
  \"canonicalUrl\":\"https://news.example/scale/$word\",\"publishedAt\":\"2025-05-01T08:00:00Z\",\"language\":\"en\",
  \"body\":\"Written through instance A: the $word report.\"}") || fail "POST on A"
id=$(echo "$created" | field id)
curl -sf -o /dev/null "$b/api/v1/articles/$id" || fail "article $id written on A is not readable on B"
found=$(curl -sf "$b/api/v1/search?q=$word" | field id)
[ "$found" = "$id" ] || fail "article $id written on A is not searchable on B (got '$found')"
echo "write on A, read and search on B at once: ok ($id)"

token=$(curl -sf "$a/api/v1/claims?kind=direct&pageSize=5" | field nextPageToken)
on_a=$(curl -sf "$a/api/v1/claims?kind=direct&pageSize=5&pageToken=$token" | grep -oE '"articleId":"[^"]+"' | tr -d '\n')
on_b=$(curl -sf "$b/api/v1/claims?kind=direct&pageSize=5&pageToken=$token" | grep -oE '"articleId":"[^"]+"' | tr -d '\n')
[ -n "$on_a" ] && [ "$on_a" = "$on_b" ] || fail "page 2 from A's token differs on B"
echo "page token from A gives the same page on B: ok"
curl -sf -o /dev/null -X DELETE -H "X-Api-Key: $API_KEY" "$b/api/v1/articles/$id" || fail "DELETE on B"

ra=$(mktemp) rb=$(mktemp)
wrk -t1 -c16 -d"${duration}s" --timeout 10s -s tests/load/paths.lua "$a" -- "$paths" | grep '^RESULT' > "$ra" &
wrk -t1 -c16 -d"${duration}s" --timeout 10s -s tests/load/paths.lua "$b" -- "$paths" | grep '^RESULT' > "$rb" &
wait
echo "filtered list on A (c=16): $(sed 's/^RESULT //' "$ra")"
echo "filtered list on B (c=16): $(sed 's/^RESULT //' "$rb")"
total=$(cat "$ra" "$rb" | grep -oE 'rps=[0-9]+' | cut -d= -f2 | awk '{s+=$1} END {print s}')
echo "filtered list on A+B together (c=32): rps=$total"
rm -f "$ra" "$rb"
