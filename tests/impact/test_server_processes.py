"""Counting in real server processes: several gunicorn workers, a quiet site, and a server asked to stop.

Each test starts a server (gunicorn with two workers, or the development server) on the test database, so
they need PostgreSQL: the in-memory SQLite test database cannot be opened by another process.
"""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from impact.models import DailyDocumentDownloads, DailyProductDownloads
from scripts.serve import free_port, wait_until_up
from tests.impact.conftest import BROWSER

pytestmark = [
    pytest.mark.postgres(
        reason="needs PostgreSQL: a server process cannot open the in-memory SQLite test database"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PROJECT = Path(__file__).resolve().parents[2]


def server_environment(cache_dir: Path, flush_seconds: float) -> dict[str, str]:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.impact.server_settings",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "IMPACT_CACHE_DIR": str(cache_dir),
        "IMPACT_FLUSH_SECONDS": str(flush_seconds),
        "PYTHONUNBUFFERED": "1",
    }


class Server:
    def __init__(self, command: list[str], env: dict[str, str], port: int, log: Path) -> None:
        self.base_url = f"http://127.0.0.1:{port}"
        self.log = log
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                command, cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT
            )

    def wait_until_up(self, timeout: float = 90) -> None:
        wait_until_up(self.base_url + "/healthz", self.process, timeout, log=self.log)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def gunicorn(tmp_path: Path, flush_seconds: float) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "decnet.wsgi:application", "--workers", "2"]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning", "--graceful-timeout", "20"]
    server = Server(command, server_environment(tmp_path / "cache", flush_seconds), port, tmp_path / "log")
    server.wait_until_up()
    return server


def download(url: str, user_agent: str = BROWSER) -> int:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        return response.status


def downloads_of(document) -> int:
    return sum(DailyDocumentDownloads.objects.filter(document=document).values_list("downloads", flat=True))


def wait_for(predicate, timeout: float) -> float | None:
    """Seconds until `predicate()` held, or None if it did not within `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.05)
    return None


ROUNDS = 12


def test_parallel_first_downloads_of_one_client_count_once_across_two_workers(products, tmp_path):
    server = gunicorn(tmp_path, flush_seconds=1)
    try:
        url = server.base_url + products["framework"].url
        for round_number in range(ROUNDS):
            # A new client each round (its user agent), firing four requests for the file at the same moment.
            agent = f"{BROWSER} round/{round_number}"
            start = threading.Barrier(4)
            statuses = []

            def fetch(agent=agent, start=start, statuses=statuses):
                start.wait()
                statuses.append(download(url, agent))

            threads = [threading.Thread(target=fetch) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert statuses == [200] * 4
        assert wait_for(lambda: downloads_of(products["framework"]) >= ROUNDS, timeout=10) is not None
        time.sleep(2)  # anything over-counted by the other worker would be written by now
        assert downloads_of(products["framework"]) == ROUNDS
        per_product = dict(DailyProductDownloads.objects.values_list("product_id", "downloads"))
        assert per_product == {products["logica"].pk: ROUNDS, products["infer"].pk: ROUNDS}
    finally:
        server.stop()


FLUSH_SECONDS = 2


def test_a_download_followed_by_silence_is_in_the_report_within_the_flush_delay(products, tmp_path):
    import io
    import json

    from django.core.management import call_command

    server = gunicorn(tmp_path, flush_seconds=FLUSH_SECONDS)

    def reported() -> bool:
        out = io.StringIO()
        call_command("impact_report", "--format", "json", stdout=out)
        return json.loads(out.getvalue())["downloads"] == 1

    try:
        downloaded_at = time.monotonic()
        assert download(server.base_url + products["primer"].url) == 200
        # No other request reaches the server from now on: only its background flush can write the count.
        waited = wait_for(lambda: downloads_of(products["primer"]) == 1, timeout=FLUSH_SECONDS + 10)
        assert waited is not None, "the download never reached the database"
        assert time.monotonic() - downloaded_at <= FLUSH_SECONDS + 1
        assert reported()
    finally:
        server.stop()


def test_a_download_followed_by_sigterm_to_gunicorn_is_not_lost(products, tmp_path):
    server = gunicorn(tmp_path, flush_seconds=600)  # the background flush would wait ten minutes
    try:
        assert download(server.base_url + products["primer"].url) == 200
        assert downloads_of(products["primer"]) == 0
    finally:
        server.stop(signal.SIGTERM)
    assert downloads_of(products["primer"]) == 1


def test_a_download_followed_by_sigterm_to_the_development_server_is_not_lost(products, tmp_path):
    port = free_port()
    command = [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"]
    env = server_environment(tmp_path / "cache", flush_seconds=600)
    server = Server(command, env, port, tmp_path / "log")
    try:
        server.wait_until_up()
        assert download(server.base_url + products["primer"].url) == 200
        assert downloads_of(products["primer"]) == 0
    finally:
        server.stop(signal.SIGTERM)
    assert downloads_of(products["primer"]) == 1
