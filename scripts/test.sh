#!/usr/bin/env bash
# The whole suite, as `make test` and CI run it: static checks, then the tests on SQLite, on PostgreSQL
# and against a real OpenSearch node, then the browser tests (real Chromium, once: they serve the site from an
# SQLite file of their own). Services this script started are stopped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
started=()
cleanup() {
  for service in "${started[@]}"; do scripts/services/"$service".sh stop || true; done
}
trap cleanup EXIT

start_service() {
  local service=$1
  if ! scripts/services/"$service".sh status >/dev/null 2>&1; then
    scripts/services/"$service".sh start
    started+=("$service")
  fi
}

echo "== static checks"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
DJANGO_SETTINGS_MODULE=decnet.settings.test $PY manage.py makemigrations --check --dry-run
if [ -d locale ]; then $PY manage.py compilemessages --ignore=.venv -v0; fi
SECRET_KEY="check-deploy-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" ALLOWED_HOSTS=decentralization.net \
  DJANGO_SETTINGS_MODULE=decnet.settings.production $PY manage.py check --deploy --fail-level WARNING

start_service postgres
start_service opensearch
export CI_REQUIRE_SERVICES=${CI:-false}

echo "== tests on SQLite"
DATABASE_URL="sqlite:///:memory:" $PY -m pytest -q -m "not browser" "$@"
echo "== tests on PostgreSQL"
DATABASE_URL="$(scripts/services/postgres.sh url)" $PY -m pytest -q -m "not browser" "$@"
echo "== load while publishing (10 readers, 10 s, gunicorn + PostgreSQL; benchmarks/load.py)"
$PY benchmarks/load.py --readers 10 --seconds 10 --fresh \
  --database-url "$(scripts/services/postgres.sh url | sed 's#/[^/]*$#/decnet_load#')"
echo "== browser tests (Chromium: axe-core, keyboard, page weight, journeys)"
# Installs Chromium and axe-core when missing; if that fails the tests say why (a failure in CI, a skip by hand).
scripts/browser-deps.sh || echo "scripts/browser-deps.sh could not install everything" >&2
DATABASE_URL="sqlite:///:memory:" $PY -m pytest -q -m browser tests/browser "$@"
echo "== search tests on OpenSearch"
OPENSEARCH_URL="$(scripts/services/opensearch.sh url)" $PY -m pytest -q -m "not postgres" tests/search "$@"
echo "== degraded mode with the OpenSearch node stopped"
stopped_url="$(scripts/services/opensearch.sh url)"
scripts/services/opensearch.sh stop
SEARCH_STOPPED_ENGINE_URL="$stopped_url" $PY -m pytest -q tests/search/test_degraded.py "$@"
# A node that was running before `make test` is left running, as it was found.
if [[ ! " ${started[*]} " == *" opensearch "* ]]; then scripts/services/opensearch.sh start; fi
