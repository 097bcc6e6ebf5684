"""Where a page's rendering time goes: CPU per request in process, and a profile of it.

The pages of ``benchmarks/pages.py``, rendered through Django's test client with the production settings, the
demo content and the page cache off (as the benchmark's uncached rows), a browser User-Agent (counted as a
reader's view). No server, no clients: CPU time of this process, so it is the quickest way to see what a
change does to one page type. The calibration view (``/healthz``) is measured the same way; compare the
``x calib`` column between runs on a shared machine.

    .venv/bin/python benchmarks/profile_pages.py --folder /dev/shm/site          # every page type
    .venv/bin/python benchmarks/profile_pages.py --folder /dev/shm/site --profile "blog post"

``--folder`` holds the served site's database and files (``python -m scripts.serve prepare FOLDER`` builds
it; ``benchmarks/pages.py`` uses the same layout). ``--profile NAME`` prints the functions that take most of
that page's time (cProfile, cumulative and own time).
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.pages import CALIBRATION, ENDPOINTS, USER_AGENT  # noqa: E402
from scripts.serve import prepare, site_environment  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, required=True, help="the site's folder (database, media)")
    parser.add_argument("--requests", type=int, default=40, help="measured requests per page and round")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (medians are printed)")
    parser.add_argument("--profile", metavar="NAME", help="profile this page type (a row name)")
    parser.add_argument("--top", type=int, default=40, help="functions printed by --profile")
    args = parser.parse_args()

    env = {**site_environment(args.folder), "PAGE_CACHE": "off", "SEARCH_API_RATE_LIMIT": "off"}
    os.environ.update(env)
    args.folder.mkdir(parents=True, exist_ok=True)
    if not (args.folder / "prepared").exists():
        prepare(args.folder, env)

    import django

    django.setup()
    quiet = open(os.devnull, "w")  # noqa: SIM115 - the request log is formatted and written, but not shown
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        for handler in getattr(logger, "handlers", []):
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(quiet)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=USER_AGENT)

    def get(path: str):
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        return response

    rows = [CALIBRATION]
    for name, path, prefix in ENDPOINTS:
        if prefix:
            html = get(path).content.decode()
            links = [m for m in re.findall(rf'href="({re.escape(prefix)}[a-z0-9-]+/)"', html) if m != path]
            path = links[0]
        rows.append((name, path))

    if args.profile:
        path = dict(rows)[args.profile]
        for _ in range(5):
            get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            get(path)
        profiler.disable()
        stats = pstats.Stats(profiler).strip_dirs()
        print(f"{args.profile} {path}: {args.requests} requests")
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top // 2)
        return 0

    timings: dict[str, list[float]] = {name: [] for name, _path in rows}
    queries = {}
    for name, path in rows:
        get(path)
        with CaptureQueriesContext(connection) as captured:
            get(path)
        queries[name] = len(captured.captured_queries)
    for _round in range(args.rounds):
        for name, path in rows:
            for _ in range(3):
                get(path)
            started = time.process_time()
            for _ in range(args.requests):
                get(path)
            timings[name].append(1000 * (time.process_time() - started) / args.requests)
    calibration = statistics.median(timings[CALIBRATION[0]])
    print(f"load average {os.getloadavg()[0]:.2f}; {args.rounds} rounds x {args.requests} requests")
    print(f"{'page':<24} {'CPU ms/req':>10} {'x calib':>8} {'queries':>7}  path")
    for name, path in rows:
        cpu = statistics.median(timings[name])
        print(f"{name:<24} {cpu:>10.2f} {cpu / calibration:>8.2f} {queries[name]:>7}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
