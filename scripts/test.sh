#!/usr/bin/env bash
# The whole suite, as `make test` and CI run it (docs/testing.md): static checks; the tests on SQLite, on
# PostgreSQL and against a real OpenSearch node, side by side, each spread over the cores by pytest-xdist with
# its own databases and media folders; then the load benchmark, the browser tests (real Chromium) and the
# degraded mode with the node stopped. Every test runs in random order (pytest-randomly), one seed per run,
# printed; PYTEST_SEED=<n> replays a run. At the end (also after a failure) a table gives each stage's tests
# and times. Services this script started are stopped when it ends. Extra arguments go to every pytest run.
#
#   TEST_WORKERS   pytest-xdist workers per test stage (default: one per three cores, at least one)
#   BROWSER_WORKERS  pytest-xdist workers of the browser tests (default: two per core)
#   PYTEST_SEED    the random-order seed (default: a new one per run)
#   TEST_CPU_TOKENS  how many tests of the test stages compute at once (default: one more than the cores)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
# Everything the run writes (pytest's tmp_path, media folders, database templates, temporary files) goes to a
# folder of its own, in memory (tmpfs) when the machine has 4 GB of it free: the 100,000-file backup test and
# the large spreadsheets write and are removed in seconds rather than waiting on the disk, and nothing the
# run wrote outlives it (pytest would otherwise leave its folders for later runs to delete).
scratch_root() {
  local free_kb
  free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
  if [ -w /dev/shm ] && [ "${free_kb:-0}" -ge 4194304 ]; then echo /dev/shm; else echo "${TMPDIR:-/tmp}"; fi
}
RUN_DIR="$(mktemp -d "$(scratch_root)/decnet-test-run.XXXXXX")"
mkdir -p "$RUN_DIR/tmp"
export TMPDIR="$RUN_DIR/tmp"
export TEST_DB_TEMPLATE_DIR="$RUN_DIR/templates" # migrated once per run per database (tests/db_template.py)
mkdir -p "$TEST_DB_TEMPLATE_DIR"
# shellcheck source=scripts/lib/pytest_pair.sh
source scripts/lib/pytest_pair.sh # pytest_stage (below) runs each stage with it
SEED="$(random_order_seed)"
# Three test stages run side by side, each with its workers and its serial process: with one worker each,
# six test processes share two cores. With two each (nine processes) the same tests took 11 % more CPU
# (Dec 4: the stages' CPU 1,644 s with two workers, 1,455 s with one; the whole run 1,156 s and 1,065 s):
# a process that is switched out more often finds less of its work in the core's caches.
CORES=$(nproc 2>/dev/null || echo 2)
# The test stages' six processes run a test only while they hold one of these tokens (tests/cpu_tokens.py,
# a pipe holding a byte per token, kept open here): no more than three tests compute at once on two cores.
# Dec 5, three whole runs each: without tokens 766 s on average (busy CPU 1,501 s), with three 745 s (1,448 s);
# one run with two took 760 s (the cores idle 8 % of it: a token held by a test waiting on a server or clock).
CPU_TOKENS="${TEST_CPU_TOKENS:-$((CORES + 1))}"
if ! [[ "$CPU_TOKENS" =~ ^[1-9][0-9]{0,3}$ ]]; then
  echo "TEST_CPU_TOKENS must be a whole number from 1 to 9999, not '$CPU_TOKENS'" >&2
  rm -rf "$RUN_DIR"
  exit 2
fi
CPU_TOKEN_PIPE="$RUN_DIR/cpu-tokens"
mkfifo "$CPU_TOKEN_PIPE"
exec 8<>"$CPU_TOKEN_PIPE"
printf "%${CPU_TOKENS}s" "" | tr ' ' + >&8
WORKERS="${TEST_WORKERS:-$((CORES / 3 > 1 ? CORES / 3 : 1))}"
export CI_REQUIRE_SERVICES=${CI:-false}
RUN_STARTED=$(date +%s.%N)
STAGES=()

# --- where the machine's CPU goes (scripts/cpu_accounting.sh) ---------------------------------------------
SERVICES=(postgres opensearch redis)
# shellcheck source=scripts/cpu_accounting.sh
source scripts/cpu_accounting.sh
start_cpu_accounting

# --- services ------------------------------------------------------------------------------------------
start_service() { # records in $RUN_DIR/started what this run started, so that only that is stopped
  local service=$1
  if ! scripts/services/"$service".sh status >/dev/null 2>&1; then
    scripts/services/"$service".sh start
    echo "$service" >>"$RUN_DIR/started"
  fi
}
started_by_us() { grep -qx "$1" "$RUN_DIR/started" 2>/dev/null; }

