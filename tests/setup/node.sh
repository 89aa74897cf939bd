#!/usr/bin/env bash
# Installs Node.js and npm (Debian's packages) for the OpenAPI lint and typed-client checks, when missing.
# Usage: tests/setup/node.sh start|stop. Idempotent.
set -euo pipefail
case "${1:-start}" in
  start)
    if command -v node >/dev/null && command -v npm >/dev/null; then
      echo "node present: $(node --version), npm $(npm --version)"
    else
      echo "installing nodejs and npm with apt"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    fi
    ;;
  stop) ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
