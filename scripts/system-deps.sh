#!/usr/bin/env bash
# Debian packages `make setup` needs besides Python: gettext (msgfmt compiles the interface translations).
# Idempotent: installs only what is missing. The services and browser tests install their own
# (scripts/services/postgres.sh, scripts/browser-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/apt.sh
. scripts/lib/apt.sh
if ! command -v msgfmt >/dev/null 2>&1; then
  echo "system-deps: installing gettext (msgfmt)"
  apt_install gettext
fi
