"""scripts/test.sh refuses settings it cannot run with before it starts anything."""

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "test.sh"


def run_folders() -> set[Path]:
    """The folders runs of the script have in memory (/dev/shm, where it puts them when it can)."""
    return set(Path("/dev/shm").glob("decnet-test-run.*"))


@pytest.mark.parametrize("tokens", ["0", "two", "-1", "99999"])
def test_a_cpu_token_count_that_is_not_a_positive_number_is_refused(tokens, tmp_path):
    """Zero tokens would leave every test process waiting for ever."""
    env = {**os.environ, "TEST_CPU_TOKENS": tokens, "TMPDIR": str(tmp_path)}
    before = run_folders()
    result = subprocess.run([str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"TEST_CPU_TOKENS must be a whole number from 1 to 9999, not '{tokens}'" in result.stderr
    assert list(tmp_path.iterdir()) == []  # the run's folder is removed
    assert run_folders() <= before
