#!/usr/bin/env bash
# Private PostgreSQL cluster for development and CI.
#
# Why: the integration tests and `make run` need a real PostgreSQL, and CI runs on a
# fresh machine with nothing started. This script installs the server if missing,
# keeps its own cluster in $SERVICES_DIR/postgres (never the system one), listens
# only on 127.0.0.1:${PGPORT:-5433} and creates role/database decnet (password
# decnet, CREATEDB so Django's test runner can create test databases).
#
# Usage: scripts/services/postgres.sh start|stop|status|url|pid
# `pid` prints the server's process id (scripts/test.sh reads its CPU time, its ended backends included).
# SERVICES_DIR moves the folders of the services (default $REPO/.services).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVICES_ROOT="${SERVICES_DIR:-$REPO/.services}" # where the services keep their folders
PORT="${PGPORT:-5433}"
HOST=127.0.0.1
DB_NAME=decnet
DB_USER=decnet
DB_PASSWORD=decnet
OS_USER=postgres

READY_TIMEOUT=60

# Where the cluster lives: $SERVICES_DIR/postgres, unless the postgres OS user cannot
# enter the checkout (e.g. CI cloned it under a private 0700 temp folder); then a
# folder under /var/tmp named after the checkout path, so stop finds it again.
set_service_dir() {
    SERVICE_DIR="$SERVICES_ROOT/postgres"
    mkdir -p "$SERVICES_ROOT"
    if id -u "$OS_USER" >/dev/null 2>&1 && ! as_pg test -x "$SERVICES_ROOT"; then
        SERVICE_DIR="/var/tmp/decnet-postgres-$(printf '%s' "$REPO" | cksum | cut -d' ' -f1)"
        mkdir -p "$SERVICE_DIR"
        if [[ -n "${1:-}" ]]; then
            log "note: user '$OS_USER' cannot enter $REPO; the cluster lives in $SERVICE_DIR"
        fi
    fi
    PGDATA_DIR="$SERVICE_DIR/data"
    SOCKET_DIR="$SERVICE_DIR/run"
    LOG_FILE="$SERVICE_DIR/postgres.log"
}

log() { printf 'postgres: %s\n' "$*"; }
die() { printf 'postgres: ERROR: %s\n' "$*" >&2; exit 1; }

database_url() {
    printf 'postgres://%s:%s@%s:%s/%s\n' "$DB_USER" "$DB_PASSWORD" "$HOST" "$PORT" "$DB_NAME"
}

# Newest /usr/lib/postgresql/<version>/bin that has initdb, or nothing.
find_pg_bin() {
    local dir
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        printf '%s\n' "$dir"
    fi
}

ensure_pg_bin() {
    PG_BIN="$(find_pg_bin)"
    if [[ -z "$PG_BIN" ]]; then
        log "server binaries not found; installing the postgresql package with apt-get"
        [[ "$(id -u)" -eq 0 ]] || die "need root to apt-get install postgresql"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends postgresql
        PG_BIN="$(find_pg_bin)"
        [[ -n "$PG_BIN" ]] || die "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"
    fi
    id -u "$OS_USER" >/dev/null 2>&1 || die "OS user '$OS_USER' does not exist (it comes with the postgresql package)"
}

# Run a command as the postgres OS user (initdb and the server refuse to run as root).
as_pg() {
    if [[ "$(id -un)" == "$OS_USER" ]]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$OS_USER" -- "$@"
    else
        su "$OS_USER" -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
}

psql_bin() {
    if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/psql" ]]; then
        printf '%s\n' "$PG_BIN/psql"
    else
        command -v psql || true
    fi
}

# True when a server on HOST:PORT accepts our application credentials.
answers_with_our_credentials() {
    local psql
    psql="$(psql_bin)"
    [[ -n "$psql" ]] || return 1
    PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=3 "$psql" -X -q -w \
        -h "$HOST" -p "$PORT" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null 2>&1
}

port_in_use() {
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
}

cluster_running() {
    [[ -f "$PGDATA_DIR/postmaster.pid" ]] || return 1
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1
}

