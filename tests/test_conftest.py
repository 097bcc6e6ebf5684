"""The suite's own rules (tests/conftest.py) hold: what scripts/test.sh relies on to run a test in fewer
stages."""

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

PROJECT = Path(__file__).resolve().parents[1]


@pytest.mark.database_free
def test_a_database_free_test_that_queries_fails(django_db_blocker):
    """Unblocked the way a module fixture would unblock it, a query from a database_free test still fails:
    the PostgreSQL stage leaves these tests out, so none may depend on the database."""
    with (
        django_db_blocker.unblock(),
        pytest.raises(AssertionError, match="marked database_free"),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT 1")


@pytest.mark.database_free
def test_a_test_process_collects_garbage_rarely_and_never_walks_what_collection_built():
    """tests/conftest.py: the collector's young generation waits for 50,000 allocations, not 700, and the
    objects that existed when the tests were collected (modules, settings, test items) are frozen."""
    from tests.conftest import GC_THRESHOLDS

    assert gc.get_threshold() == GC_THRESHOLDS
    assert GC_THRESHOLDS[0] >= 10_000
    assert gc.get_freeze_count() > 10_000


# A test module of its own, run by a pytest of its own with this suite's conftest and settings.
MARKED_POSTGRES = """
import pytest
from django.db import connection


@pytest.mark.postgres
def test_with_the_default_reason():
    assert connection.vendor == "postgresql"


@pytest.mark.postgres(reason="needs PostgreSQL: a reason of its own")
def test_with_its_own_reason(failing_fixture):
    assert connection.vendor == "postgresql"


def test_not_marked():
    assert connection.vendor == "sqlite"


@pytest.fixture
def failing_fixture():
    raise AssertionError("set up for a test that is skipped")
"""


@pytest.mark.database_free
def test_a_test_marked_postgres_is_skipped_on_sqlite_with_its_reason(tmp_path):
    """Marked `postgres`, a test is skipped where the database is not PostgreSQL, before its fixtures are set
    up, with the marker's ``reason=`` or else "needs PostgreSQL": the test modules need no check of their own.
    (This test never queries: the pytest it starts has its own SQLite database.)"""
    (tmp_path / "conftest.py").write_text("from tests.conftest import *  # noqa: F403\n")
    (tmp_path / "test_marked_postgres.py").write_text(MARKED_POSTGRES)
    # Not this run's stage report or serial list (scripts/test.sh), nor its database.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST_"))}
    env["DATABASE_URL"] = "sqlite:///:memory:"
    command = [sys.executable, "-m", "pytest", "-c", str(PROJECT / "pyproject.toml"), "-p", "no:randomly"]
    command += ["-p", "no:xdist", "-q", "-rs", f"--basetemp={tmp_path / 'run'}", str(tmp_path)]
    run = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    skipped = sorted(line.split(": ", 1)[1] for line in run.stdout.splitlines() if line.startswith("SKIPPED"))
    assert skipped == ["needs PostgreSQL", "needs PostgreSQL: a reason of its own"], run.stdout
    assert "1 passed, 2 skipped" in run.stdout, run.stdout


# Two test files of their own: one spends CPU (in the test and in a command it runs), one only waits.
BURNS_CPU = """
import subprocess
import sys
import time


def _burn(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_burns_in_the_test():
    _burn(0.4)


def test_burns_in_a_command():
    burn = "import time\\nend = time.process_time() + 0.4\\nwhile time.process_time() < end: pass"
    subprocess.run([sys.executable, "-c", burn], check=True)
"""
ONLY_WAITS = """
import time


def test_waits():
    time.sleep(0.8)
"""


@pytest.mark.database_free
def test_each_stage_reports_the_cpu_its_test_files_spent_also_from_xdist_workers(tmp_path):
    """scripts/test.sh lists the test files that cost the most CPU: a stage's report gives each file's CPU
    seconds, commands its tests ran included, added up from the xdist workers; waiting costs nothing."""
    (tmp_path / "conftest.py").write_text("from tests.conftest import *  # noqa: F403\n")
    (tmp_path / "test_burns_cpu.py").write_text(BURNS_CPU)
    (tmp_path / "test_only_waits.py").write_text(ONLY_WAITS)
    report = tmp_path / "stage.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST_"))}
    env.update(DATABASE_URL="sqlite:///:memory:", TEST_STAGE_REPORT=str(report))
    command = [sys.executable, "-m", "pytest", "-c", str(PROJECT / "pyproject.toml"), "-p", "no:randomly"]
    command += ["-n", "2", "--dist", "loadfile", "-q", f"--basetemp={tmp_path / 'run'}", str(tmp_path)]
    run = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    line = json.loads(report.read_text())
    by_file = {Path(path).name: seconds for path, seconds in line["cpu_by_file"].items()}
    assert by_file["test_burns_cpu.py"] >= 0.75, line
    assert by_file["test_only_waits.py"] < 0.3, line
    assert list(by_file)[0] == "test_burns_cpu.py"  # costliest first
    assert line["cpu_seconds"] >= by_file["test_burns_cpu.py"]
    assert "costliest files:" in run.stdout and "test_burns_cpu.py" in run.stdout, run.stdout
