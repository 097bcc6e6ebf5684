"""A page served by Varnish from its cache, against Varnish serving a static copy of the same page (issue 18).

The demo site is served as production serves it (scripts/serve.py: production settings, gunicorn with 2
workers) with the repository's Varnish in front (scripts/services/varnish.sh: the VCL of
scripts/services/varnish/decnet.vcl, and varnishncsa writing every hit to the log the counters read). The
same page's HTML is saved and served by a second varnishd, with Varnish's built-in VCL, from a plain file
server. Both are loaded with wrk in the same run, interleaved round by round, with a browser's User-Agent
and `Accept-Encoding: gzip` (both answer with the same gzipped body). Printed per round and as medians:
req/s of each and their ratio; the acceptance of issue 18 is a ratio of at least 0.5.

Then the counting cost: the hit log the run wrote is counted by ``manage.py count_frontend_hits`` (the
first ``--ingest-lines`` lines), and its rate (hits/s) is printed.

    .venv/bin/python benchmarks/frontend_cache.py                      # 3 rounds of 5 s, 32 connections
    .venv/bin/python benchmarks/frontend_cache.py --seconds 10 --rounds 3 --path /en/blog/
    SERVICES_DIR=... STACK_PORT=6091 .venv/bin/python benchmarks/frontend_cache.py --stack

``--stack`` measures the running `make stack` instead (its Varnish at STACK_PORT, PostgreSQL behind it; the
same SERVICES_DIR and STACK_PORT as scripts/stack.sh): the static copy is served as above, and the counting
figure is the stack's own counter (`count_frontend_hits --follow`) working through the hits of the run,
watched for ``--watch`` seconds: its rate and the backlog left.

wrk comes from Debian's package (installed when missing, as the services are); Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.serve import free_port, running_site, site_environment  # noqa: E402

VARNISH = ROOT / "scripts" / "services" / "varnish.sh"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
STATIC_VCL = """vcl 4.1;
backend default { .host = "127.0.0.1"; .port = "%d"; }
sub vcl_backend_response { set beresp.do_gzip = true; set beresp.ttl = 1h; }
"""


def ensure_wrk() -> str:
    for candidate in ("wrk", "/usr/bin/wrk"):
        if subprocess.run(["sh", "-c", f"command -v {candidate}"], capture_output=True).returncode == 0:
            return candidate
    subprocess.run(["bash", "-c", f"source {ROOT}/scripts/lib/apt.sh && apt_install wrk"], check=True)
    return "wrk"


def get(url: str, **headers: str) -> tuple[dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": BROWSER, **headers})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {k.lower(): v for k, v in response.getheaders()}, response.read()


def wrk(binary: str, url: str, seconds: float, connections: int) -> float:
    result = subprocess.run(
        [binary, "-t2", f"-c{connections}", f"-d{seconds:g}s", "--latency", "-H", f"User-Agent: {BROWSER}",
         "-H", "Accept-Encoding: gzip", url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    if "Non-2xx" in result.stdout or "Socket errors" in result.stdout:
        print(result.stdout)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


@contextmanager
def frontend(args: argparse.Namespace, work: Path) -> Iterator[tuple[str, Path, dict[str, str] | None]]:
    """The Varnish to measure: its URL, its hit log and the site's settings for counting (None: the stack's
    own counter counts)."""
    if args.stack:
        services = {**os.environ, "VARNISH_PORT": os.environ.get("STACK_PORT", "6081")}
        url = subprocess.check_output([VARNISH, "url"], env=services, text=True).strip()
        yield url, Path(subprocess.check_output([VARNISH, "log"], env=services, text=True).strip()), None
        return
    varnish_port = free_port()
    extra = {"FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}", "TRUSTED_PROXY_COUNT": "1"}
    services = {**os.environ, "SERVICES_DIR": str(work / "services"), "VARNISH_PORT": str(varnish_port)}
    with running_site(extra_env=extra) as site:
        services["VARNISH_BACKEND"] = site.base_url.removeprefix("http://")
        subprocess.run([VARNISH, "start"], env=services, check=True, stdout=subprocess.DEVNULL)
        try:
            hit_log = Path(subprocess.check_output([VARNISH, "log"], env=services, text=True).strip())
            yield f"http://127.0.0.1:{varnish_port}", hit_log, {**site_environment(site.folder), **extra}
        finally:
            subprocess.run([VARNISH, "stop"], env=services, check=False, stdout=subprocess.DEVNULL)


def count_sample(hit_log: Path, work: Path, env: dict[str, str], limit: int) -> None:
    """Count the first ``limit`` hits of the run with ``count_frontend_hits`` and print its rate."""
    time.sleep(1)
    sample = work / "sample.log"
    with hit_log.open("rb") as source, sample.open("wb") as target:
        for number, line in enumerate(source):
            if number >= limit:
                break
            target.write(line)
    lines = sample.read_bytes().count(b"\n")
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, "manage.py", "count_frontend_hits", str(sample)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    elapsed = time.monotonic() - started
    print(f"counting the hit log: {output} in {elapsed:.1f} s (process start included): "
          f"{lines / elapsed:,.0f} hits/s")  # fmt: skip


def counted_offset(hit_log: Path) -> int:
    """Where the stack's counter is in the log (impact/frontendlog.py keeps it in LOG.position)."""
    try:
        return int(json.loads(hit_log.with_name(hit_log.name + ".position").read_text())["offset"])
    except (OSError, ValueError, KeyError):
        return 0


