#!/usr/bin/env bash
# Private Redis server for development, tests and the production-like stack.
#
# Why: production shares its cache and its counters (rate limits, counting dedup) between worker processes
# and hosts through Redis when REDIS_URL is set (docs/caching.md); the tests prove that path against a real
# server. This script installs Debian's redis-server if missing, runs its own instance from
# $SERVICES_DIR/redis (never the system one), listening only on 127.0.0.1:${REDIS_PORT:-6380}, without
# persistence (a cache and short-lived counters only).
#
# Usage: scripts/services/redis.sh start|stop|status|url|pid
# SERVICES_DIR moves the folders of the services (default $REPO/.services).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVICES_ROOT="${SERVICES_DIR:-$REPO/.services}" # where the services keep their folders
PORT="${REDIS_PORT:-6380}"
HOST=127.0.0.1
SERVICE_DIR="$SERVICES_ROOT/redis"
PID_FILE="$SERVICE_DIR/redis.pid"
LOG_FILE="$SERVICE_DIR/redis.log"
READY_TIMEOUT=30

log() { printf 'redis: %s\n' "$*"; }
die() { printf 'redis: ERROR: %s\n' "$*" >&2; exit 1; }

url() { printf 'redis://%s:%s/0\n' "$HOST" "$PORT"; }

ensure_server() {
    if ! command -v redis-server >/dev/null 2>&1; then
        log "redis-server not found; installing Debian's package with apt-get"
        [[ "$(id -u)" -eq 0 ]] || die "need root to apt-get install redis-server"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends redis-server >/dev/null 2>&1 ||
            { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends redis-server; }
    fi
    command -v redis-server >/dev/null 2>&1 || die "redis-server could not be installed"
}

answers() { redis-cli -h "$HOST" -p "$PORT" ping 2>/dev/null | grep -qx PONG; }

start() {
    ensure_server
    if answers; then
        log "already running on $HOST:$PORT"
        return 0
    fi
    mkdir -p "$SERVICE_DIR"
    redis-server --bind "$HOST" --port "$PORT" --daemonize yes --pidfile "$PID_FILE" --logfile "$LOG_FILE" \
        --dir "$SERVICE_DIR" --save "" --appendonly no --protected-mode yes --maxmemory 256mb \
        --maxmemory-policy allkeys-lru
    local waited=0
    until answers; do
        sleep 0.2
        waited=$((waited + 1))
        if ((waited > READY_TIMEOUT * 5)); then
            tail -n 20 "$LOG_FILE" >&2 || true
            die "no answer on $HOST:$PORT after ${READY_TIMEOUT} s"
        fi
    done
    log "ready: $(url)"
    log "stop it with: scripts/services/redis.sh stop"
}

stop() {
    if [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
        kill "$(cat "$PID_FILE")"
        local waited=0
        while kill -0 "$(cat "$PID_FILE" 2>/dev/null || echo 0)" 2>/dev/null && ((waited < 50)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        rm -f "$PID_FILE"
        log "stopped"
    else
        log "not running (from $SERVICE_DIR)"
    fi
}

status() {
    if answers; then
        log "running on $HOST:$PORT"
    else
        log "not running on $HOST:$PORT"
        return 1
    fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
url) url ;;
pid) [[ -s "$PID_FILE" ]] && cat "$PID_FILE" ;;
*)
    echo "usage: $0 start|stop|status|url|pid" >&2
    exit 2
    ;;
esac
