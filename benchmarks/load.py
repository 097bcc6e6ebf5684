"""Load while publishing: N simulated readers against gunicorn (2 workers) and PostgreSQL while an editor
publishes new pages; prints requests per second, p50/p95/p99 latency per kind of request and the errors, and
checks that each newly published page becomes searchable through /api/v1/search.

    DATABASE_URL=postgres://decnet:decnet@127.0.0.1:5433/decnet_load .venv/bin/python benchmarks/load.py
    .venv/bin/python benchmarks/load.py --readers 50 --seconds 60          # the figures in the closing note
    .venv/bin/python benchmarks/load.py --readers 10 --seconds 10          # what `make test` runs
    .venv/bin/python benchmarks/load.py --fresh --prepare-only             # a new database, nothing measured
    .venv/bin/python benchmarks/load.py --prepared --readers 10 --seconds 10   # after it: no collectstatic

Everything stays on this machine: the server listens on 127.0.0.1 only, the readers request nothing else, and
every loop ends at the deadline (the run as a whole is bounded by ``--seconds`` plus start-up and a final
search check). The server runs the production settings (WhiteNoise, JSON logs, strict headers) with only
what a loopback run needs changed through the environment: no HTTPS redirect, and no per-IP search rate
limit (``SEARCH_API_RATE_LIMIT=off``: every reader shares the address 127.0.0.1). The database is migrated
and, when it has no site yet, given the English demo content. Pages the editor published are deleted at the
end. Exit status 1 on any failed request or any published page that did not become searchable.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder comes first on sys.path, and its modules (search.py, impact.py) would shadow
# the site's apps of the same names.
sys.path[:] = [str(ROOT)] + [
    p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent
]
# One way to pick a free port and to wait for a server, shared with the tests.
from scripts.serve import free_port, wait_until_up  # noqa: E402

DEFAULT_DATABASE_URL = "postgres://decnet:decnet@127.0.0.1:5433/decnet_load"
KINDS = ("page", "search page", "search API", "download")
WEIGHTS = (50, 15, 20, 15)
WORDS = [
    "decentralization",
    "budget",
    "fiscal",
    "transfers",
    "municipal",
    "governance",
    "accountability",
    "revenue",
    "participation",
    "subsidiarity",
    "devolution",
    "local",
]


@dataclass
class Stats:
    """Every request's kind, latency and outcome; shared by the reader threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    samples: list[str] = field(default_factory=list)

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error:
                self.errors[kind] += 1
                if len(self.samples) < 10:
                    self.samples.append(f"{kind}: {error}")


@dataclass
class Published:
    title: str
    url: str
    publish_seconds: float
    searchable_after: float | None = None