def watch_counter(hit_log: Path, run_start: int, seconds: float) -> None:
    """The stack's own counter against the hits of the run: its rate while watched, the backlog left."""
    run_end = hit_log.stat().st_size

    def lines_between(start: int, end: int) -> int:
        with hit_log.open("rb") as log:
            log.seek(start)
            return log.read(max(0, end - start)).count(b"\n")

    run_hits = lines_between(run_start, run_end)
    first = max(counted_offset(hit_log), run_start)
    started = time.monotonic()
    while time.monotonic() - started < seconds and counted_offset(hit_log) < run_end:
        time.sleep(0.5)
    elapsed = time.monotonic() - started
    last = max(counted_offset(hit_log), run_start)
    counted = lines_between(first, min(last, run_end))
    left = lines_between(max(last, run_start), run_end)
    rate = counted / elapsed if elapsed else 0
    print(f"the stack's counter: {run_hits:,} hits logged by the run; {counted:,} counted in {elapsed:.0f} s "
          f"watched: {rate:,.0f} hits/s; {left:,} still to count"
          + (f" (about {left / rate:,.0f} s more)" if left and rate else ""))  # fmt: skip


def stop_static(processes: list[subprocess.Popen], static_work: Path) -> None:
    """Stop the file server and the second varnishd (once)."""
    for process in processes:
        process.terminate()
        process.wait()
    pid_file = static_work / "pid"
    if pid_file.exists():
        subprocess.run(["kill", pid_file.read_text().strip()], check=False)
        pid_file.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", default="/en/", help="the page (default: the English home page)")
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--ingest-lines", type=int, default=20000)
    parser.add_argument("--stack", action="store_true", help="measure the running `make stack`")
    parser.add_argument("--watch", type=float, default=30, help="--stack: seconds to watch its counter")
    args = parser.parse_args()
    binary = ensure_wrk()
    work = Path(tempfile.mkdtemp(prefix="decnet-frontend-bench-"))
    try:
        measure(args, binary, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # once every Varnish is stopped (their pid files are here)
    return 0


def measure(args: argparse.Namespace, binary: str, work: Path) -> None:
    file_port, static_port = free_port(), free_port()
    processes: list[subprocess.Popen] = []
    static_work = work / "static-varnish"
    with frontend(args, work) as (base_url, hit_log, count_env):
        try:
            page_url = f"{base_url}{args.path}"
            headers, html = get(page_url)
            headers, _ = get(page_url)
            if headers.get("x-frontend-cache") != "hit":
                raise SystemExit(f"{args.path} is not kept by Varnish: {headers}")
            run_start = hit_log.stat().st_size if hit_log.exists() else 0
            copy = work / "copy"
            copy.mkdir()
            (copy / "index.html").write_bytes(html)
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "http.server", str(file_port), "--bind", "127.0.0.1"],
                    cwd=copy,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )  # fmt: skip
            )
            static_work.mkdir()
            (static_work / "static.vcl").write_text(STATIC_VCL % file_port)
            subprocess.run(
                ["varnishd", "-j", "none", "-a", f"127.0.0.1:{static_port}", "-n", str(static_work / "n"),
                 "-P", str(static_work / "pid"), "-s", "malloc,64m", "-f", str(static_work / "static.vcl")],
                check=True, env={**os.environ, "PATH": os.environ["PATH"] + ":/usr/sbin"},
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
            static_url = f"http://127.0.0.1:{static_port}/index.html"
            for _ in range(30):
                try:
                    get(static_url, **{"Accept-Encoding": "gzip"})
                    break
                except OSError:
                    time.sleep(0.2)
            where = "the running `make stack`" if args.stack else "the demo under gunicorn"
            print(f"page {args.path} of {where}: {len(html):,} bytes of HTML; {args.rounds} rounds of "
                  f"{args.seconds:g} s, {args.connections} connections, wrk -t2, gzip")  # fmt: skip
            rows = []
            for round_number in range(1, args.rounds + 1):
                order = [("page", page_url), ("static", static_url)]
                if round_number % 2 == 0:
                    order.reverse()
                figures = {name: wrk(binary, url, args.seconds, args.connections) for name, url in order}
                ratio = figures["page"] / figures["static"]
                rows.append((figures["page"], figures["static"], ratio))
                print(f"round {round_number}: page through Varnish {figures['page']:>10,.0f} req/s   "
                      f"static copy {figures['static']:>10,.0f} req/s   ratio {ratio:.2f}")  # fmt: skip
            page, static, ratio = (statistics.median(column) for column in zip(*rows, strict=True))
            verdict = "holds" if ratio >= 0.5 else "FAILS"
            print(f"median: page {page:,.0f} req/s, static copy {static:,.0f} req/s, ratio {ratio:.2f} "
                  f"(issue 18: >= 0.5, {verdict})")  # fmt: skip
            stop_static(processes, static_work)  # done with it: its CPU goes back to the counter
            if count_env is None:
                watch_counter(hit_log, run_start, args.watch)
            else:
                count_sample(hit_log, work, count_env, args.ingest_lines)
        finally:
            stop_static(processes, static_work)


if __name__ == "__main__":
    sys.exit(main())
