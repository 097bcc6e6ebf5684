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
# Debian ships a Python's venv module apart (python3.<minor>-venv); other Pythons bring their own.
PYTHON=${PYTHON:-python3}
if [[ "$(command -v "$PYTHON")" == /usr/bin/* ]] && ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  venv_package=$("$PYTHON" -c 'import sys; print(f"python3.{sys.version_info.minor}-venv")')
  echo "system-deps: installing $venv_package"
  apt_install "$venv_package"
fi
