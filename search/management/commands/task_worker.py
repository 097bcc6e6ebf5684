"""`manage.py task_worker`: runs the queued search index updates (django-tasks-db's worker, and more).

django-tasks-db's ``db_worker`` marks a task as running when it takes it; a worker killed meanwhile (SIGKILL,
the machine lost) leaves it so for good, and that index update would never happen. This worker runs the same
queue the same way, and before each look at the queue it puts back the index updates whose run was
abandoned: those taken by a worker of this machine that no longer exists (its id carries host and process
id), or running for longer than SEARCH_INDEX_TASK_ABANDONED_SECONDS. Running an index update twice is
harmless: each run writes the object's current state (search/index_updates.py).

Two more, so that a page published while the engine was down is searchable soon after its return, by design:

- **one run per object**: when it takes an index update, it marks the other queued updates of the same object
  (one publish queues one per save; each retry of an outage is one more) as merged into it. The run reads the
  object after they were committed (each was written in the transaction of its change), so it writes their
  changes too;
- **the engine watched**: while updates wait in their backoff after the engine was unreachable, it asks the
  engine once a second (SEARCH_INDEX_PROBE_SECONDS) whether it takes writes again (cluster health green or
  yellow) and, when it does, makes the waiting updates due at once. The backoff stays, for an engine that
  answers but refuses (overloaded) and as the bound when no probe can tell.

`make stack` starts one; docs/search-cluster.md.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import CommandError
from django.db import close_old_connections
from django.db.utils import OperationalError
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus, task_backends
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from search import index_updates
from search.index_updates import TASK_BACKEND, update_engine_index

logger = logging.getLogger("django_tasks_db")

HOST = socket.gethostname()[:40]


def new_worker_id() -> str:
    """Host and process id first, so that another worker can tell this one died (at most 64 characters)."""
    return f"{HOST}:{os.getpid()}:{get_random_string(12)}"


def _process_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in {"Z", "X"}  # a zombie ran its last
    except FileNotFoundError:
        return True
    except OSError:
        return False


def abandoned(result: DBTaskResult, older_than) -> bool:
    """A running task whose worker is gone: a process of this host that ended, or silent for too long."""
    if result.started_at is not None and result.started_at < older_than:
        return True
    host, _, rest = (result.worker_ids[-1] if result.worker_ids else "").partition(":")
    pid = rest.partition(":")[0]
    return host == HOST and pid.isdigit() and _process_gone(int(pid))


def requeue_abandoned(backend_name: str) -> int:
    """Put the abandoned runs of index updates back in the queue; return how many."""
    older_than = timezone.now() - timedelta(seconds=settings.SEARCH_INDEX_TASK_ABANDONED_SECONDS)
    running = DBTaskResult.objects.running().filter(
        backend_name=backend_name, task_path=update_engine_index.module_path
    )
    requeued = 0
    for result in running.only("id", "started_at", "worker_ids"):
        if abandoned(result, older_than):
            requeued += DBTaskResult.objects.filter(id=result.id, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.READY, started_at=None
            )
            logger.warning(
                "Index update %s abandoned by worker %s: queued again", result.id, result.worker_ids[-1:]
            )
    return requeued


def _same_object(result: DBTaskResult) -> dict:
    """Lookups for the updates of the same engine and object as ``result`` (its first four arguments)."""
    args = result.args_kwargs.get("args", [])[:4]
    return {f"args_kwargs__args__{n}": value for n, value in enumerate(args)}


def merge_queued_duplicates(result: DBTaskResult) -> int:
    """Mark the other queued updates of ``result``'s object as merged into it (call once ``result`` is
    claimed, before it runs: it then reads what they would have read). Return how many."""
    if result.task_path != update_engine_index.module_path or len(result.args_kwargs.get("args", [])) < 4:
        return 0
    duplicates = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY,
        backend_name=result.backend_name,
        task_path=result.task_path,
        **_same_object(result),
    ).exclude(id=result.id)
    # Rows another worker is claiming (locked) are left to it: waiting on them could deadlock two workers
    # merging each other's rows (PostgreSQL; SQLite's exclusive transaction serializes the workers anyway).
    ids = list(duplicates.select_for_update(skip_locked=True).values_list("id", flat=True))
    return DBTaskResult.objects.filter(id__in=ids, status=TaskResultStatus.READY).update(
        status=TaskResultStatus.SUCCESSFUL,
        finished_at=timezone.now(),
        return_value=f"merged into {result.id}",
    )


def waiting_updates(backend_name: str, alias: str):
    """The index updates for the engine ``alias`` that wait in their backoff (queued, due later)."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY,
        backend_name=backend_name,
        task_path=update_engine_index.module_path,
        run_after__gt=timezone.now(),
        run_after__lt=get_date_max(),
        args_kwargs__args__0=alias,
    )


