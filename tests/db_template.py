"""Migrate once, clone for every test process: a template of the migrated test database.

Running the ~300 migrations of Django, Wagtail and the site takes about 20 CPU seconds, and every pytest
process (each xdist worker, each stage of `make test`) needs a freshly migrated database. Instead, the first
process to need it builds a template, under a file lock, by running `manage.py migrate` into a scratch
database; every process then starts from a copy:

- SQLite: the template is a file; it is copied (SQLite's backup API) into the in-memory test database before
  Django creates it, so Django's own `migrate` finds every migration applied and has nothing to do.
- PostgreSQL: the template is a database `<name>_tpl_<key>`; Django creates each test database from it
  (``TEST["TEMPLATE"]``, i.e. ``CREATE DATABASE ... TEMPLATE``), then finds nothing to migrate either.

Isolation is unchanged: each process still has its own test database, and each test its own transaction.

The template's key hashes every migration file of every installed app, the settings package, the Django
version, the database server address and ``TEST_DB_TEMPLATE_DIR``, so any change to them builds a new
template. `make test` points ``TEST_DB_TEMPLATE_DIR`` at a new folder per run (one migration per backend per
run, never a stale template); elsewhere templates are kept between runs in /dev/shm/decnet-test-db (or
$TMPDIR/decnet-test-db).
``TEST_DB_TEMPLATE=off`` migrates every test database from scratch, as Django does by default.

The demo content (``load_demo_content``, about 20-50 CPU seconds) gets the same treatment: it is loaded once
per run and database into a snapshot built from the template (``demo_snapshot``), and each test module that
reads the demo swaps its test database for a copy of that snapshot and back again (tests/conftest.py,
``demo_site``).

    python -m tests.db_template [--demo]   # build the template (and the demo snapshot) for DATABASE_URL now
                                           # (scripts/test.sh does, while the static checks run)
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import hashlib
import importlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scripts.serve import sqlite_copy

ROOT = Path(__file__).resolve().parents[1]


def enabled() -> bool:
    return os.environ.get("TEST_DB_TEMPLATE", "on").strip().lower() not in {"0", "off", "false", "no"}


def template_dir() -> Path:
    configured = os.environ.get("TEST_DB_TEMPLATE_DIR")
    if configured:
        folder = Path(configured)
    else:
        scratch = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        folder = Path(scratch or tempfile.gettempdir()) / "decnet-test-db"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _key(settings_dict: dict) -> str:
    """Changes whenever what `migrate` would build could change."""
    import django
    from django.apps import apps
    from django.conf import settings

    digest = hashlib.sha256()
    digest.update(f"{django.get_version()}|{settings_dict['ENGINE']}|{template_dir()}".encode())
    digest.update(
        f"{settings_dict.get('HOST')}|{settings_dict.get('PORT')}|{settings_dict.get('USER')}".encode()
    )
    settings_package = Path(importlib.import_module(settings.SETTINGS_MODULE).__file__).parent
    folders = [settings_package] + [Path(app.path) / "migrations" for app in apps.get_app_configs()]
    for folder in folders:
        for path in sorted(folder.glob("*.py")):
            digest.update(str(path).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextlib.contextmanager
def _locked(name: str):
    """One builder at a time (xdist workers and `make test` stages start together)."""
    with open(template_dir() / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _manage(database_url: str, *args: str, what: str, **env: str) -> str:
    """Run a management command on another database (a template being built); its output, or an error."""
    from django.conf import settings

    environment = {
        **os.environ,
        **env,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
    }
    command = [sys.executable, "manage.py", *args]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _migrate(database_url: str) -> None:
    started = time.monotonic()
    args = ("migrate", "--run-syncdb", "--noinput", "-v0")
    _manage(database_url, *args, what="building the test database template")
    print(f"test database template migrated in {time.monotonic() - started:.1f} s", file=sys.stderr)


# --- SQLite ------------------------------------------------------------------------------------------------


def sqlite_template(settings_dict: dict) -> Path:
    path = template_dir() / f"sqlite-{_key(settings_dict)}.sqlite3"
    with _locked(path.stem):
        if not path.exists():
            scratch = path.with_suffix(f".{os.getpid()}.building")
            scratch.unlink(missing_ok=True)
            try:
                _migrate(f"sqlite:///{scratch}")
                os.replace(scratch, path)
            finally:
                scratch.unlink(missing_ok=True)
    return path


def preload_sqlite(connection) -> sqlite3.Connection | None:
    """Copy the template into the in-memory test database Django is about to create; returns the connection
    that keeps that shared in-memory database alive until Django has opened its own (None: not in memory)."""
    name = connection.creation._get_test_db_name()
    if not connection.creation.is_in_memory_db(name):
        return None
    template = sqlite_template(connection.settings_dict)
    keeper = sqlite3.connect(name, uri=True)
    source = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    try:
        source.backup(keeper)
    finally:
        source.close()
    return keeper


# --- PostgreSQL --------------------------------------------------------------------------------------------


def admin_connection(settings_dict: dict):
    """An autocommit connection to the server of ``settings_dict`` (for CREATE and DROP DATABASE)."""
    import psycopg

    return psycopg.connect(
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        dbname=settings_dict["NAME"],
        autocommit=True,
    )


def url_for(database: str) -> str:
    """DATABASE_URL with another database's name."""
    url = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(url._replace(path=f"/{database}"))