# --- stages ----------------------------------------------------------------------------------------------
# A stage runs a command (often a function of this script) in a subshell with its output in $RUN_DIR/<stage>.log;
# it leaves <stage>.status (exit status), <stage>.time (start and end), <stage>.cpu (the CPU time of its
# processes, from `times`) and, for pytest stages, <stage>.json (test counts, tests/conftest.py).
stage_body() {
  local name=$1 rc=0
  shift
  date +%s.%N >"$RUN_DIR/$name.time"
  # In the background and then waited for, so that `set -e` holds inside the command.
  ("$@") &
  wait $! || rc=$?
  date +%s.%N >>"$RUN_DIR/$name.time"
  times >"$RUN_DIR/$name.cpu"
  echo "$rc" >"$RUN_DIR/$name.status"
  return "$rc"
}

# run_stage NAME COMMAND...: in the foreground, output shown as it comes.
run_stage() {
  local name=$1
  shift
  STAGES+=("$name")
  echo "== $name"
  (stage_body "$name" "$@") 2>&1 | tee "$RUN_DIR/$name.log"
  return "$(cat "$RUN_DIR/$name.status")"
}

# start_stage NAME COMMAND...: in the background (its output is shown by finish_stage NAME, which waits).
declare -A STAGE_PID
start_stage() {
  local name=$1
  shift
  STAGES+=("$name")
  echo "== $name: started in the background"
  (stage_body "$name" "$@") >"$RUN_DIR/$name.log" 2>&1 &
  STAGE_PID[$name]=$!
}
finish_stage() {
  local name=$1 rc=0
  wait "${STAGE_PID[$name]}" || rc=$?
  echo "== $name (exit status $rc)"
  cat "$RUN_DIR/$name.log"
  return "$rc"
}

# pytest_stage NAME PYTEST-ARGS...: the tests spread over $WORKERS xdist workers and, beside them, those marked
# `serial` (scripts/lib/pytest_pair.sh). Exit status 5 (no tests ran) fails the stage; a stage without serial
# tests is fine.
pytest_stage() {
  local name=$1
  shift
  local PY="nice -n ${STAGE_NICENESS:-0} $PY"
  export TEST_CPU_TOKENS_PIPE="$CPU_TOKEN_PIPE"
  TEST_STAGE_REPORT="$RUN_DIR/$name.json" pytest_pair "$RUN_DIR/$name" "$WORKERS" --randomly-seed="$SEED" "$@" \
    "${EXTRA_ARGS[@]}"
}

# --- the table, printed however the run ends ------------------------------------------------------------
print_table() {
  local total_wall stages_cpu=0
  total_wall=$(awk -v start="$RUN_STARTED" -v end="$(date +%s.%N)" 'BEGIN { printf "%.0f", end - start }')
  echo
  echo "== stage times (seed $SEED, $WORKERS workers per test stage; CPU = this run's processes, not services)"
  printf '%-22s %-8s %7s %7s %7s %7s %9s %9s\n' stage result passed failed errors skipped "wall s" "CPU s"
  local name
  for name in "${STAGES[@]}"; do
    local status="?" passed="-" failed="-" errors="-" skipped="-" wall="-" cpu="-"
    [ -f "$RUN_DIR/$name.status" ] && status=$(cat "$RUN_DIR/$name.status")
    if [ -f "$RUN_DIR/$name.json" ]; then
      read -r passed failed errors skipped < <($PY - "$RUN_DIR/$name.json" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
total = lambda key: sum(row.get(key, 0) for row in rows)
print(total("passed") + total("xfailed"), total("failed") + total("xpassed"), total("error"), total("skipped"))
PY
      )
    fi
    if [ -f "$RUN_DIR/$name.time" ] && [ "$(wc -l <"$RUN_DIR/$name.time")" = 2 ]; then
      wall=$(awk 'NR == 1 { start = $1 } NR == 2 { printf "%.0f", $1 - start }' "$RUN_DIR/$name.time")
    fi
    if [ -f "$RUN_DIR/$name.cpu" ]; then # `times`, 2nd line: children's user and system time, e.g. 1m2.5s 0m3.1s
      cpu=$(awk 'NR == 2 { total = 0
        for (i = 1; i <= 2; i++) { split($i, part, /[ms]/); total += part[1] * 60 + part[2] }
        printf "%.0f", total }' "$RUN_DIR/$name.cpu")
    fi
    [ "$cpu" = "-" ] || stages_cpu=$((stages_cpu + cpu))
    local result=ok
    [ "$status" = 0 ] || result="FAILED($status)"
    [ "$status" = "?" ] && result="not run"
    printf '%-22s %-8s %7s %7s %7s %7s %9s %9s\n' "$name" "$result" "$passed" "$failed" "$errors" "$skipped" \
      "$wall" "$cpu"
  done
  printf '%-22s %-8s %39s %9s\n' "whole run" "" "" "$total_wall"
  print_machine_cpu "$stages_cpu"
  print_costliest_files
  echo "replay this order: PYTEST_SEED=$SEED make test (or pytest -p randomly --randomly-seed=$SEED ...)"
}

