"""The site as production serves it, for the browser tests (tests/browser) and the benchmarks.

Production settings (DEBUG off, WhiteNoise's compressed and hashed static files from ``collectstatic``, HTML
gzipped by GZipMiddleware, the real 404 page), gunicorn on a free loopback port, the demo content in an
SQLite file of its own. The only addition is ``scripts/serve_wsgi.py``, which serves ``/media/images/`` as
the reverse proxy does in production (README.md, "Production").

Preparing the database (migrations, demo content) takes about a minute on an idle machine; set
``BROWSER_SITE_DIR`` to a folder to keep it between runs by hand (it is rebuilt when missing).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
READY_MARK = "prepared"


@dataclass(frozen=True)
class RunningSite:
    """A served site: its base URL (no trailing slash), the folder of its database and files, and the
    gunicorn master's process id (the benchmarks read its workers' CPU time from /proc)."""

    base_url: str
    folder: Path | None
    pid: int | None = None


def site_environment(folder: Path) -> dict[str, str]:
    """Production settings pointed at a private database, static and media folder."""
    # The database search backend: the served site must not depend on (or write to) a search engine's index.
    env = {k: v for k, v in os.environ.items() if k not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="decnet.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        IMPACT_CACHE_DIR=str(folder / "impact-cache"),
        PAGE_CACHE_DIR=str(folder / "page-cache"),
        LOG_LEVEL="ERROR",
        PYTHONUNBUFFERED="1",
    )
    return env


def _manage(env: dict[str, str], *args: str) -> None:
    command = [sys.executable, "manage.py", *args]
    subprocess.run(command, cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(folder: Path, env: dict[str, str], demo: Path | None = None) -> None:
    """Database with the demo content (once per folder), static files (every time).

    ``demo``: an SQLite database already holding the migrated site and the demo content, with its media
    files in the folder ``media`` beside it (the test run's demo snapshot, tests/db_template.py), copied
    rather than loaded again; ``migrate`` then only checks that nothing is missing."""
    if not (folder / READY_MARK).exists():
        if demo is not None:
            _copy_demo(demo, folder)
        _manage(env, "migrate", "--noinput", "-v0")
        if demo is None:
            _manage(env, "load_demo_content")  # also fills the database search index
        (folder / READY_MARK).write_text("ok\n")
    # Static files change with the code: collected anew each run (hashed and compressed, as in production).
    shutil.rmtree(folder / "static", ignore_errors=True)
    _manage(env, "collectstatic", "--noinput", "-v0")


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API: a plain file copy could miss what sits in the -wal file)."""
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _copy_demo(demo: Path, folder: Path) -> None:
    """A consistent copy of the database and its media files."""
    sqlite_copy(demo, folder / "db.sqlite3")
    if (demo.parent / "media").is_dir():
        shutil.copytree(demo.parent / "media", folder / "media", dirs_exist_ok=True)


def http_status(url: str, headers: dict[str, str] | None = None, timeout: float = 60) -> int:
    """GET ``url`` to the end of its body; its status, also for 4xx and 5xx answers."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def free_port() -> int:
    """A loopback port nothing listens on right now (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(
    url: str,
    process: subprocess.Popen,
    timeout: float = 60,
    *,
    log: Path | None = None,
    any_status: bool = False,
) -> None:
    """Return once the server started as ``process`` answers ``url``: with a success, or with any HTTP status
    when ``any_status`` (a 503 from /healthz while the search engine is away is still a server that is up).
    Raise RuntimeError as soon as the process exits, or after ``timeout`` seconds; the message ends with the
    tail of ``log``, the server's output, when one is given. Shared by the tests that start servers."""
    deadline = time.monotonic() + timeout
    failure = f"the server did not answer at {url} within {timeout} s"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            failure = f"the server exited with status {process.returncode}"
            break
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            if any_status:
                return  # it answered
        except OSError:
            pass  # not listening yet
        time.sleep(0.2)
    if log is not None and log.exists():
        failure += f"; server log:\n{log.read_text(errors='replace')[-3000:]}"
    raise RuntimeError(failure)


@contextmanager
def running_site(
    folder: Path | None = None, extra_env: dict[str, str] | None = None, *, prepared: bool = False
) -> Iterator[RunningSite]:
    """Prepare and serve the site; stop the server (and remove a temporary folder) afterwards. ``extra_env``
    changes the served site's settings (e.g. ``PAGE_CACHE=off``); ``prepared``: serve ``folder`` as
    ``prepare`` left it, static files included."""
    kept = folder or (Path(os.environ["BROWSER_SITE_DIR"]) if os.environ.get("BROWSER_SITE_DIR") else None)
    # In memory (/dev/shm) where there is one: SQLite's many small commits while migrating go faster.
    scratch = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    temporary = None if kept else tempfile.TemporaryDirectory(prefix="decnet-browser-", dir=scratch)
    base = Path(kept or temporary.name)
    base.mkdir(parents=True, exist_ok=True)
    env = {**site_environment(base), **(extra_env or {})}
    if not prepared:
        prepare(base, env)
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "scripts.serve_wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--log-level",
        "warning",
    ]
    log_path = base / "server.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base_url}/healthz", process, log=log_path)
        yield RunningSite(base_url=base_url, folder=base, pid=process.pid)
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn: quick shutdown (SIGTERM waits for workers)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if temporary is not None:
            temporary.cleanup()


USAGE = (
    "usage: python -m scripts.serve prepare FOLDER [--demo DATABASE]"
    " | python -m scripts.serve run FOLDER URL_FILE"
)


def main(argv: list[str]) -> int:
    """``python -m scripts.serve prepare FOLDER [--demo DATABASE]``: build the served site's database and
    files ahead of time: scripts/test.sh does it while the test stages run (from the run's SQLite demo
    snapshot, loaded once for the tests), and the browser tests find it in BROWSER_SITE_DIR.

    ``python -m scripts.serve run FOLDER URL_FILE``: serve that folder's site until SIGTERM or SIGINT,
    writing its base URL to URL_FILE once it answers: one server for every browser test worker
    (``BROWSER_BASE_URL``), where a server per worker would race on the folder's static files. The folder
    is served as ``prepare`` left it (its static files are not collected again)."""
    if len(argv) in (2, 4) and argv[0] == "prepare" and (len(argv) == 2 or argv[2] == "--demo"):
        folder = Path(argv[1])
        demo = Path(argv[3]) if len(argv) == 4 else None
        if demo is not None and not demo.is_file():
            print(f"--demo {demo}: no such database file", file=sys.stderr)
            return 2
        folder.mkdir(parents=True, exist_ok=True)
        prepare(folder, site_environment(folder), demo)
        return 0
    if len(argv) == 3 and argv[0] == "run":
        folder = Path(argv[1])
        if not (folder / READY_MARK).exists():
            print(f"{folder} is not prepared: python -m scripts.serve prepare {folder}", file=sys.stderr)
            return 2
        signal.signal(signal.SIGTERM, _exit_quietly)
        signal.signal(signal.SIGINT, _exit_quietly)
        with running_site(folder, prepared=True) as site:
            ready = Path(argv[2])
            partial = ready.with_name(ready.name + ".partial")
            partial.write_text(site.base_url + "\n")
            partial.replace(ready)  # whoever waits for the file reads a whole URL
            while True:
                signal.pause()
    print(USAGE, file=sys.stderr)
    return 2


def _exit_quietly(signum: int, frame: object) -> None:
    raise SystemExit(0)  # leaves running_site(), which stops gunicorn


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