def server_environment(args: argparse.Namespace, work: Path) -> dict[str, str]:
    """Production settings, with only what a loopback run needs changed."""
    env = {
        key: value for key, value in os.environ.items() if key not in {"OPENSEARCH_URL", "ELASTICSEARCH_URL"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "decnet.settings.production",
            "DATABASE_URL": args.database_url,
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback
            "SEARCH_API_RATE_LIMIT": "off",  # all readers share 127.0.0.1
            "MEDIA_ROOT": str(args.media_root),
            "STATIC_ROOT": str(args.static_root),
            "IMPACT_CACHE_DIR": str(work / "impact-cache"),
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def ensure_database(url: str, fresh: bool = False, template: str | None = None) -> None:
    """Create the PostgreSQL database named in the URL if it does not exist yet (or anew with ``fresh``), as a
    copy of ``template`` when given (a migrated database: the migrations then find nothing left to do)."""
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if fresh:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return
        for attempt in range(10):
            try:
                connection.execute(create)
                break
            except psycopg.errors.ObjectInUse:  # someone is connected to the template for a moment
                if attempt == 9:
                    raise
                time.sleep(0.5)
        print(f"created database {name}" + (f" from {template}" if template else ""))


def prepare_site(static_files: bool = True) -> None:
    """Migrate, collect static files (unless ``static_files`` is False: they were collected already), and
    load the English demo content into a database without a site."""
    from django.core.management import call_command
    from django.db import transaction

    from decnet.models import HomePage

    call_command("migrate", interactive=False, verbosity=0)
    if static_files:
        call_command("collectstatic", interactive=False, verbosity=0)
    if HomePage.objects.exists():
        return
    from demo.loader import DemoLoader, deferred_page_indexing

    started = time.monotonic()
    loader = DemoLoader()
    with transaction.atomic(), deferred_page_indexing():
        loader.load_taxonomy()
        loader.load_people()
        loader.create_page_tree()
        loader.load_files()
        loader.publish_glossary()
        loader.publish_resources()
        loader.publish_blog()
        loader.publish_sections()
        loader.publish_home()
    loader.update_indexes()
    print(f"loaded the English demo content in {time.monotonic() - started:.1f} s")


def targets() -> tuple[list[str], list[str]]:
    """The live pages' paths and the documents' download paths."""
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    pages = [page.url for page in Page.objects.live().public().filter(depth__gt=1).specific() if page.url]
    documents = [document.url for document in get_document_model().objects.all()]
    return pages, documents


def start_server(args: argparse.Namespace, env: dict[str, str], log_path: Path) -> subprocess.Popen:
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "decnet.wsgi",
        "--workers",
        str(args.workers),
        "--bind",
        f"127.0.0.1:{args.port}",
        "--timeout",
        "60",
    ]
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_until_up(f"{args.base}/healthz", server, log=log_path)
    except RuntimeError as error:
        stop_server(server)
        raise SystemExit(f"gunicorn did not start: {error}") from None
    return server


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def fetch(url: str, timeout: float = 30) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": "decnet-load/1 (loopback benchmark)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def reader(
    number: int, base: str, pages: list[str], documents: list[str], deadline: float, stats: Stats
) -> None:
    """One simulated reader: a page, a search, an API call or a download, one after another, until the
    deadline."""
    chooser = random.Random(number)
    while time.monotonic() < deadline:
        kind = chooser.choices(KINDS, WEIGHTS)[0]
        word = chooser.choice(WORDS)
        if kind == "page":
            path = chooser.choice(pages)
        elif kind == "search page":
            path = f"/en/search/?q={word}"
        elif kind == "search API":
            path = f"/api/v1/search?q={word}"
        else:
            path = chooser.choice(documents)
        started = time.perf_counter()
        try:
            status, body = fetch(base + path)
            error = None if status == 200 and body else f"{path} answered {status}"
            if kind == "search API" and not error:
                json.loads(body)["results"]  # noqa: B018 — a malformed answer is an error
        except (OSError, ValueError, KeyError) as problem:
            error = f"{path}: {type(problem).__name__}: {problem}"
        stats.record(kind, time.perf_counter() - started, error)


def editor(
    base: str, every: float, deadline: float, timeout: float, pages: list[str], published: list[Published]
) -> None:
    """Publish a new blog post through Wagtail's API every ``every`` seconds; after each, poll the search API
    until the post is found (at most ``timeout`` seconds)."""
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Locale

    from blog.models import BlogIndexPage, BlogPostPage

    try:
        blog = BlogIndexPage.objects.live().get(locale=Locale.get_default())
        number = 0
        while time.monotonic() < deadline:
            number += 1
            token = "loadprobe" + "".join(random.choices("abcdefghijklmnopqrstuvwxyz", k=10))
            started = time.perf_counter()
            post = BlogPostPage(
                title=f"Load test post {number} {token}",
                slug=f"load-{token}",
                date=timezone.localdate(),
                summary=f"Published during the load benchmark ({token}).",
            )
            blog.add_child(instance=post)
            post.save_revision().publish()
            entry = Published(post.title, post.url, time.perf_counter() - started)
            published.append(entry)
            pages.append(post.url)  # readers now read it too
            found_by = time.monotonic() + timeout
            while time.monotonic() < found_by:
                try:
                    status, body = fetch(f"{base}/api/v1/search?q={token}", timeout=10)
                    if status == 200 and any(r["title"] == post.title for r in json.loads(body)["results"]):
                        entry.searchable_after = time.perf_counter() - started
                        break
                except (OSError, ValueError, KeyError):
                    pass
                time.sleep(0.2)
            time.sleep(max(0.0, every - (time.perf_counter() - started)))
    finally:
        connection.close()


def delete_published(published: list[Published]) -> None:
    from django.db import connection

    from blog.models import BlogPostPage

    for entry in published:
        BlogPostPage.objects.filter(title=entry.title).delete()
    connection.close()


def percentile(values: list[float], share: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def server_errors(log_path: Path) -> int:
    """5xx lines in the server's JSON request log."""
    count = 0
    for line in log_path.read_text(errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and int(record.get("status") or 0) >= 500:
            count += 1
    return count


def report(args, stats: Stats, elapsed: float, published: list[Published], log_path: Path) -> int:
    total = sum(len(values) for values in stats.latencies.values())
    errors = sum(stats.errors.values())
    print(
        f"\n{args.readers} readers for {elapsed:.1f} s against gunicorn ({args.workers} workers), PostgreSQL"
    )
    print(
        f"{'kind':<12} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}"
    )
    for kind in KINDS:
        values = stats.latencies.get(kind, [])
        if not values:
            print(f"{kind:<12} {0:>9}")
            continue
        p50, p95, p99 = (percentile(values, share) * 1000 for share in (50, 95, 99))
        print(
            f"{kind:<12} {len(values):>9} {len(values) / elapsed:>8.1f} {p50:>8.0f} {p95:>8.0f} {p99:>8.0f} "
            f"{stats.errors.get(kind, 0):>7}"
        )
    print(f"{'all':<12} {total:>9} {total / elapsed:>8.1f} {'':>8} {'':>8} {'':>8} {errors:>7}")
    for sample in stats.samples:
        print(f"  error: {sample}")
    found = [entry.searchable_after for entry in published if entry.searchable_after is not None]
    missing = [entry.title for entry in published if entry.searchable_after is None]
    if published:
        publish_times = [entry.publish_seconds * 1000 for entry in published]
        print(
            f"editor: {len(published)} pages published"
            f" (median {statistics.median(publish_times):.0f} ms each); "
            f"{len(found)} searchable through /api/v1/search"
            + (
                f" after at most {max(found):.2f} s (median {statistics.median(found):.2f} s)"
                if found
                else ""
            )
        )
    for title in missing:
        print(f"  not searchable within {args.searchable_timeout:.0f} s: {title}")
    server_5xx = server_errors(log_path)
    print(f"server: {server_5xx} responses with status 5xx in the request log ({log_path})")
    failed = (
        errors or missing or server_5xx or not published or any(not stats.latencies.get(k) for k in KINDS)
    )
    print("load: FAILED" if failed else "load: OK (0 errors)")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--publish-every", type=float, default=2.0, help="seconds between the editor's pages")
    parser.add_argument("--searchable-timeout", type=float, default=15.0)
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument(
        "--database-url", default=os.environ.get("LOAD_DATABASE_URL", DEFAULT_DATABASE_URL), help="PostgreSQL"
    )
    parser.add_argument("--media-root", type=Path, default=None, help="default: a folder per database")
    parser.add_argument(
        "--fresh", action="store_true", help="drop and recreate the database and media folder first"
    )
    parser.add_argument("--static-root", type=Path, default=ROOT / "static_collected")
    parser.add_argument(
        "--template",
        help="a migrated PostgreSQL database to copy when the database is created (`make test` gives the test"
        " template, migrated once per run): the migrations are not run again (about 12 CPU s)",
    )
    parser.add_argument(
        "--prepare-only",
        action="store_true",
        help="prepare the database (anew with --fresh) and exit: `make test` does it beside the test"
        " stages, so that only the measured part runs alone",
    )
    parser.add_argument(
        "--prepared",
        action="store_true",
        help="the static files in --static-root are collected already (by a --prepare-only run, or in `make"
        " test` by the browser site's preparation): they are not collected again (about 14 CPU s)",
    )
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url must be a PostgreSQL URL")
    if not 1 <= args.readers <= 500 or not 1 <= args.seconds <= 600:
        parser.error("--readers must be 1–500 and --seconds 1–600 (a bounded run)")
    args.port = args.port or free_port()
    args.base = f"http://127.0.0.1:{args.port}"
    database_name = urllib.parse.urlsplit(args.database_url).path.lstrip("/")
    args.media_root = args.media_root or Path(tempfile.gettempdir()) / f"decnet-load-media-{database_name}"

    with tempfile.TemporaryDirectory(prefix="decnet-load-") as work_name:
        work = Path(work_name)
        env = server_environment(args, work)
        os.environ.update(env)
        ensure_database(args.database_url, fresh=args.fresh, template=args.template)
        if args.fresh and args.media_root.exists():
            shutil.rmtree(args.media_root)
        import django

        django.setup()
        prepare_site(static_files=not args.prepared)
        if args.prepare_only:
            return 0
        pages, documents = targets()
        if not pages or not documents:
            raise SystemExit("the site has no pages or no documents to read")
        from django.db import connection

        connection.close()
        log_path = Path(tempfile.gettempdir()) / f"decnet-load-{database_name}.log"
        server = start_server(args, env, log_path)
        stats, published = Stats(), []
        try:
            started = time.monotonic()
            deadline = started + args.seconds
            threads = [
                threading.Thread(
                    target=reader, args=(n, args.base, pages, documents, deadline, stats), daemon=True
                )
                for n in range(args.readers)
            ]
            threads.append(
                threading.Thread(
                    target=editor,
                    args=(args.base, args.publish_every, deadline, args.searchable_timeout, pages, published),
                    daemon=True,
                )
            )
            for thread in threads:
                thread.start()
            for thread in threads[:-1]:
                thread.join(timeout=max(0.0, deadline - time.monotonic()) + 45)
            elapsed = time.monotonic() - started  # the readers' time: requests in flight at the deadline end
            threads[-1].join(timeout=max(0.0, deadline - time.monotonic()) + args.searchable_timeout + 45)
        finally:
            stop_server(server)
            delete_published(published)
        return report(args, stats, elapsed, published, log_path)


if __name__ == "__main__":
    sys.exit(main())
