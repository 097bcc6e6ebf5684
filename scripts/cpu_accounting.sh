# Sourced by scripts/test.sh: where the machine's CPU goes during a run.
#
# A stage's `times` counts the processes it waits for; the services (the PostgreSQL server, the OpenSearch
# JVM, Redis) run apart. Their CPU seconds are read from /proc (the process and its ended children: the
# server's backends) at the start of the run and before each is stopped, and the machine's busy time from
# /proc/stat, so that the table says what the run cost and who spent it.
#
# Needs: SERVICES (service names, each with `$SERVICE_SCRIPTS/<name>.sh pid`), RUN_DIR.

SERVICE_SCRIPTS=${SERVICE_SCRIPTS:-scripts/services}
TICKS=$(getconf CLK_TCK)
declare -A SERVICE_CPU_START

machine_ticks() { # busy and all clock ticks of every core since boot
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat
}

service_cpu() { # CPU seconds of a running service's process and its ended children; 0 when it is not running
  local pid
  pid=$("$SERVICE_SCRIPTS/$1.sh" pid 2>/dev/null) && [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  # Past the command name (in parentheses, maybe with spaces): utime, stime, cutime, cstime are fields 12-15.
  awk -v ticks="$TICKS" '{ sub(/.*\) /, ""); printf "%.1f", ($12 + $13 + $14 + $15) / ticks }' "/proc/$pid/stat"
}

start_cpu_accounting() {
  local service
  for service in "${SERVICES[@]}"; do SERVICE_CPU_START[$service]=$(service_cpu "$service"); done
  read -r MACHINE_BUSY_START MACHINE_ALL_START < <(machine_ticks)
}

note_service_cpu() { service_cpu "$1" >"$RUN_DIR/$1.service-cpu"; } # call before a stage stops the service

# print_machine_cpu STAGES_CPU: the machine's busy CPU seconds since start_cpu_accounting, split into the
# stages' processes (given), each service's (during the run) and the rest: what the tests start apart (the
# cluster test's JVM, varnishd), the kernel, anything else running on the machine.
print_machine_cpu() {
  local stages_cpu=$1 busy all service end spent services_cpu=0 parts=""
  read -r busy all < <(machine_ticks)
  for service in "${SERVICES[@]}"; do
    if [ -f "$RUN_DIR/$service.service-cpu" ]; then end=$(cat "$RUN_DIR/$service.service-cpu"); else end=$(service_cpu "$service"); fi
    # A service restarted during the run counts from 0 again.
    spent=$(awk -v a="${SERVICE_CPU_START[$service]:-0}" -v b="$end" 'BEGIN { d = b - a; printf "%.0f", d < 0 ? b : d }')
    services_cpu=$((services_cpu + spent))
    parts+=", $service $spent"
  done
  awk -v busy="$((busy - MACHINE_BUSY_START))" -v all="$((all - MACHINE_ALL_START))" -v ticks="$TICKS" \
    -v stages="$stages_cpu" -v services="$services_cpu" -v parts="$parts" 'BEGIN {
      b = busy / ticks; a = all / ticks
      printf "machine CPU: %.0f s busy of %.0f s (%.0f %%): stages %d%s, the rest %.0f\n", \
        b, a, a ? 100 * b / a : 0, stages, parts, b - stages - services }'
}