init_cluster() {
    log "creating cluster in $PGDATA_DIR"
    mkdir -p "$SERVICE_DIR"
    chown "$OS_USER": "$SERVICE_DIR"
    chmod 0700 "$SERVICE_DIR"
    as_pg test -w "$SERVICE_DIR" || die "the '$OS_USER' user cannot write to $SERVICE_DIR"
    install -d -o "$OS_USER" -g "$(id -gn "$OS_USER")" -m 0700 "$SOCKET_DIR"
    local pwfile
    # In the cluster's own folder: the postgres user must read it, and $TMPDIR may be private to us.
    pwfile="$(mktemp "$SERVICE_DIR/initdb-password.XXXXXX")"
    # initdb's own superuser gets a throwaway password; admin work goes over the socket with trust.
    printf '%s\n' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" >"$pwfile"
    chown "$OS_USER" "$pwfile"
    as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --pwfile="$pwfile" \
        -E UTF8 --locale=C --auth-local=trust --auth-host=scram-sha-256 >"$SERVICE_DIR/initdb.log" 2>&1 \
        || { rm -f "$pwfile"; cat "$SERVICE_DIR/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
    # Only TCP on loopback and a socket inside our folder; never touches the system cluster.
    cat >>"$PGDATA_DIR/postgresql.conf" <<EOF

# --- added by scripts/services/postgres.sh ---
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$SOCKET_DIR'
max_connections = 50
# A throw-away cluster for development and tests: durability traded for speed (never for production data).
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    cat >"$PGDATA_DIR/pg_hba.conf" <<EOF
# Written by scripts/services/postgres.sh
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   scram-sha-256
EOF
    chown "$OS_USER": "$PGDATA_DIR/pg_hba.conf"
}

ensure_role_and_database() {
    local psql
    psql="$(psql_bin)"
    "$psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -U postgres -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
    ELSE
        ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
    END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
}

# Returns 0 once the server accepts connections, 1 if the server process went away;
# exits loudly on timeout.
wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT))
    until "$PG_BIN/pg_isready" -q -h "$HOST" -p "$PORT" -t 2; do
        cluster_running || return 1
        if ((SECONDS >= deadline)); then
            tail -n 30 "$LOG_FILE" >&2 || true
            die "server did not become ready on $HOST:$PORT within ${READY_TIMEOUT}s (log: $LOG_FILE)"
        fi
        sleep 1
    done
}

# Serialise concurrent starts (e.g. parallel make targets) on one lock file.
take_start_lock() {
    mkdir -p "$SERVICES_ROOT"
    exec 9>"$SERVICES_ROOT/postgres.lock"
    command -v flock >/dev/null 2>&1 || return 0
    flock -w 300 9 || die "another start is still holding $SERVICES_ROOT/postgres.lock"
}

cmd_start() {
    take_start_lock
    if answers_with_our_credentials; then
        log "already running on $HOST:$PORT ($(database_url))"
        return 0
    fi
    ensure_pg_bin
    set_service_dir verbose
    local up=0 running_port
    if cluster_running; then
        running_port="$(sed -n 4p "$PGDATA_DIR/postmaster.pid")"
        if [[ "$running_port" != "$PORT" ]]; then
            die "our cluster is already running on port $running_port, not $PORT; run '$0 stop' first or use PGPORT=$running_port"
        fi
        log "cluster process is up; waiting for it to accept connections"
        if wait_ready; then up=1; fi
    fi
    if ((up == 0)); then
        if port_in_use; then
            die "port $PORT on $HOST is taken by something that does not accept $DB_USER/$DB_PASSWORD; stop it or set PGPORT"
        fi
        [[ -f "$PGDATA_DIR/PG_VERSION" ]] || init_cluster
        install -d -o "$OS_USER" -g "$(id -gn "$OS_USER")" -m 0700 "$SOCKET_DIR"
        touch "$LOG_FILE"
        chown "$OS_USER" "$LOG_FILE"
        log "starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on $HOST:$PORT"
        # -o overrides the conf file so that a PGPORT change needs no re-init.
        if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t "$READY_TIMEOUT" \
            -o "-p $PORT -c listen_addresses=$HOST -c unix_socket_directories='$SOCKET_DIR'" start >/dev/null 9>&-; then
            tail -n 30 "$LOG_FILE" >&2 || true
            die "pg_ctl start failed (log: $LOG_FILE)"
        fi
        wait_ready || { tail -n 30 "$LOG_FILE" >&2; die "server exited right after starting (log: $LOG_FILE)"; }
    fi
    ensure_role_and_database
    answers_with_our_credentials || die "server is up but login as $DB_USER over TCP fails (log: $LOG_FILE)"
    log "ready: $(database_url)"
    log "stop it with: scripts/services/postgres.sh stop"
}

cmd_stop() {
    PG_BIN="$(find_pg_bin)"
    if [[ -n "$PG_BIN" ]]; then set_service_dir; fi
    if [[ -z "$PG_BIN" ]] || ! cluster_running; then
        log "not running"
        return 0
    fi
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null
    log "stopped"
}

cmd_pid() {
    set_service_dir
    [[ -f "$PGDATA_DIR/postmaster.pid" ]] || die "not running from $PGDATA_DIR"
    head -1 "$PGDATA_DIR/postmaster.pid"
}

cmd_status() {
    if answers_with_our_credentials; then
        log "running on $HOST:$PORT"
        return 0
    fi
    log "not running on $HOST:$PORT"
    return 1
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) database_url ;;
    pid) cmd_pid ;;
    *)
        echo "usage: $0 start|stop|status|url|pid" >&2
        exit 2
        ;;
esac
