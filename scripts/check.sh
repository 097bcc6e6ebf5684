#!/usr/bin/env bash
# `make check`, the inner loop between commits (docs/testing.md): the static checks, then the SQLite suite in
# random order over every core, with the tests marked `serial` beside it (scripts/lib/pytest_pair.sh). One
# seed for both runs, printed; PYTEST_SEED=<n> replays it. Extra arguments go to both pytest runs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
# shellcheck source=scripts/lib/pytest_pair.sh
source scripts/lib/pytest_pair.sh
SEED="$(random_order_seed)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
scripts/static_checks.sh
echo "make check: random-order seed $SEED (replay with PYTEST_SEED=$SEED make check)"
DATABASE_URL="sqlite:///:memory:" pytest_pair "$scratch/sqlite" auto --randomly-seed="$SEED" -m "not browser" "$@"
