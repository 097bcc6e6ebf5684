"""manage.py: a command's process leaves its heap frozen when it exits, so that the interpreter frees it
without walking it again with the garbage collector (about 0.45 CPU s for each command a test, a service
script or `make` runs)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

PROJECT = Path(__file__).resolve().parents[1]

# Runs the exit handlers as the interpreter would at exit (the last one registered first, manage.py's
# gc.freeze last), then says how much of the heap they left frozen.
AT_EXIT = "import atexit, gc; atexit._run_exitfuncs(); print(gc.get_freeze_count(), len(gc.get_objects()))"


def test_a_command_freezes_its_heap_after_every_other_exit_handler(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-startup", "-c", AT_EXIT],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    frozen, tracked = map(int, done.stdout.split()[-2:])
    assert frozen > 100_000
    assert tracked < frozen / 20
