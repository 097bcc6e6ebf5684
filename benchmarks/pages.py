"""What each public page type costs to render: CPU per request, throughput, latency and SQL queries.

The demo site is served as production serves it (scripts/serve.py: production settings, gunicorn with 2
sync workers, the demo content in an SQLite file). Each endpoint gets a warm-up, then ``--seconds`` of
requests from ``--clients`` threads. Figures per endpoint:

- CPU ms/req: the user + system time of the gunicorn master and its workers (``/proc/<pid>/stat``) over the
  run, divided by the requests answered. The clients' own CPU is not in it, so it holds on a busy machine
  better than req/s does.
- x calib: the CPU ms/req as a multiple of the calibration view's, measured in the same run: ``/healthz``,
  a JSON view through the whole middleware stack with one SQL query. It makes runs on different machines
  comparable.
- req/s, p50 and p99 latency (ms) seen by the clients.
- SQL queries of one warm request through Django's test client (same settings and database).

The page rows measure rendering: the site runs with ``PAGE_CACHE=off``. Then the same site is served again
with the page cache on (pagecache/, docs/caching.md) and the calibration view and the ``(cached)`` rows are
measured there: a reader's view answered from the cache, counted as a page view like a rendered one (the
benchmark's clients send a browser User-Agent). The acceptance of issue 18: a cached anonymous view costs at
most 3x the calibration view (``x calib``; the line after the table says whether each cached row holds).

    .venv/bin/python benchmarks/pages.py                      # 5 s per endpoint, 4 clients
    .venv/bin/python benchmarks/pages.py --seconds 10 --rounds 3 --json out.json

Everything stays on 127.0.0.1. ``SEARCH_API_RATE_LIMIT=off`` (all clients share one address); nothing else
differs from production.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.serve import http_status, running_site, site_environment  # noqa: E402

CALIBRATION = ("calibration (/healthz)", "/healthz")
# (name, path or index to find the first item of, item path prefix)
ENDPOINTS: list[tuple[str, str, str | None]] = [
    ("home", "/en/", None),
    ("blog index", "/en/blog/", None),
    ("blog post", "/en/blog/", "/en/blog/"),
    ("library", "/en/resources/", None),
    ("product", "/en/resources/", "/en/resources/"),
    ("glossary index", "/en/glossary/", None),
    ("glossary term", "/en/glossary/", "/en/glossary/"),
    ("topic hub", "/en/topics/fiscal-decentralization/", None),
    ("country hub", "/en/countries/ke/", None),
    ("search page", "/en/search/?q=budget", None),
    ("search API", "/api/v1/search?q=budget", None),
]
# Pages measured again with the page cache on (names of ENDPOINTS rows).
CACHED = ["home", "blog post", "library", "product", "glossary term"]
CACHED_LIMIT = 3.0  # x calibration, issue 18's acceptance
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 decnet-benchmark"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Figures:
    name: str
    path: str
    requests: int
    errors: int
    cpu_ms: float
    per_second: float
    p50_ms: float
    p99_ms: float
    queries: int | None = None
    times_calibration: float | None = None


def fetch(url: str) -> int:
    return http_status(url, {"User-Agent": USER_AGENT}, timeout=30)


def first_item(base_url: str, index: str, prefix: str) -> str:
    """The first item a listing links to (a post, a product, a term)."""
    request = urllib.request.Request(base_url + index, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=30) as response:
        html = response.read().decode()
    pattern = re.compile(rf'href="({re.escape(prefix)}[a-z0-9-]+/)"')
    for match in pattern.finditer(html):
        if match.group(1) != index:
            return match.group(1)
    raise SystemExit(f"no item link under {prefix} on {index}")


def server_cpu_ticks(master: int) -> int:
    """utime + stime of the master and of its current children (the workers)."""
    pids = [master]
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        pids += [int(pid) for pid in children.read_text().split()]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total


def measure(base_url: str, master: int, name: str, path: str, seconds: float, clients: int) -> Figures:
    url = base_url + path
    for _ in range(10):  # warm-up: templates, caches, the workers' imports
        fetch(url)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal errors
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status = fetch(url)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors += status >= 400

    before = server_cpu_ticks(master)
    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    cpu_seconds = (server_cpu_ticks(master) - before) / CLOCK_TICKS
    count = len(latencies)
    ordered = sorted(latencies)
    return Figures(
        name=name,
        path=path,
        requests=count,
        errors=errors,
        cpu_ms=1000 * cpu_seconds / max(count, 1),
        per_second=count / wall,
        p50_ms=1000 * statistics.median(ordered),
        p99_ms=1000 * ordered[min(count - 1, int(count * 0.99))],
    )


QUERY_COUNTER = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=sys.argv[1])
counts = {}
for path in sys.argv[2:]:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    counts[path] = len(queries.captured_queries)
print(json.dumps(counts))
"""


