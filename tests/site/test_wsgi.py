"""decnet/wsgi.py: a server that preloads the application forks workers with the URLconf imported and no
database connection of its own to share with them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

PROJECT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import decnet.wsgi
from django.db import connections
print(json.dumps({
    "urls_imported": "decnet.urls" in sys.modules and "search.api" in sys.modules,
    "open_connections": [alias for alias in connections if connections[alias].connection is not None],
}))
"""


def test_importing_the_application_imports_the_urls_and_leaves_no_connection_open(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"urls_imported": True, "open_connections": []}
