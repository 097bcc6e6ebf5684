# Shared by scripts/test.sh (each test stage) and scripts/check.sh (`make check`): one pytest run spread over
# xdist workers and, beside it in a process of its own (its own test database), the tests marked `serial`,
# one at a time (tests/conftest.py: transactional tests empty the database, so they cannot share a worker).
# Beside rather than after: on two cores the serial tests took 75 s after the others in `make check`.
# Source it; then `pytest_pair PREFIX WORKERS PYTEST-ARGS...` (and `random_order_seed` for the seed to pass as
# --randomly-seed). $PY runs Python; PREFIX.serial lists the serial tests and PREFIX.serial.log holds their
# output, printed after the others'. Exit status 5 of the serial process (no serial test among those chosen)
# is fine; any other failure of either run fails the pair.
pytest_pair() {
  local prefix=$1 workers=$2 rc=0 serial_rc=0
  shift 2
  TEST_SERIAL_ONLY=1 $PY -m pytest -q -p no:xdist --durations=10 "$@" >"$prefix.serial.log" 2>&1 &
  local serial=$!
  TEST_SERIAL_LIST="$prefix.serial" $PY -m pytest -q -n "$workers" --dist loadfile --durations=15 "$@" || rc=$?
  wait "$serial" || serial_rc=$?
  echo "-- the tests marked serial, one at a time beside the others:"
  cat "$prefix.serial.log"
  if [ "$serial_rc" = 5 ]; then serial_rc=0; fi
  [ "$rc" = 0 ] && [ "$serial_rc" = 0 ]
}

# The random-order seed of a run: PYTEST_SEED when it replays one, else a new one.
random_order_seed() {
  echo "${PYTEST_SEED:-$(($(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 1000000000))}"
}
