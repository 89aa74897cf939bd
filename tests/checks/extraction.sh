#!/usr/bin/env bash
# Corpus regression check: scores PolNeAR dev through the running API with the shared scorer, in both modes, and fails
# when attribution F1 or source/cue exact F1 fall more than 2 points below the figures README.md states.
#   POLNEAR_DEV (default ../shared/data/polnear/dev) and SCORER (default ../shared/tools/score_attributions.py) locate
#   the corpus and the scorer, which live outside the repository (the corpus may not be copied into it).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mkdir -p artifacts

dev=${POLNEAR_DEV:-}
scorer=${SCORER:-}
for base in "$root/.." /work; do
  [ -n "$dev" ] || { [ -d "$base/shared/data/polnear/dev/text" ] && dev="$base/shared/data/polnear/dev"; } || true
  [ -n "$scorer" ] || { [ -f "$base/shared/tools/score_attributions.py" ] && scorer="$base/shared/tools/score_attributions.py"; } || true
done
if [ -z "$dev" ] || [ -z "$scorer" ]; then
  echo "PolNeAR dev or the shared scorer not found (set POLNEAR_DEV and SCORER); the regression check cannot run."
  exit 1
fi
if ! command -v python3 >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3 >/dev/null
fi

dll=src/Api/bin/Release/net10.0/NewsroomClaims.Api.dll
[ -f "$dll" ] || dotnet build src/Api --configuration Release --nologo -v quiet

score() { # mode -> JSON line of the scorer
  local mode=$1 workdir port api
  workdir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  Database__SqlitePath="$workdir/api.db" Database__LoadSampleData=false Logging__LogLevel__Default=Warning \
    RateLimiting__PermitLimit=1000000 Extraction__DefaultMode="$mode" \
    dotnet "$dll" --urls "http://127.0.0.1:$port" > "$root/artifacts/extraction-api-$mode.log" 2>&1 &
  api=$!
  for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    sleep 0.5
  done
  python3 "$scorer" --corpus "$dev" --url "http://127.0.0.1:$port" --json | tee "$root/artifacts/extraction-$mode.txt" >&2
  kill $api 2>/dev/null || true
  wait $api 2>/dev/null || true
  rm -rf "$workdir"
  tail -n 1 "$root/artifacts/extraction-$mode.txt"
}

accurate=$(score Accurate)
fast=$(score Fast)
python3 - "$accurate" "$fast" <<'PY'
import json, re, sys
measured = {"accurate": json.loads(sys.argv[1]), "fast": json.loads(sys.argv[2])}
readme = open("README.md", encoding="utf-8").read()
rows = {"attribution": "attribution", "source exact": "source", "cue exact": "cue"}
failed = False
for label, key in rows.items():
    m = re.search(r"^\| " + re.escape(label) + r"[^|]*\| ([\d.]+)[^|]*\| ([\d.]+)", readme, re.M)
    if not m:
        sys.exit(f"README.md has no '{label}' row with accurate and fast figures")
    for mode, stated in (("accurate", float(m.group(1))), ("fast", float(m.group(2)))):
        r = measured[mode]
        f1 = r["attribution"][2] if key == "attribution" else r[key]["exact"][2]
        ok = f1 >= stated - 2
        failed |= not ok
        print(f"{mode:9} {label:14} measured {f1:5.1f}  README {stated:5.1f}  {'ok' if ok else 'REGRESSED'}")
sys.exit(1 if failed else 0)
PY
