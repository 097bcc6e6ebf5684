"""scripts/static_checks.sh: the static stage of `make test` fails when any check fails, and runs them all."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "static_checks.sh"


def test_a_failing_linter_fails_the_checks_and_the_later_checks_still_run():
    """The checks were a shell function whose status was its last command's: ruff's errors printed and the
    stage still reported ok."""
    tools = {**os.environ, "RUFF": "false", "PY": sys.executable}
    result = subprocess.run([str(SCRIPT)], env=tools, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ruff check FAILED" in result.stderr
    assert "ruff format FAILED" in result.stderr
    assert "layers: ok" in result.stdout  # the import-layer check ran after them, and passed
    assert "deploy checks FAILED" not in result.stderr
