#!/usr/bin/env bash
# The static checks of `make test` (and `make check`): lint, format, import layers, migrations, messages and
# Django's deployment checks. Every check runs, so one report shows all that is wrong; the exit status is 1
# when any of them failed (a shell function's status is its last command's: ruff's errors once passed as ok).
#
# Usage: scripts/static_checks.sh     (RUFF and PY choose the tools; defaults: the project's .venv)
set -uo pipefail
cd "$(dirname "$0")/.."
RUFF="${RUFF:-.venv/bin/ruff}"
PY="${PY:-.venv/bin/python}"
failed=0
check() { # check NAME COMMAND...: run it, remember a failure by name
  local name="$1"
  shift
  if ! "$@"; then
    echo "static checks: $name FAILED" >&2
    failed=1
  fi
}
check "ruff check" "$RUFF" check .
check "ruff format" "$RUFF" format --check .
check "import layers" "$PY" scripts/check_layers.py
check "migrations" env DJANGO_SETTINGS_MODULE=decnet.settings.test "$PY" manage.py makemigrations --check --dry-run
if [ -d locale ]; then check "messages" "$PY" manage.py compilemessages --ignore=.venv -v0; fi
check "deploy checks" env SECRET_KEY="check-deploy-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  ALLOWED_HOSTS=decentralization.net DJANGO_SETTINGS_MODULE=decnet.settings.production \
  "$PY" manage.py check --deploy --fail-level WARNING
exit "$failed"
