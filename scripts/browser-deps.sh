#!/usr/bin/env bash
# What the browser tests (tests/browser) and benchmarks/lighthouse.py need besides the Python packages:
# Debian's Chromium at /usr/bin/chromium and the npm packages of a folder (default: tests/browser, axe-core).
# Idempotent: installs only what is missing. Exits non-zero when something cannot be installed; the tests then
# fail in CI (CI=true) and are skipped by hand.
#   scripts/browser-deps.sh [npm-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-tests/browser}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else echo "browser-deps: need root to run: $*" >&2; return 1
  fi
}

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null \
    || { as_root apt-get update -q >/dev/null && \
         as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null; }
}

status=0
if [ ! -x /usr/bin/chromium ]; then
  echo "browser-deps: installing Debian's chromium"
  apt_install chromium || status=1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "browser-deps: installing npm"
  apt_install npm || status=1
fi
# npm ci when node_modules is missing or older than the lock file.
if command -v npm >/dev/null 2>&1; then
  stamp="$folder/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$folder/package-lock.json" -nt "$stamp" ]; then
    echo "browser-deps: npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) || status=1
  fi
fi
exit $status