def postgres_template(settings_dict: dict) -> str:
    """The name of an up-to-date template database, built if missing."""
    from psycopg import sql

    base = settings_dict["NAME"][:40]
    name = f"{base}_tpl_{_key(settings_dict)}"
    with _locked(f"postgres-{name}"), admin_connection(settings_dict) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            return name
        scratch = f"{base}_tplbuild_{os.getpid()}"
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(scratch)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
        try:
            _migrate(url_for(scratch))
            rename = sql.SQL("ALTER DATABASE {} RENAME TO {}")
            admin.execute(rename.format(sql.Identifier(scratch), sql.Identifier(name)))
        except BaseException:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(scratch)))
            raise
        # Templates of earlier keys (older migrations, earlier `make test` runs) are no longer needed.
        stale = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [base.replace("_", r"\_") + r"\_tpl\_%", name],
        ).fetchall()
        for (old,) in stale:
            with contextlib.suppress(Exception):
                admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
    return name


def prepare(connection):
    """Before Django creates the test database of ``connection``: make it start from the template. Returns an
    object to keep alive until the test database exists (or None)."""
    if not enabled():
        return None
    if connection.vendor == "sqlite":
        return preload_sqlite(connection)
    if connection.vendor == "postgresql" and os.environ.get("DATABASE_URL"):
        connection.settings_dict["TEST"]["TEMPLATE"] = postgres_template(connection.settings_dict)
        # Two processes copying one template at the same moment fail ("source database is being accessed by
        # other users") and Django then gives up on the test database: one copy at a time, the lock held
        # until this process's test database exists (``created``).
        global _clone_lock
        _clone_lock = _acquire(f"postgres-clone-{connection.settings_dict['TEST']['TEMPLATE']}")
    return None


_clone_lock = None


def _acquire(name: str):
    handle = open(template_dir() / f"{name}.lock", "w")  # noqa: SIM115 - held across fixtures, closed by created()
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def created() -> None:
    """The test databases exist: let the next process copy the template."""
    global _clone_lock
    if _clone_lock is not None:
        fcntl.flock(_clone_lock, fcntl.LOCK_UN)
        _clone_lock.close()
        _clone_lock = None


# --- the demo content --------------------------------------------------------------------------------------

# What `load_demo_content` reads: the apps' code and the demo's data files (not templates, not tests).
DEMO_SOURCES = ("site", "blog", "resources", "glossary", "search", "impact", "hardening", "demo")


@dataclass(frozen=True)
class DemoSnapshot:
    """The demo site loaded once: a database (SQLite file or PostgreSQL database name), its media files and
    what the command printed."""

    database: str
    media: Path
    output: str


def _demo_key(settings_dict: dict) -> str:
    """Changes with the migrations (the template's key), the code and data the loader runs, and the day (the
    demo's dates are relative to today)."""
    digest = hashlib.sha256(f"{_key(settings_dict)}|{datetime.date.today().isoformat()}".encode())
    for folder in DEMO_SOURCES:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _load_demo(database_url: str, media: Path) -> str:
    what = "loading the demo snapshot"
    return _manage(database_url, "load_demo_content", what=what, MEDIA_ROOT=str(media))


