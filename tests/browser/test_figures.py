"""The browser tests run on several pytest-xdist workers (scripts/test.sh): the figures they record (journey
durations, page weights, axe counts) are still printed once, at the end, by the process that reports the run.

These tests are not marked ``browser``: they run pytest on test files of their own, without Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]

RECORDS_FIGURES = """
from tests.browser.conftest import FIGURES


def test_one():
    FIGURES.append("figure from test one")


def test_two():
    FIGURES.append("figure from test two")
    FIGURES.append("second figure from test two")


def test_three_records_none():
    pass
"""


@pytest.mark.database_free
def test_figures_recorded_in_xdist_workers_are_printed_once_at_the_end(tmp_path):
    (tmp_path / "conftest.py").write_text("from tests.browser.conftest import *  # noqa: F403\n")
    (tmp_path / "test_records_figures.py").write_text(RECORDS_FIGURES)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "PYTEST_"))}
    env["DATABASE_URL"] = "sqlite:///:memory:"
    command = [sys.executable, "-m", "pytest", "-c", str(PROJECT / "pyproject.toml"), "-p", "no:randomly"]
    # Neither Django nor a database: the figures pass through pytest's own reports.
    command += ["-p", "no:django", "-n", "2", "-q", f"--basetemp={tmp_path / 'run'}", str(tmp_path)]
    run = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "browser figures" in run.stdout, run.stdout
    summary = run.stdout.split("browser figures", 1)[1].splitlines()
    figures = sorted(line for line in summary if "figure" in line)
    assert figures == ["figure from test one", "figure from test two", "second figure from test two"], (
        run.stdout
    )
