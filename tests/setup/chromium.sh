#!/usr/bin/env bash
# Installs Debian's chromium for the Swagger UI browser test (Playwright drives it; it never downloads a browser).
# Usage: tests/setup/chromium.sh start|stop. Idempotent: does nothing when /usr/bin/chromium is there.
set -euo pipefail
case "${1:-start}" in
  start)
    if [ -x /usr/bin/chromium ]; then
      echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown)"
    else
      echo "installing chromium with apt"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
    fi
    if [ -n "${TEST_ENV_FILE:-}" ]; then
      echo "export CHROMIUM_PATH=/usr/bin/chromium" >> "$TEST_ENV_FILE"
    fi
    ;;
  stop) ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
