#!/usr/bin/env bash
# Debian packages `make setup` needs besides Python: gettext (msgfmt compiles the interface translations),
# and the venv module of the distribution's Python when the Makefile makes the environment with it ($PYTHON).
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
PYTHON=${PYTHON:-python3}
if [ "$PYTHON" = /usr/bin/python3.11 ] && ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  echo "system-deps: installing python3.11-venv"
  apt_install python3.11-venv
fi
