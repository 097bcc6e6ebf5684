"""The search cluster (issue 18, point 5): three OpenSearch nodes, a replica per shard, index updates queued.

One real cluster for the module (scripts/services/opensearch.sh with OPENSEARCH_NODES=3, 256 MB of heap per
node, ports chosen at run time), the site under a real gunicorn with the database task backend, and real
task workers (`manage.py task_worker`) in processes of their own. One test walks through the three outages,
in order, on one site (building the site and the cluster is what costs; each phase asserts on its own):

1. one node of three stops during a stream of searches and publishes: no 5xx, every answer from the engine
   (none degraded), every page found all along, the pages published meanwhile found within 10 s;
2. the whole engine stops: the site answers from the database index; pages published meanwhile are found by
   the engine within 10 s of its return;
3. a worker is killed while it runs an index update (the engine frozen with SIGSTOP so that the run lasts):
   the next worker runs it again and the page is found; no update is lost.

It runs beside the engine tests: where an engine is configured (OPENSEARCH_URL or ELASTICSEARCH_URL, the
OpenSearch stage of scripts/test.sh, which also sets SEARCH_CLUSTER_TEST=1) or with SEARCH_CLUSTER_TEST=1;
SEARCH_CLUSTER_TEST=0 skips it. It starts its own cluster (it never touches the stage's node), needs Java and
Maven (a skip without them, a failure in CI) and SQLite (the site under gunicorn runs on a copy of the test
database). Transactional, so scripts/test.sh runs it in the stage's serial process. docs/search-cluster.md.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import connection

from search.management.commands.task_worker import HOST as WORKER_HOST
from tests.factories import BlogPostPageFactory
from tests.hardening.server import Server, gunicorn
from tests.search.conftest import ENGINE_URL, REQUIRE_SERVICES
from tests.search.script_node import PROJECT, seed_build
from tests.search.script_node import SCRIPT as OPENSEARCH

_CHOICE = os.environ.get("SEARCH_CLUSTER_TEST", "").strip().lower()
RUN_CLUSTER_TEST = _CHOICE in {"1", "true", "yes", "on"} or (not _CHOICE and bool(ENGINE_URL))

pytestmark = [
    pytest.mark.skipif(
        not RUN_CLUSTER_TEST,
        reason="the three-node cluster test runs beside the engine tests (OPENSEARCH_URL set) or with "
        "SEARCH_CLUSTER_TEST=1 (docs/search-cluster.md)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]

NODES = 3
WITHIN = 10  # seconds: a page published during an outage is found by the engine this soon after it


def free_run(count: int) -> int:
    """The first of ``count`` consecutive free loopback ports."""
    for _ in range(100):
        base = random.randint(20_000, 60_000 - count)
        sockets = []
        try:
            for port in range(base, base + count):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no free ports")


@dataclass
class Cluster:
    env: dict[str, str]
    folder: Path

    def run(self, *args: str, timeout: float = 600) -> str:
        result = subprocess.run(
            [str(OPENSEARCH), *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, f"opensearch.sh {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    @property
    def url(self) -> str:
        return self.run("url").strip()

    @property
    def pid(self) -> int:
        return int((self.folder / "opensearch" / "opensearch.pid").read_text())

    def get(self, path: str) -> object:
        for url in self.url.split(","):
            try:
                with urllib.request.urlopen(url + path, timeout=10) as response:
                    return json.load(response)
            except OSError:
                continue
        raise AssertionError(f"no node answers {path}")

    def primary_node(self, prefix: str) -> int:
        """The node holding the primary shard of the page index (the harshest node to lose)."""
        shards = self.get(f"/_cat/shards/{prefix}*?format=json")
        pages = [shard for shard in shards if "wagtailcore_page" in shard["index"]]
        names = {shard["node"] for shard in pages if shard["prirep"] == "p"}
        assert len(names) == 1, shards
        return int(names.pop().removeprefix("Node "))

    def wait_green(self) -> None:
        health = self.get("/_cluster/health?wait_for_status=green&timeout=60s")
        assert health["status"] == "green", health


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Cluster]:
    if connection.vendor != "sqlite":
        pytest.skip("the cluster test serves a copy of the SQLite test database (the engine stage's)")
    if subprocess.run(["sh", "-c", "command -v java && command -v mvn"], capture_output=True).returncode:
        if REQUIRE_SERVICES:
            pytest.fail("java and mvn are needed for the OpenSearch cluster")
        pytest.skip("java and mvn are needed for the OpenSearch cluster (scripts/services/opensearch.sh)")
    folder = tmp_path_factory.mktemp("cluster")
    seed_build(folder)
    env = {
        **os.environ,
        "SERVICES_DIR": str(folder),
        "OPENSEARCH_NODES": str(NODES),
        "OPENSEARCH_HEAP": "256m",
        "OPENSEARCH_START_TIMEOUT": "600",  # three nodes in one JVM, booting beside the other test stages
        "OPENSEARCH_PORT": str(free_run(NODES)),
        "OPENSEARCH_TRANSPORT_PORT": str(free_run(NODES)),
    }
    started = Cluster(env, folder)
    try:
        started.run("start", timeout=900)
        yield started
    finally:
        subprocess.run([str(OPENSEARCH), "stop"], env=env, capture_output=True, timeout=120)


# Publish as the admin does (a revision published, the transaction committed), in a process of its own; print
# the time of each publish.
PUBLISH = """
import sys, time
from django.utils.text import slugify
from blog.models import BlogIndexPage, BlogPostPage
parent = BlogIndexPage.objects.get(pk={parent})
for title in {titles!r}:
    post = BlogPostPage(title=title, slug=slugify(title), date="2026-12-01", summary="Local governance.")
    parent.add_child(instance=post)
    post.save_revision().publish()
    print(time.time(), flush=True)
