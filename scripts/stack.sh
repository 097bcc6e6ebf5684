#!/usr/bin/env bash
# The production-like local stack (`make stack`, `make stack-stop`; docs/caching.md, "The frontend cache"):
# PostgreSQL, Redis and OpenSearch from scripts/services/, the site under gunicorn with the production
# settings, Varnish in front of it with the repository's VCL, and the counter of the pages Varnish answers
# itself (`manage.py count_frontend_hits --follow`). Readers use Varnish; the demo content is loaded once.
#
# Usage: scripts/stack.sh start|stop|status
#   STACK_PORT       Varnish, where readers go (default 6081)
#   STACK_APP_PORT   gunicorn behind it (default 8001)
#   PGPORT, REDIS_PORT, OPENSEARCH_PORT, SERVICES_DIR: passed on to the service scripts (their defaults)
# `stop` stops only what `start` started: a service that was already running is left running.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
export SERVICES_DIR="${SERVICES_DIR:-$REPO/.services}"
STACK_DIR="$SERVICES_DIR/stack"
PORT="${STACK_PORT:-6081}"
APP_PORT="${STACK_APP_PORT:-8001}"
PY="$REPO/.venv/bin/python"
STARTED="$STACK_DIR/started"

log() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: ERROR: %s\n' "$*" >&2; exit 1; }

pid_alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_service() { # start a service unless it runs; remember what we started
    local service=$1
    if ! scripts/services/"$service".sh status >/dev/null 2>&1; then
        scripts/services/"$service".sh start
        echo "$service" >>"$STARTED"
    else
        log "$service already running: left as it is"
    fi
}

site_env() {
    [[ -s "$STACK_DIR/secret" ]] || head -c 48 /dev/urandom | base64 | tr -d '/+=\n' >"$STACK_DIR/secret"
    export DJANGO_SETTINGS_MODULE=decnet.settings.production
    SECRET_KEY="$(cat "$STACK_DIR/secret")"
    export SECRET_KEY
    export ALLOWED_HOSTS="127.0.0.1,localhost" SECURE_SSL_REDIRECT=false
    DATABASE_URL="$(scripts/services/postgres.sh url)"
    REDIS_URL="$(scripts/services/redis.sh url)"
    OPENSEARCH_URL="$(scripts/services/opensearch.sh url)"
    export DATABASE_URL REDIS_URL OPENSEARCH_URL
    export REDIS_KEY_PREFIX="decnet-stack"
    export FRONTEND_CACHE_URL="http://127.0.0.1:$PORT" TRUSTED_PROXY_COUNT=1
    export STATIC_ROOT="$STACK_DIR/static" MEDIA_ROOT="$STACK_DIR/media"
}

start() {
    [[ -x "$PY" ]] || die "no virtualenv: run 'make install' first"
    mkdir -p "$STACK_DIR"
    if pid_alive "$STACK_DIR/gunicorn.pid"; then
        log "already running: http://127.0.0.1:$PORT/"
        return 0
    fi
    touch "$STARTED"
    start_service postgres
    start_service redis
    start_service opensearch
    site_env
    # Varnish is not up yet (and starts empty): nothing to purge while the site is prepared.
    FRONTEND_CACHE_URL= "$PY" manage.py migrate --noinput -v0
    if [[ ! -f "$STACK_DIR/demo-loaded" ]]; then
        FRONTEND_CACHE_URL= "$PY" manage.py sync_locales
        FRONTEND_CACHE_URL= "$PY" manage.py load_demo_content
        FRONTEND_CACHE_URL= "$PY" manage.py update_index
        touch "$STACK_DIR/demo-loaded"
    fi
    "$PY" manage.py ensure_admin # the admin account (ADMIN_USERNAME/ADMIN_PASSWORD), as `make run` does
    "$PY" manage.py collectstatic --noinput -v0
    "$PY" -m gunicorn decnet.wsgi:application --bind "127.0.0.1:$APP_PORT" --workers 2 --daemon \
        --pid "$STACK_DIR/gunicorn.pid" --error-logfile "$STACK_DIR/gunicorn.log" --capture-output
    local waited=0
    until curl -fs -m 2 -o /dev/null "http://127.0.0.1:$APP_PORT/healthz"; do
        sleep 0.2
        waited=$((waited + 1))
        ((waited < 300)) || { tail -n 30 "$STACK_DIR/gunicorn.log" >&2; die "gunicorn does not answer"; }
    done
    VARNISH_PORT="$PORT" VARNISH_BACKEND="127.0.0.1:$APP_PORT" scripts/services/varnish.sh start
    echo varnish >>"$STARTED"
    local hits
    hits="$(VARNISH_PORT="$PORT" scripts/services/varnish.sh log)"
    setsid nohup "$PY" manage.py count_frontend_hits --follow "$hits" </dev/null >>"$STACK_DIR/counter.log" 2>&1 &
    echo $! >"$STACK_DIR/counter.pid"
    log "ready: http://127.0.0.1:$PORT/ (Varnish) -> http://127.0.0.1:$APP_PORT/ (gunicorn, production settings)"
    log "stop it with: make stack-stop"
}

stop_pid() {
    local file=$1 name=$2
    if pid_alive "$file"; then
        local pid
        pid="$(cat "$file")"
        kill -TERM "$pid"
        local waited=0
        while kill -0 "$pid" 2>/dev/null && ((waited < 150)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        log "$name stopped"
    fi
    rm -f "$file"
}

stop() {
    stop_pid "$STACK_DIR/counter.pid" "hit counter"
    if grep -qx varnish "$STARTED" 2>/dev/null; then VARNISH_PORT="$PORT" scripts/services/varnish.sh stop; fi
    stop_pid "$STACK_DIR/gunicorn.pid" gunicorn
    local service
    for service in opensearch redis postgres; do
        if grep -qx "$service" "$STARTED" 2>/dev/null; then scripts/services/"$service".sh stop; fi
    done
    rm -f "$STARTED"
}

status() {
    local rc=0
    if pid_alive "$STACK_DIR/gunicorn.pid"; then log "gunicorn running on 127.0.0.1:$APP_PORT"; else log "gunicorn not running"; rc=1; fi
    VARNISH_PORT="$PORT" scripts/services/varnish.sh status || rc=1
    if pid_alive "$STACK_DIR/counter.pid"; then log "hit counter running"; else log "hit counter not running"; rc=1; fi
    return "$rc"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
