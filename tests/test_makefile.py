"""The Makefile: what its commands inherit from the environment."""

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

ROOT = Path(__file__).resolve().parents[1]


def test_commands_keep_their_bytecode_even_where_the_environment_says_not_to(tmp_path):
    """This machine kind sets PYTHONDONTWRITEBYTECODE=1; `make test` and the rest run without it, so the
    processes of a run read the bytecode the first ones compiled (docs/testing.md, "CPU")."""
    probe = tmp_path / "probe.mk"
    probe.write_text('probe:\n\t@echo "[$${PYTHONDONTWRITEBYTECODE-unset}]"\n', encoding="utf-8")
    result = subprocess.run(
        ["make", "-s", "-f", "Makefile", "-f", str(probe), "probe"],
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[unset]"
