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
from pathlib import Path

import pytest
from django.db import connection

from scripts.serve import http_status
from tests.hardening.server import PROJECT, gunicorn

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROWS = 1000
SEARCHES = 48
ROUND = 4  # searches sent at once
PREFIXES = ("Fiscal", "Budget", "Transfer")  # the terms of a first import, and of the next ones if need be


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


def _write_terms(path: Path, prefix: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["term", "definition"])
        for index in range(ROWS):
            writer.writerow(
                [f"{prefix} term {index:04d}", f"Definition of {prefix.lower()} term number {index}."]
            )


def _import_holding_the_write_lock(source: Path, env: dict[str, str], database: str) -> subprocess.Popen:
    """``import_glossary`` of ``source`` in another process, returned once it holds the write lock."""
    command = [sys.executable, "manage.py", "import_glossary", str(source)]
    importer = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while not _write_lock_taken(database):
            assert importer.poll() is None, importer.communicate()
            assert time.monotonic() < deadline, "the import never took the write lock"
            time.sleep(0.05)
    except BaseException:
        if importer.poll() is None:
            importer.kill()
        raise
    return importer


def test_48_searches_during_a_1000_row_import_get_no_server_error_slow(glossary, tmp_path):
    """Searches go out four at a time while the import holds the write lock; a round counts only if the lock
    was held when it started and still is when its last answer came (the import is one transaction, so it
    held the lock throughout). On a loaded machine the import once finished before the 48th search: then
    another import of 1,000 other terms starts, and the searches go on under its lock."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's locking is what this test is about")
    env = {"SEARCH_API_RATE_LIMIT": "off"}
    urls = ["/api/v1/search?q=fiscal" if index % 2 else "/en/search/?q=governance" for index in range(ROUND)]
    statuses: list[int] = []  # every answer, also those of a round the import ended during
    during: list[int] = []  # the answers of the rounds made under the lock
    with gunicorn(tmp_path / "site", workers=2, env=env) as server:
        database = server.database_url.removeprefix("sqlite:///")
        import_env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "decnet.settings.test"}
        import_env.update(DATABASE_URL=server.database_url, MEDIA_ROOT=str(server.folder / "media"))
        with ThreadPoolExecutor(max_workers=ROUND) as pool:
            for number, prefix in enumerate(PREFIXES):
                if len(during) >= SEARCHES:
                    break
                source = tmp_path / f"terms-{number}.csv"
                _write_terms(source, prefix)
                importer = _import_holding_the_write_lock(source, import_env, database)
                try:
                    while len(during) < SEARCHES:
                        answers = list(pool.map(http_status, (server.base_url + url for url in urls)))
                        statuses += answers
                        if not _write_lock_taken(database):
                            break  # the import committed during this round: it does not count
                        during += answers
                    out, err = importer.communicate(timeout=600)
                finally:
                    if importer.poll() is None:
                        importer.kill()
                assert importer.returncode == 0, err.decode()
                assert f"created {ROWS}" in out.decode()
        server_log = server.log()
    assert len(during) >= SEARCHES, f"only {len(during)} searches fell inside {len(PREFIXES)} imports"
    assert [code for code in statuses if code >= 500] == [], server_log[:12000]
    assert set(statuses) == {200}