def demo_snapshot(connection) -> DemoSnapshot:
    """The demo loaded into a copy of the migrated template, built once (under a file lock) per key."""
    settings_dict = connection.settings_dict
    folder = template_dir() / f"demo-{connection.vendor}-{_demo_key(settings_dict)}"
    output = folder / "output.txt"
    with _locked(folder.name):
        if not output.exists():
            scratch = folder.with_name(f"{folder.name}.{os.getpid()}.building")
            shutil.rmtree(scratch, ignore_errors=True)
            scratch.mkdir()
            try:
                if connection.vendor == "sqlite":
                    sqlite_copy(sqlite_template(settings_dict), scratch / "demo.sqlite3")
                    printed = _load_demo(f"sqlite:///{scratch / 'demo.sqlite3'}", scratch / "media")
                else:
                    printed = _load_demo(
                        url_for(_postgres_demo(settings_dict, folder.name)), scratch / "media"
                    )
                (scratch / "output.txt").write_text(printed, encoding="utf-8")
                shutil.rmtree(folder, ignore_errors=True)
                os.replace(scratch, folder)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
    if connection.vendor == "sqlite":
        database = str(folder / "demo.sqlite3")
    else:
        database = _demo_database_name(settings_dict, folder.name)
    return DemoSnapshot(database, folder / "media", output.read_text(encoding="utf-8"))


def _postgres_base_template(settings_dict: dict) -> str:
    # In a test process the settings already name the test database; the template is the one it came from.
    return settings_dict.get("TEST", {}).get("TEMPLATE") or postgres_template(settings_dict)


def _demo_database_name(settings_dict: dict, folder_name: str) -> str:
    """``<name>_demo_<key>``, beside the template ``<name>_tpl_<key>`` it is copied from."""
    base = _postgres_base_template(settings_dict).rsplit("_tpl_", 1)[0]
    return f"{base}_demo_{folder_name.rsplit('-', 1)[-1]}"


def _postgres_demo(settings_dict: dict, folder_name: str) -> str:
    """A fresh database for the demo snapshot, copied from the migrated template."""
    from psycopg import sql

    name = _demo_database_name(settings_dict, folder_name)
    template = _postgres_base_template(settings_dict)
    with _locked(f"postgres-clone-{template}"), admin_connection(settings_dict) as admin:
        # Snapshots of earlier keys (other code, other runs) are no longer needed.
        stale = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s",
            [name.rsplit("_demo_", 1)[0].replace("_", r"\_") + r"\_demo\_%"],
        ).fetchall()
        for (old,) in stale:
            with contextlib.suppress(Exception):
                admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
        create = sql.SQL("CREATE DATABASE {} TEMPLATE {}")
        admin.execute(create.format(sql.Identifier(name), sql.Identifier(template)))
    return name


@contextlib.contextmanager
def demo_database(connection) -> Iterator[str]:
    """Swap the test database of ``connection`` for a copy of the demo snapshot while the block runs, then
    put back exactly what was there. Yields what `load_demo_content` printed."""
    snapshot = demo_snapshot(connection)
    from django.conf import settings

    shutil.copytree(snapshot.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    if connection.vendor == "sqlite":
        with _sqlite_swapped(connection, snapshot.database):
            yield snapshot.output
    else:
        with _postgres_swapped(connection, snapshot.database):
            yield snapshot.output


@contextlib.contextmanager
def _sqlite_swapped(connection, database: str) -> Iterator[None]:
    connection.ensure_connection()
    raw = connection.connection
    saved = sqlite3.connect(":memory:")
    try:
        raw.backup(saved)
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            source.backup(raw)
        finally:
            source.close()
        yield
        connection.ensure_connection()
        saved.backup(connection.connection)
    finally:
        saved.close()


@contextlib.contextmanager
def _postgres_swapped(connection, database: str) -> Iterator[None]:
    from psycopg import sql

    own = connection.settings_dict["NAME"]
    copy = f"{own[:50]}_demo"
    with _locked(f"postgres-clone-{database}"), admin_connection(connection.settings_dict) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(copy)))
        create = sql.SQL("CREATE DATABASE {} TEMPLATE {}")
        admin.execute(create.format(sql.Identifier(copy), sql.Identifier(database)))
    connection.close()
    connection.settings_dict["NAME"] = copy
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = own
        with admin_connection(connection.settings_dict) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(copy)))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decnet.settings.test")
    import django

    django.setup()
    from django.db import connection

    if connection.vendor == "sqlite":
        print(sqlite_template(connection.settings_dict))
    elif connection.vendor == "postgresql":
        print(postgres_template(connection.settings_dict))
    if "--demo" in sys.argv[1:]:
        started = time.monotonic()
        print(demo_snapshot(connection).database)
        print(f"demo snapshot ready in {time.monotonic() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