class EngineWatch:
    """Asks the engines that updates wait for whether they are back, and releases those updates.

    An engine counts as down from an update that could not reach it (in this process) or a probe that failed,
    until a probe sees it take writes: then its waiting updates become due at once (so do those a worker finds
    waiting when it starts). An engine that answers and refuses (a 429) is left to the backoff."""

    def __init__(self, backend_name: str) -> None:
        self.backend_name = backend_name
        self.down: set[str] = set()
        self.probed: set[str] = set()
        self.probed_at = 0.0

    def check(self) -> int:
        """Probe (at most once per SEARCH_INDEX_PROBE_SECONDS); return how many updates were released."""
        if time.monotonic() - self.probed_at < settings.SEARCH_INDEX_PROBE_SECONDS:
            return 0
        self.probed_at = time.monotonic()
        self.down |= index_updates.unreachable_engines
        index_updates.unreachable_engines.clear()
        released = 0
        for alias in index_updates.engine_aliases():
            waiting = waiting_updates(self.backend_name, alias)
            if not waiting.exists():
                continue
            first_look = alias not in self.probed
            self.probed.add(alias)
            if not index_updates.engine_takes_writes(alias):
                self.down.add(alias)
            elif alias in self.down or first_look:
                self.down.discard(alias)
                count = waiting.update(run_after=timezone.now())
                released += count
                logger.info("Search engine %r takes writes: %d waiting index updates due now", alias, count)
        return released


class RecoveringWorker(Worker):
    """django-tasks-db's worker, taking one task at a time: it first recovers abandoned index updates, merges
    the queued duplicates of the one it takes, and watches the engine while updates wait for it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.watch = EngineWatch(self.backend_name)

    def take(self) -> DBTaskResult | None:
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            try:
                result = tasks.get_locked()
                if result is not None:
                    result.claim(self.worker_id)
                    merged = merge_queued_duplicates(result)
                    if merged:
                        logger.debug("Index update %s: %d queued duplicates merged", result.id, merged)
                return result
            except OperationalError as error:
                if is_locked_database_exception(error):
                    logger.debug("The queue is locked by another writer: looking again")
                    return None
                raise

    def run(self) -> None:
        logger.info("Starting task worker %s (queues %s)", self.worker_id, ",".join(self.queue_names))
        while self.running:
            close_old_connections()
            try:
                requeue_abandoned(self.backend_name)
            except OperationalError as error:
                if not is_locked_database_exception(error):
                    raise
            result = self.take()
            if result is not None:
                self.run_task(result)
            close_old_connections()
            if self.batch and result is None:
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            if self.running and result is None and not self.watch.check():
                time.sleep(self.interval)


class Command(DBWorkerCommand):
    help = "Run the queued search index updates (the task backend 'search'), recovering abandoned runs."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(backend_name=TASK_BACKEND, reload=False, worker_id=None)
        parser._option_string_actions["--backend"].type = str  # checked in handle, with a clearer message

    def handle(self, *, verbosity: int, queue_name: str, exclude_queues: str, **options) -> None:
        backend_name = options["backend_name"]
        if not isinstance(task_backends[backend_name], DatabaseBackend):
            raise CommandError(
                f"The task backend {backend_name!r} runs its tasks at once: no queue for a worker. "
                "Set SEARCH_TASKS_BACKEND=database (docs/search-cluster.md)."
            )
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = RecoveringWorker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=backend_name,
            startup_delay=False,
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"] or new_worker_id(),
            excluded_queue_names=excluded,
        )
        worker.configure_signals()
        worker.run()