def count_queries(folder: Path, paths: list[str], extra_env: dict[str, str]) -> dict[str, int]:
    env = {**site_environment(folder), **extra_env}
    result = subprocess.run(
        [sys.executable, "-c", QUERY_COUNTER, USER_AGENT, *paths],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"counting queries failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def print_table(rounds: list[list[Figures]]) -> list[Figures]:
    """Medians over the rounds, one row per endpoint."""
    merged = []
    for rows in zip(*rounds, strict=True):
        first = rows[0]
        merged.append(
            Figures(
                name=first.name,
                path=first.path,
                requests=sum(row.requests for row in rows),
                errors=sum(row.errors for row in rows),
                cpu_ms=statistics.median(row.cpu_ms for row in rows),
                per_second=statistics.median(row.per_second for row in rows),
                p50_ms=statistics.median(row.p50_ms for row in rows),
                p99_ms=statistics.median(row.p99_ms for row in rows),
                queries=first.queries,
                times_calibration=statistics.median(row.times_calibration or 0 for row in rows),
            )
        )
    header = f"{'endpoint':<24} {'CPU ms/req':>10} {'x calib':>8} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7}"
    print(f"{header} {'queries':>7} {'errors':>6}  path")
    for row in merged:
        queries = "-" if row.queries is None else str(row.queries)
        print(
            f"{row.name:<24} {row.cpu_ms:>10.1f} {row.times_calibration:>8.2f} {row.per_second:>7.1f} "
            f"{row.p50_ms:>7.1f} {row.p99_ms:>7.1f} {queries:>7} {row.errors:>6}  {row.path}"
        )
    cached = [row for row in merged if row.name.endswith("(cached)")]
    if cached:
        worst = max(row.times_calibration or 0 for row in cached)
        verdict = "holds" if worst <= CACHED_LIMIT else "does NOT hold"
        print(
            f"cached anonymous views: at most {worst:.2f}x the calibration view "
            f"(limit {CACHED_LIMIT:g}x: {verdict})"
        )
    return merged


def measure_phase(
    site, endpoints: list[tuple[str, str]], args: argparse.Namespace, extra_env: dict[str, str]
) -> list[list[Figures]]:
    """Rounds of every endpoint, the calibration view first; each row's cost as a multiple of it."""
    queries = count_queries(site.folder, [path for _name, path in endpoints], extra_env)
    rounds = []
    for _round in range(args.rounds):
        rows = [
            measure(site.base_url, site.pid, name, path, args.seconds, args.clients)
            for name, path in endpoints
        ]
        for row in rows:
            row.queries = queries.get(row.path)
            row.times_calibration = row.cpu_ms / rows[0].cpu_ms if rows[0].cpu_ms else None
        rounds.append(rows)
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5, help="measured seconds per endpoint and round")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--rounds", type=int, default=1, help="rounds (medians are printed)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    os.environ["SEARCH_API_RATE_LIMIT"] = "off"
    started = time.monotonic()
    uncached, cached = {"PAGE_CACHE": "off"}, {"PAGE_CACHE": "on"}
    # One folder (database, files) for both servers: the demo content is loaded once.
    kept = os.environ.get("BROWSER_SITE_DIR")
    scratch = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="decnet-bench-", dir=scratch) as temporary:
        folder = Path(kept or temporary)
        with running_site(folder, extra_env=uncached) as site:
            endpoints = [CALIBRATION[0:2]]
            for name, path, prefix in ENDPOINTS:
                endpoints.append((name, first_item(site.base_url, path, prefix) if prefix else path))
            print(f"site ready in {time.monotonic() - started:.0f} s at {site.base_url}; ", end="")
            print(f"{args.seconds:g} s x {args.clients} clients per endpoint, {args.rounds} round(s)")
            rounds = measure_phase(site, endpoints, args, uncached)
        paths = dict(endpoints)
        cached_endpoints = [
            ("calibration, cache on", CALIBRATION[1]),
            *((f"{name} (cached)", paths[name]) for name in CACHED),
        ]
        with running_site(folder, extra_env=cached) as site:
            cached_rounds = measure_phase(site, cached_endpoints, args, cached)
    rounds = [rows + cached_rows for rows, cached_rows in zip(rounds, cached_rounds, strict=True)]
    merged = print_table(rounds)
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in merged], indent=2))
    failed = [row.name for row in merged if row.errors]
    if failed:
        print(f"errors on: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
