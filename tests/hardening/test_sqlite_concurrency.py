"""SQLite as a real embedded default: readers get answers while a long import writes (issue 17, point 5).

A real gunicorn serves an SQLite file database (tests/hardening/server.py); ``import_glossary`` imports 1,000
rows into the same file in one transaction from another process, and 48 searches run while it holds the
write lock. Before WAL mode and the brief lock wait, about a quarter of them answered 500 "database is
locked". Slow (about a minute): the name ends in ``_slow`` so a parallel runner can start it first.
"""

import csv
import os
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from scripts.serve import http_status
from tests.hardening.server import PROJECT, gunicorn

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROWS = 1000
SEARCHES = 48


def _write_lock_taken(path: str) -> bool:
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_48_searches_during_a_1000_row_import_get_no_server_error_slow(glossary, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking is what this test is about")
    source = tmp_path / "terms.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["term", "definition"])
        for index in range(ROWS):
            writer.writerow([f"Fiscal term {index:04d}", f"Definition of fiscal term number {index}."])

    env = {"SEARCH_API_RATE_LIMIT": "off"}
    with gunicorn(tmp_path / "site", workers=2, env=env) as server:
        database = server.database_url.removeprefix("sqlite:///")
        import_env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "decnet.settings.test"}
        import_env.update(DATABASE_URL=server.database_url, MEDIA_ROOT=str(server.folder / "media"))
        command = [sys.executable, "manage.py", "import_glossary", str(source)]
        importer = subprocess.Popen(
            command, cwd=PROJECT, env=import_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        try:
            deadline = time.monotonic() + 120
            while not _write_lock_taken(database):
                assert importer.poll() is None, importer.communicate()
                assert time.monotonic() < deadline, "the import never took the write lock"
                time.sleep(0.05)
            urls = [
                server.base_url + ("/api/v1/search?q=fiscal" if index % 2 else "/en/search/?q=governance")
                for index in range(SEARCHES)
            ]
            with ThreadPoolExecutor(max_workers=4) as pool:
                statuses = list(pool.map(http_status, urls))
            still_writing = _write_lock_taken(database)
            out, err = importer.communicate(timeout=600)
            server_log = server.log()
        finally:
            if importer.poll() is None:
                importer.kill()
    assert importer.returncode == 0, err.decode()
    assert f"created {ROWS}" in out.decode()
    assert still_writing, "the searches were not made while the import wrote; the test proves nothing"
    assert [code for code in statuses if code >= 500] == [], server_log[:12000]
    assert set(statuses) == {200}
