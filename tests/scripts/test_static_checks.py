"""scripts/static_checks.sh: the static stage of `make test` fails when any check fails, and runs them all."""

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "static_checks.sh"


def test_a_failing_linter_fails_the_checks_and_the_later_checks_still_run(tmp_path):
    """The checks were a shell function whose status was its last command's: ruff's errors printed and the
    stage still reported ok. Python here only writes down what it was asked to run: the real checks run in
    every `make test` (and a real `compilemessages` here would rewrite the catalogues other tests read)."""
    calls = tmp_path / "calls"
    python = tmp_path / "python"
    python.write_text(f'#!/bin/sh\necho "$*" >> {calls}\n')
    python.chmod(0o755)
    tools = {**os.environ, "RUFF": "false", "PY": str(python)}
    result = subprocess.run([str(SCRIPT)], env=tools, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ruff check FAILED" in result.stderr
    assert "ruff format FAILED" in result.stderr
    # Every check after them ran, and none of them failed.
    has_catalogues = (SCRIPT.parents[1] / "locale").is_dir()
    messages = ["manage.py compilemessages --ignore=.venv -v0"] if has_catalogues else []
    assert calls.read_text().splitlines() == [
        "scripts/check_layers.py",
        "manage.py makemigrations --check --dry-run",
        *messages,
        "manage.py check --deploy --fail-level WARNING",
    ]
    assert "FAILED" not in result.stderr.replace("ruff check FAILED", "").replace("ruff format FAILED", "")
