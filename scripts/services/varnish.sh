#!/usr/bin/env bash
# Private Varnish in front of the site, with the request log the counters read (docs/caching.md).
#
# Why: production may put Varnish in front of gunicorn; the stack (`make stack`) and the tests prove that path
# against a real varnishd. This script installs Debian's varnish if missing, runs its own varnishd from
# $SERVICES_DIR/varnish (never the system one) on 127.0.0.1:${VARNISH_PORT:-6081} with the repository's VCL
# (scripts/services/varnish/decnet.vcl) in front of ${VARNISH_BACKEND:-127.0.0.1:8000}, and a varnishncsa
# that appends every page delivered from the cache to $SERVICES_DIR/varnish/hits.log (one JSON object a
# line), which `manage.py count_frontend_hits` counts.
#
# Usage: scripts/services/varnish.sh install|start|stop|status|url|log
#   VARNISH_PORT     listening port (default 6081)
#   VARNISH_BACKEND  host:port of gunicorn (default 127.0.0.1:8000)
#   VARNISH_MEMORY   cache size (default 128m)
#   SERVICES_DIR     where the services keep their folders (default $REPO/.services)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST=127.0.0.1
PORT="${VARNISH_PORT:-6081}"
BACKEND="${VARNISH_BACKEND:-127.0.0.1:8000}"
MEMORY="${VARNISH_MEMORY:-128m}"
SERVICE_DIR="${SERVICES_DIR:-$REPO/.services}/varnish"
VCL_DIR="$REPO/scripts/services/varnish"
PID_FILE="$SERVICE_DIR/varnishd.pid"
NCSA_PID_FILE="$SERVICE_DIR/varnishncsa.pid"
HIT_LOG="$SERVICE_DIR/hits.log"
WORK_DIR="$SERVICE_DIR/work"
READY_TIMEOUT=30
# One JSON object per page delivered from the cache: what the counting rules read (impact/rules.py), nothing
# else. A header the reader did not send is "-".
HIT_FORMAT='{"time": "%{%Y-%m-%dT%H:%M:%S%z}t", "method": "%m", "path": "%U", "query": "%q", "status": "%s", "page": "%{VCL_Log:page}x", "client": "%h", "forwarded_for": "%{X-Forwarded-For}i", "user_agent": "%{User-Agent}i", "sec_purpose": "%{Sec-Purpose}i", "purpose": "%{Purpose}i", "dnt": "%{DNT}i", "sec_gpc": "%{Sec-GPC}i", "referer": "%{Referer}i", "host": "%{Host}i"}'

log() { printf 'varnish: %s\n' "$*"; }
die() { printf 'varnish: ERROR: %s\n' "$*" >&2; exit 1; }

url() { printf 'http://%s:%s\n' "$HOST" "$PORT"; }

ensure_varnish() {
    if ! command -v varnishd >/dev/null 2>&1 && [[ ! -x /usr/sbin/varnishd ]]; then
        log "varnishd not found; installing Debian's package with apt-get"
        # shellcheck source=../lib/apt.sh
        source "$REPO/scripts/lib/apt.sh"
        apt_install varnish || die "varnish could not be installed"
    fi
    PATH="$PATH:/usr/sbin"
    command -v varnishd >/dev/null 2>&1 || die "varnishd could not be installed"
}

pid_alive() { [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }


start() {
    ensure_varnish
    if pid_alive "$PID_FILE"; then
        log "already running on $(url)"
        return 0
    fi
    if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
        die "port $PORT on $HOST is taken; free it or set VARNISH_PORT"
    fi
    mkdir -p "$SERVICE_DIR" "$WORK_DIR"
    local backend_host=${BACKEND%:*} backend_port=${BACKEND##*:}
    cat >"$SERVICE_DIR/backend.vcl" <<EOF
# Written by scripts/services/varnish.sh on every start.
backend default {
    .host = "$backend_host";
    .port = "$backend_port";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
}
EOF
    # -j none: no privilege separation, so the worker can read this private folder whoever runs the script.
    varnishd -j none -a "$HOST:$PORT" -n "$WORK_DIR" -P "$PID_FILE" -s "malloc,$MEMORY" \
        -p vcl_path="$SERVICE_DIR:$VCL_DIR" -f "$VCL_DIR/decnet.vcl" \
        >"$SERVICE_DIR/varnishd.log" 2>&1 || { cat "$SERVICE_DIR/varnishd.log" >&2; die "varnishd did not start"; }
    local waited=0
    until (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; do
        sleep 0.1
        waited=$((waited + 1))
        ((waited < READY_TIMEOUT * 10)) || die "varnishd does not listen on $HOST:$PORT"
    done
    touch "$HIT_LOG"
    varnishncsa -n "$WORK_DIR" -a -w "$HIT_LOG" -D -P "$NCSA_PID_FILE" -q 'VCL_Log:page' -j -F "$HIT_FORMAT" \
        || die "varnishncsa did not start"
    # varnishncsa reads Varnish's shared-memory log from the point where it attaches, and -D returns before it
    # has: until then a page served from the cache would never reach the hit log (nor the counts).
    waited=0
    until hit_logger_attached; do
        sleep 0.1
        waited=$((waited + 1))
        ((waited < READY_TIMEOUT * 10)) || die "varnishncsa did not attach to the log of $WORK_DIR"
    done
    log "ready: $(url) -> $BACKEND (hit log: $HIT_LOG)"
    log "stop it with: scripts/services/varnish.sh stop"
}

hit_logger_attached() { # varnishncsa has mapped varnishd's log segment (Linux; elsewhere, not checked)
    [ -d /proc/self ] || return 0
    local pid
    pid=$(cat "$NCSA_PID_FILE" 2>/dev/null) || return 1
    [ -n "$pid" ] && grep -q "_.vsm_child/_.Log" "/proc/$pid/maps" 2>/dev/null
}

stop_pid() {
    local file=$1 name=$2
    if pid_alive "$file"; then
        local pid
        pid="$(cat "$file")"
        kill "$pid"
        local waited=0
        while kill -0 "$pid" 2>/dev/null && ((waited < 100)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        log "$name stopped"
    fi
    rm -f "$file"
}

stop() {
    stop_pid "$NCSA_PID_FILE" varnishncsa
    if pid_alive "$PID_FILE"; then
        stop_pid "$PID_FILE" varnishd
    else
        log "not running (from $SERVICE_DIR)"
    fi
}

status() {
    if pid_alive "$PID_FILE"; then
        log "running on $(url)"
    else
        log "not running on $(url)"
        return 1
    fi
}

case "${1:-}" in
install) ensure_varnish ;; # what the tests need: varnishd (they start their own)
start) start ;;
stop) stop ;;
status) status ;;
url) url ;;
log) printf '%s\n' "$HIT_LOG" ;;
*)
    echo "usage: $0 install|start|stop|status|url|log" >&2
    exit 2
    ;;
esac