# The 15 test files that cost the most CPU over all pytest stages (tests/conftest.py adds each test's CPU
# seconds, its finished subprocesses included, to its stage's report), with each stage's share.
print_costliest_files() {
  local reports=("$RUN_DIR"/*.json)
  [ -e "${reports[0]}" ] || return 0
  $PY - "${reports[@]}" <<'PY'
import json, sys
from collections import defaultdict
from pathlib import Path
by_file, stages = defaultdict(lambda: defaultdict(float)), []
for report in sys.argv[1:]:
    stage = Path(report).stem
    stages.append(stage)
    for line in open(report):
        if line.strip():
            for path, seconds in json.loads(line).get("cpu_by_file", {}).items():
                by_file[path][stage] += seconds
total = {path: sum(row.values()) for path, row in by_file.items()}
print(f"\n== costliest test files by CPU seconds (all stages: {sum(total.values()):.0f} s)")
print(f"{'file':58} {'all':>7} " + " ".join(f"{stage:>10}" for stage in stages))
for path in sorted(total, key=total.get, reverse=True)[:15]:
    cells = " ".join(f"{by_file[path].get(stage, 0):10.0f}" for stage in stages)
    print(f"{path[-58:]:58} {total[path]:7.0f} {cells}")
PY
}

kill_tree() { # a background stage and every process under it (all started by this script)
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT
  local name
  for name in "${!STAGE_PID[@]}"; do
    if kill -0 "${STAGE_PID[$name]}" 2>/dev/null; then kill_tree "${STAGE_PID[$name]}"; fi
  done
  print_table || true
  if started_by_us opensearch; then scripts/services/opensearch.sh stop || true; fi
  if started_by_us postgres; then scripts/services/postgres.sh stop || true; fi
  if started_by_us redis; then scripts/services/redis.sh stop || true; fi
  rm -rf "$RUN_DIR" "${BROWSER_SITE_DIR:-}"
  if [ "$rc" = 0 ]; then echo "make test: all stages passed"; else echo "make test: FAILED (exit status $rc)" >&2; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT # so that the table is printed and the services stopped on Ctrl-C or a CI timeout too
trap 'exit 143' TERM
EXTRA_ARGS=("$@")

echo "make test: random-order seed $SEED (replay with PYTEST_SEED=$SEED), $WORKERS workers per test stage"

# Redis first (a second at most once installed; both SQLite and PostgreSQL tests use it). PostgreSQL, its
# template and the OpenSearch node, and the SQLite template, start while the static checks run (apt installs
# stay one at a time).
start_service redis
TEST_REDIS_URL="$(scripts/services/redis.sh url)" # the Redis tests (shared store, rate limit) use it
export TEST_REDIS_URL
scripts/services/varnish.sh install # the frontend-cache tests start their own varnishd (tests/frontendcache)
services() {
  start_service postgres
  # The node boots (a JVM, about a minute) while PostgreSQL's template and demo snapshot are built.
  start_service opensearch &
  local node=$!
  # It prints the template's name (the load benchmark's database is copied from it), then the snapshot's.
  DATABASE_URL="$(scripts/services/postgres.sh url)" $PY -m tests.db_template --demo |
    tee "$RUN_DIR/postgres-template.paths"
  wait "$node"
}
start_stage services services
# It prints the template's path, then the demo snapshot's (the browser tests' site is copied from it).
sqlite_template() {
  DATABASE_URL="sqlite:///:memory:" $PY -m tests.db_template --demo | tee "$RUN_DIR/sqlite-template.paths"
}
start_stage sqlite-template sqlite_template

# The SQLite and PostgreSQL stages take about as long, and end the test stages: they run at the same CPU
# priority. The opensearch stage, shorter and mostly waiting on its node, runs at a lower one (nice), so that
# it fills the time they wait rather than slow them. (With the SQLite stage niced too, on Dec 4, it ended
# 60-90 s after the PostgreSQL stage, one core idle meanwhile.)
sqlite_tests() { DATABASE_URL="sqlite:///:memory:" pytest_stage sqlite -m "not browser"; }
# Tests marked database_free give the same answer on any database: the SQLite stage runs them (and fails any
# that queries one), the PostgreSQL stage, the critical path, does not run them again; nor those marked
# one_database (costly, and what they prove lies outside the database: 100,000 media files in an archive).
postgres_tests() {
  DATABASE_URL="$PG_URL" pytest_stage postgres -m "not browser and not database_free and not one_database"
}
# tests/search/test_cluster.py runs here, in the stage's serial process (it is transactional): its own
# three-node cluster on free ports, a site under gunicorn and task workers (docs/search-cluster.md).
opensearch_tests() {
  STAGE_NICENESS=5 DATABASE_URL="sqlite:///:memory:" OPENSEARCH_URL="$OS_URL" SEARCH_CLUSTER_TEST=1 \
    pytest_stage opensearch -m "not postgres" tests/search
}

status=0
run_stage static scripts/static_checks.sh || status=1
finish_stage sqlite-template || status=1
[ "$status" = 0 ] || exit 1
# The SQLite tests need neither PostgreSQL nor the node: they start while those are still being prepared.
start_stage sqlite sqlite_tests
finish_stage services || exit 1

PG_URL="$(scripts/services/postgres.sh url)"
OS_URL="$(scripts/services/opensearch.sh url)"
# The site the browser tests serve (migrated, with the demo content) is built meanwhile too, off the critical
# path; in memory where /dev/shm exists.
BROWSER_SITE_DIR="$(mktemp -d "$RUN_DIR/decnet-browser-site.XXXXXX")"
export BROWSER_SITE_DIR
browser_deps() { # if this fails, the browser tests say why: a failure in CI, a skip by hand
  scripts/browser-deps.sh || echo "scripts/browser-deps.sh could not install everything" >&2
  # The demo as the SQLite tests have it (loaded once per run), not loaded again.
  $PY -m scripts.serve prepare "$BROWSER_SITE_DIR" --demo "$(tail -n 1 "$RUN_DIR/sqlite-template.paths")"
}
# The three test stages side by side (each its own databases, media folders and index prefix); Chromium and
# axe-core are installed meanwhile when missing.
LOAD_DATABASE_URL="${PG_URL%/*}/decnet_load"
start_stage postgres postgres_tests
start_stage opensearch opensearch_tests
start_stage browser-deps browser_deps
# The load benchmark's database (a new one, with the demo content) is made meanwhile too, a copy of the
# migrated test template (not migrated again): only its ten measured seconds run alone.
# Its static files are the browser site's (browser-deps collects them beside it; the same production storage).
LOAD_STATIC=(--prepared --static-root "$BROWSER_SITE_DIR/static")
start_stage load-prepare $PY benchmarks/load.py --fresh --prepare-only "${LOAD_STATIC[@]}" \
  --template "$(head -n 1 "$RUN_DIR/postgres-template.paths")" --database-url "$LOAD_DATABASE_URL"
for name in sqlite postgres opensearch browser-deps load-prepare; do finish_stage "$name" || status=1; done
[ "$status" = 0 ] || exit 1

# Timed work runs alone: the load benchmark's figures, the browser journeys' durations. (The browser tests
# were tried beside the end of the sqlite and postgres stages, from the end of the opensearch stage: the
# whole run took as long, 1,066 s against 1,065 s, the sqlite stage's one worker waiting the longer.)
# The static files are not collected again in the part that runs alone (browser-deps collected them).
run_stage load $PY benchmarks/load.py "${LOAD_STATIC[@]}" --readers 10 --seconds 10 \
  --database-url "$LOAD_DATABASE_URL"
# The browser tests run alone, two xdist workers per core (each its own Chromium) against one served site
# (scripts/serve.py run). They wait on Chromium as much as they compute: on 2 cores, measured alone on Dec 4,
# 121 tests took 169 s in one process, 141 s on two workers and 123 s on four.
BROWSER_WORKERS="${BROWSER_WORKERS:-$((CORES * 2))}"
browser_tests() {
  local url_file="$RUN_DIR/browser.url" server rc=0
  $PY -m scripts.serve run "$BROWSER_SITE_DIR" "$url_file" &
  server=$!
  while [ ! -s "$url_file" ]; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "the browser tests' site did not start (scripts/serve.py run)" >&2
      return 1
    fi
    sleep 0.2
  done
  BROWSER_BASE_URL="$(cat "$url_file")" DATABASE_URL="sqlite:///:memory:" \
    TEST_STAGE_REPORT="$RUN_DIR/browser.json" $PY -m pytest -q --randomly-seed="$SEED" -n "$BROWSER_WORKERS" \
    -m browser tests/browser "${EXTRA_ARGS[@]}" || rc=$?
  kill -TERM "$server"
  wait "$server" || true
  return "$rc"
}
run_stage browser browser_tests
degraded_tests() {
  note_service_cpu opensearch
  scripts/services/opensearch.sh stop
  SEARCH_STOPPED_ENGINE_URL="$OS_URL" DATABASE_URL="sqlite:///:memory:" TEST_STAGE_REPORT="$RUN_DIR/degraded.json" \
    $PY -m pytest -q --randomly-seed="$SEED" tests/search/test_degraded.py "${EXTRA_ARGS[@]}"
  # A node that was running before `make test` is left running, as it was found.
  if ! started_by_us opensearch; then scripts/services/opensearch.sh start; fi
}
run_stage degraded degraded_tests
