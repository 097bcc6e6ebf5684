"""A real gunicorn serving the test database, for tests that need several worker processes or real sockets.

The server runs the test settings against the database the test sees: on PostgreSQL the test database itself
(use ``transactional_db`` so the rows are committed), on SQLite a file copy of the in-memory test database,
made with SQLite's backup API (instant, no migrations). Free loopback port, private media folder, stopped by
its process id afterwards.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.db import connection

from scripts.serve import free_port, wait_until_up
from tests.db_template import url_for

PROJECT = Path(__file__).resolve().parents[2]


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen
    folder: Path
    database_url: str

    def log(self) -> str:
        return (self.folder / "server.log").read_text(errors="replace")

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def restart_workers(self) -> None:
        """Stop every worker; gunicorn's arbiter starts fresh ones, with empty memories."""
        old = set(self.worker_pids())
        for pid in old:
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = set(self.worker_pids())
            if len(now) == len(old) and not now & old:
                return
            time.sleep(0.2)
        raise AssertionError("gunicorn did not replace its workers")


def database_url_for_server(folder: Path) -> str:
    """A URL another process can open and see the current test data in."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        path = folder / "db.sqlite3"
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return f"sqlite:///{path}"
    return url_for(connection.settings_dict["NAME"])  # the test database, on the server DATABASE_URL names


# How long a starting server may take before it answers: a server that fails exits and is seen at once, so
# the limit only guards against a hang; on a loaded machine (three OpenSearch nodes, two test stages) two
# workers importing Django and Wagtail took over 60 s.
STARTUP_SECONDS = 180


@contextmanager
def gunicorn(
    folder: Path,
    workers: int = 2,
    env: dict[str, str] | None = None,
    preload: bool | None = None,
    **options: str,
) -> Iterator[Server]:
    """Serve ``decnet.wsgi`` with the test settings; ``env`` adds or overrides environment variables.

    ``preload`` (default: with more than one worker): the master loads the application (decnet/wsgi.py: the
    URLconf, the catalogs, the templates) once and forks the workers, and the ones it restarts, from it, as
    production can; each worker still has its own memory. One worker gains nothing from it (measured: the
    Varnish test took longer)."""
    folder.mkdir(parents=True, exist_ok=True)
    database_url = database_url_for_server(folder)
    environment = {k: v for k, v in os.environ.items() if k not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}}
    environment.update(
        DJANGO_SETTINGS_MODULE="decnet.settings.test",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(folder / "media"),
        IMPACT_CACHE_DIR=str(folder / "impact-cache"),
        TMPDIR=str(folder / "tmp"),
        PYTHONUNBUFFERED="1",
        **(env or {}),
    )
    (folder / "tmp").mkdir(exist_ok=True)
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "decnet.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--log-level", "warning", "--graceful-timeout", "5"]
    # A worker's first request imports the URLconf; gunicorn kills a worker silent for 30 s, and on a loaded
    # machine every new worker was killed in that import, so the server never answered.
    command += [
        "--timeout",
        str(STARTUP_SECONDS),
        *(["--preload"] if (workers > 1 if preload is None else preload) else []),
    ]
    for name, value in options.items():  # max_requests="5" -> --max-requests 5; value "" -> a flag
        command += [f"--{name.replace('_', '-')}", *([str(value)] if value != "" else [])]
    log_path = folder / "server.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    server = Server(f"http://127.0.0.1:{port}", process, folder, database_url)
    try:
        # Any HTTP answer will do: a server whose /healthz says 503 (its search engine cannot search) is up.
        wait_until_up(f"{server.base_url}/healthz", process, STARTUP_SECONDS, log=log_path, any_status=True)
        yield server
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """A reader's or editor's browser against a served site: cookies kept, the CSRF token read from each form,
    redirects kept as their status; a new connection per request, so gunicorn's workers take turns."""

    def __init__(self, base_url: str, timeout: float = 60):
        self.base_url = base_url
        self.timeout = timeout
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect
        )

    def request(self, path: str, form: dict | None = None) -> tuple[int, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base_url + path, data=data)
        if data is not None:
            request.add_header("Referer", self.base_url + path)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post_form(self, path: str, fields: dict) -> int:
        """GET the form, POST ``fields`` with its CSRF token, as the browser submits it."""
        status, form_page = self.request(path)
        assert status == 200, form_page[:300]
        return self.request(path, {**fields, "csrfmiddlewaretoken": _CSRF_FIELD.search(form_page).group(1)})[
            0
        ]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a sign-in or a publish answers 302: keep it as the status
