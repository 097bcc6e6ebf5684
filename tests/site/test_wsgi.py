"""decnet/wsgi.py: a server that preloads the application forks workers with what their first requests
would build already built (decnet.warmup: the URLconf, every language's catalogs and URL patterns, the
site's templates) and no database connection of its own to share with them, its heap frozen out of the
garbage collector's passes (workers share its pages; no process collects it again at exit)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_free

PROJECT = Path(__file__).resolve().parents[2]

PROBE = """
import gc, json, sys
import decnet.wsgi
frozen, tracked = gc.get_freeze_count(), len(gc.get_objects())
from django.conf import settings
from django.db import connections
from django.template import engines
from django.urls import get_resolver
from django.utils.translation import trans_real
from decnet.warmup import site_templates
loader = engines["django"].engine.template_loaders[0]
languages = [code for code, _name in settings.LANGUAGES]
print(json.dumps({
    "urls_imported": "decnet.urls" in sys.modules and "search.api" in sys.modules,
    "catalogs_read": all(code in trans_real._translations for code in languages),
    "url_patterns_built": all(code in get_resolver()._reverse_dict for code in languages),
    "templates": len(site_templates()),
    "templates_missing": [name for name in site_templates() if name not in loader.get_template_cache],
    "open_connections": [alias for alias in connections if connections[alias].connection is not None],
    "heap_frozen": frozen > 100_000 and frozen > 20 * tracked,
    "spreadsheet_library_loaded": "openpyxl" in sys.modules,
}))
"""


def test_importing_the_application_builds_what_first_requests_need_and_leaves_no_connection_open(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout.splitlines()[-1])
    assert probe.pop("templates") > 40
    assert probe == {
        "urls_imported": True,
        "catalogs_read": True,
        "url_patterns_built": True,
        "templates_missing": [],
        "open_connections": [],
        "heap_frozen": True,
        "spreadsheet_library_loaded": False,  # only a spreadsheet export or import needs it
    }
