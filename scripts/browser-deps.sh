#!/usr/bin/env bash
# What the browser tests (tests/browser) and benchmarks/lighthouse.py need besides the Python packages:
# Debian's Chromium (the browser, /usr/bin/chromium, and its headless build, /usr/bin/chromium-headless-shell,
# which the browser tests run in) and the npm packages of a folder (default: tests/browser, axe-core).
# Idempotent: installs only what is missing. Exits non-zero when something cannot be installed; the tests then
# fail in CI (CI=true) and are skipped by hand.
#   scripts/browser-deps.sh [npm-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-tests/browser}

# shellcheck source=lib/apt.sh
. scripts/lib/apt.sh

status=0
# Both at once, so that they are the same release (tests/browser/test_full_chromium.py compares them).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; then
  echo "browser-deps: installing Debian's chromium and chromium-headless-shell"
  apt_install chromium chromium-headless-shell || status=1
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
