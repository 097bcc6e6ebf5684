"""scripts/lib/pytest_pair.sh (each stage of `make test`, and `make check`): the tests marked `serial` run in
a process of their own beside the others, their output follows the others', and their failure fails the
pair."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

PROJECT = Path(__file__).resolve().parents[2]

PLAIN = """
def test_plain():
    assert True
"""
# Transactional, so tests/conftest.py marks it `serial`; it fails.
SERIAL = """
import pytest


@pytest.mark.django_db(transaction=True)
def test_serial_and_failing():
    assert False, "the serial test failed"
"""


def test_a_failing_serial_test_fails_the_pair_and_its_output_follows_the_others(tmp_path):
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "conftest.py").write_text("from tests.conftest import *  # noqa: F403\n")
    (tests / "test_plain.py").write_text(PLAIN)
    (tests / "test_serial.py").write_text(SERIAL)
    # Not this run's stage report, serial list or token pipe (scripts/test.sh), nor its database; its migrated
    # template, though (without it each pytest of the pair migrated one: 12 CPU s more on a fresh machine).
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST_"))}
    env.update(DATABASE_URL="sqlite:///:memory:", PY=sys.executable)
    if "TEST_DB_TEMPLATE_DIR" in os.environ:
        env["TEST_DB_TEMPLATE_DIR"] = os.environ["TEST_DB_TEMPLATE_DIR"]
    pair = (
        'source scripts/lib/pytest_pair.sh && pytest_pair "$0" 1 -c pyproject.toml -p no:randomly'
        ' --basetemp="$1" "$2"'
    )
    args = [str(tmp_path / "pair"), str(tmp_path / "run"), str(tests)]
    result = subprocess.run(
        ["bash", "-c", pair, *args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1, result.stdout + result.stderr
    others, serial = result.stdout.split("-- the tests marked serial, one at a time beside the others:")
    assert "1 passed" in others and "test_serial_and_failing" not in others, result.stdout
    assert "1 failed" in serial and "the serial test failed" in serial, result.stdout
    assert (tmp_path / "pair.serial").read_text().strip().endswith("test_serial.py::test_serial_and_failing")