"""


@dataclass
class Answer:
    at: float
    status: int
    degraded: bool | None
    titles: list[str]


@dataclass
class Site:
    server: Server
    env: dict[str, str]
    folder: Path
    blog_index: int
    workers: list[subprocess.Popen] = field(default_factory=list)

    def manage(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result

    def publish(self, *titles: str) -> dict[str, float]:
        script = PUBLISH.format(parent=self.blog_index, titles=list(titles))
        result = self.manage("shell", "--no-imports", "-c", script)
        return dict(zip(titles, map(float, result.stdout.split()), strict=True))

    @contextmanager
    def publishing(self, *titles: str) -> Iterator[Iterator[tuple[str, float]]]:
        """Publish in a process of its own and yield each title with the time of its publish as soon as it
        is done (so that the search for it starts then, not when the process has ended: on a loaded machine
        a Python process takes seconds to end)."""
        script = PUBLISH.format(parent=self.blog_index, titles=list(titles))
        process = subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
            cwd=PROJECT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

        def done() -> Iterator[tuple[str, float]]:
            for title in titles:
                line = process.stdout.readline()
                assert line, f"the publishing process ended early: {process.stderr.read()[-3000:]}"
                yield title, float(line)

        try:
            yield done()
        finally:
            process.stdout.read()
            assert process.wait(timeout=300) == 0, process.stderr.read()[-3000:]

    def search(self, words: str) -> Answer:
        url = f"{self.server.base_url}/api/v1/search?" + urllib.parse.urlencode({"q": words, "page_size": 50})
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                status, body = response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return Answer(time.time(), error.code, None, [])
        return Answer(time.time(), status, body["degraded"], [r["title"] for r in body["results"]])

    def found_by_engine(self, *titles: str, since: float, within: float = WITHIN, words: str = "") -> float:
        """Search (``words``, or the title's last word) until the engine (not the fallback) finds every page;
        the seconds from ``since`` to the answer that found them (``within`` at most, or the assertion says
        what happened). One search for several pages: on a loaded machine each search takes seconds."""
        trace = []
        title = ", ".join(titles)
        while True:
            asked = time.time()
            answer = self.search(words or titles[0].split()[-1])
            found = answer.status == 200 and not answer.degraded and set(titles) <= set(answer.titles)
            trace.append(
                f"{asked - since:.1f}-{answer.at - since:.1f}s:{answer.status}"
                + ("D" if answer.degraded else "")
                + ("F" if found else "")
            )
            if found and answer.at - since <= within:
                return answer.at - since
            if found or answer.at > since + within:

                def at(moment: float | None) -> str:
                    return f"{moment - since:+.1f}" if moment else "-"

                updates = [
                    f"{args[3]} {status} queued {at(queued)} ran {at(started)} to {at(finished)}: {value}"
                    for status, _, args, queued, started, finished, value in self.update_rows(timed=True)
                ]
                raise AssertionError(
                    f"{title!r} not found by the engine within {within} s; searches: {' '.join(trace)}; "
                    f"index updates: {updates}; the workers' log ends:\n{self.worker_log_tail()}"
                )
            time.sleep(0.2)

    def worker_log_tail(self, lines: int = 40) -> str:
        """The last timed lines of the workers' log (the engine client's tracebacks left out)."""
        if not (log := self.folder / "worker.log").exists():
            return "(no log)"
        timed = [line for line in log.read_text(errors="replace").splitlines() if line[:2] == "20"]
        return "\n".join(timed[-lines:])

    def start_worker(self) -> subprocess.Popen:
        """A task worker, returned once it is up and looks at the queue (a production worker runs all along:
        on a loaded machine, starting Django takes seconds that are not the index update's)."""
        path = self.folder / "worker.log"
        with path.open("ab") as log:
            worker = subprocess.Popen(
                [sys.executable, "manage.py", "task_worker", "--interval", "0.2", "-v", "2"],
                cwd=PROJECT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.workers.append(worker)
        started = f"Starting task worker {WORKER_HOST}:{worker.pid}:"
        deadline = time.time() + 120
        while started not in path.read_text(errors="replace"):
            assert worker.poll() is None, f"the task worker ended: {self.worker_log_tail()}"
            assert time.time() < deadline, f"the task worker did not start: {self.worker_log_tail()}"
            time.sleep(0.1)
        return worker

    def update_rows(self, timed: bool = False) -> list[tuple]:
        """The queued index updates: status, worker ids and arguments (and with ``timed``, the times it was
        queued, started and finished, and its return value), in the order they were queued."""
        with sqlite3.connect(self.server.database_url.removeprefix("sqlite:///"), timeout=30) as db:
            rows = db.execute(
                "SELECT status, worker_ids, args_kwargs, enqueued_at, started_at, finished_at, return_value "
                "FROM django_tasks_database_dbtaskresult "
                "WHERE task_path LIKE '%update_engine_index' ORDER BY enqueued_at, id"
            ).fetchall()
        if not timed:
            return [(status, json.loads(ids), json.loads(args)["args"]) for status, ids, args, *_ in rows]
        return [
            (status, json.loads(ids), json.loads(args)["args"], *map(_epoch, times), value)
            for status, ids, args, *times, value in rows
        ]


def _epoch(stamp: str | None) -> float | None:
    return datetime.fromisoformat(stamp).replace(tzinfo=UTC).timestamp() if stamp else None


@contextmanager
def stream_of_searches(site: Site, words: str) -> Iterator[list[Answer]]:
    """Searches one after another in a thread of their own, until the block ends."""
    answers: list[Answer] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            answers.append(site.search(words))
            time.sleep(0.05)  # a reader's pace, not a benchmark: the CPU is shared with the other tests

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield answers
    finally:
        done.set()
        reader.join(timeout=60)


@contextmanager
def site_on(cluster: Cluster, tmp_path: Path, blog_index) -> Iterator[Site]:
    env = {
        "OPENSEARCH_URL": cluster.url,
        "SEARCH_INDEX_PREFIX": f"cluster_{uuid.uuid4().hex[:8]}_",
        "SEARCH_TASKS_BACKEND": "database",
        "SEARCH_API_RATE_LIMIT": "off",
        "SEARCH_ENGINE_RETRY_SECONDS": "2",  # the site asks the engine again 2 s after a failure
        "SEARCH_ENGINE_TIMEOUT": "20",  # the CPU is shared: a slow answer is no failure here
    }
    with gunicorn(tmp_path / "site", workers=2, env=env) as server:
        site_env = {
            **os.environ,
            **env,
            "DJANGO_SETTINGS_MODULE": "decnet.settings.test",
            "DATABASE_URL": server.database_url,
        }
        site = Site(server, site_env, tmp_path / "site", blog_index.pk)
        site.manage("update_index", "-v", "0")
        try:
            yield site
        finally:
            for worker in site.workers:
                if worker.poll() is None:
                    worker.terminate()
                    try:
                        worker.wait(timeout=20)
                    except subprocess.TimeoutExpired:
                        worker.kill()
                        worker.wait()


def test_the_cluster_loses_a_node_then_the_whole_engine_then_a_worker_and_no_update_slow(
    cluster, blog_index, tmp_path
):
    before = ["Kestrel budgets", "Kestrel councils", "Kestrel transfers"]
    for title in before:
        BlogPostPageFactory(parent=blog_index, title=title)
    with site_on(cluster, tmp_path, blog_index) as site:
        prefix = site.env["SEARCH_INDEX_PREFIX"]
        cluster.wait_green()  # the page index has its replica
        site.start_worker()

        # 1. One node of three stops (the one with the primary shard) during searches and publishes.
        node = cluster.primary_node(prefix)
        with stream_of_searches(site, "kestrel") as answers:
            time.sleep(1)
            cluster.run("node-stop", str(node))
            try:
                titles = ("Kestrel in the outage ospreyone", "Kestrel osprey ospreytwo")
                with site.publishing(*titles) as published:
                    for title, at in published:
                        site.found_by_engine(title, since=at)
                deadline = at + WITHIN
                while len(answers) < 20 and time.time() < deadline:
                    time.sleep(0.1)
            finally:
                cluster.run("node-start", str(node))
        assert len(answers) >= 20, answers
        assert [a for a in answers if a.status >= 500] == []
        assert [a for a in answers if a.status != 200 or a.degraded] == []  # the engine answered each one
        assert all(set(before) <= set(a.titles) for a in answers)  # every page, all along
        cluster.wait_green()

        # 2. The whole engine stops; pages published meanwhile are found by it within 10 s of its return.
        everything = [str(n) for n in range(1, NODES + 1)]
        cluster.run("node-stop", *everything)
        try:
            published = site.publish("Kestrel dark harrierone", "Kestrel harriertwo", "Kestrel harrier3")
            meanwhile = site.search("harrierone")
            assert (meanwhile.status, meanwhile.degraded) == (200, True)  # from the database index
            assert meanwhile.titles == ["Kestrel dark harrierone"]
        finally:
            cluster.run("node-start", *everything)
        returned = time.time()
        site.found_by_engine(*published, since=returned, words="kestrel")
        cluster.wait_green()

        # 3. A worker killed while it runs an index update: the engine frozen, so the run lasts.
        os.kill(cluster.pid, signal.SIGSTOP)
        try:
            queued = len(site.update_rows())
            site.publish("Kestrel frozen merlinone")
            deadline = time.time() + 30
            while not any(row[0] == "RUNNING" for row in site.update_rows()[queued:]):
                assert time.time() < deadline, "the worker did not take the update"
                time.sleep(0.05)
            killed = site.workers[0]
            killed.kill()
            killed.wait()
        finally:
            os.kill(cluster.pid, signal.SIGCONT)
        site.start_worker()
        site.found_by_engine("Kestrel frozen merlinone", since=time.time(), within=30)
        # The frozen engine may still take the killed worker's request once it resumes: what proves that no
        # update is lost is the new worker running the abandoned one again. Wait until the queue is done.
        deadline = time.time() + 60
        rows = site.update_rows()[queued:]
        while any(status in ("READY", "RUNNING") for status, _, _ in rows):
            assert time.time() < deadline, f"the new worker left updates undone: {rows}"
            time.sleep(0.2)
            rows = site.update_rows()[queued:]
        abandoned = [row for row in rows if len(row[1]) == 2]  # taken by the killed worker, then the new one
        assert abandoned and all(status == "SUCCESSFUL" for status, _, _ in abandoned), rows
        assert abandoned[0][1][0].split(":")[1] == str(killed.pid)
