"""Writing the counts: events are batched in memory per process, then applied as race-free increments.

A request only adds its event to this process's pending counts (microseconds). The counts are written when
they are due (IMPACT_FLUSH_SECONDS after the oldest pending event, or IMPACT_FLUSH_EVENTS pending counters):
after a response has been sent (`request_finished`), by a background thread when no request comes (so a
quiet site's figures are never more than IMPACT_FLUSH_SECONDS + 1 s behind), when the process exits or is
asked to stop (SIGTERM), and before the dashboard or the report reads them.

Every counter (impact.counters) is a row keyed by its day (and page, document…). Applying a batch is one
transaction of `UPDATE … SET n = n + k`; only the first write of the day for a key inserts the row, and if
another process inserted it meanwhile the unique constraint rejects the second insert and the amount is added
by an update. Rows are always touched in the same order, so concurrent batches cannot deadlock. No count is
lost whatever the number of worker processes; a batch that cannot be written (database away) is kept for the
next flush.
"""

import atexit
import datetime
import logging
import os
import signal
import threading
import time
from collections import Counter, defaultdict

from django.conf import settings
from django.db import IntegrityError, connections, models, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from impact import clients, counters
from impact.rules import wants_no_tracking

logger = logging.getLogger(__name__)

# Keys: (counter kind, day, *values), e.g. ("page", day, page_id) or ("download", day, document_id).
Counts = Counter


class PendingCounts:
    """This process's counts not yet written to the database; safe to share between threads."""

    def __init__(self) -> None:
        # Reentrant: the SIGTERM handler may flush while the main thread is adding an event.
        self._lock = threading.RLock()
        self._counts: Counts = Counter()
        self._oldest: float | None = None

    def add(self, *keys: tuple) -> int:
        """Add one event to each key; returns how many keys are pending."""
        with self._lock:
            for key in keys:
                self._counts[key] += 1
            if self._oldest is None:
                self._oldest = time.monotonic()
            return len(self._counts)

    def age(self) -> float | None:
        """Seconds since the oldest pending event, or None when nothing is pending."""
        with self._lock:
            return None if self._oldest is None else time.monotonic() - self._oldest

    def is_due(self, max_age: float, max_keys: int) -> bool:
        with self._lock:
            return self._oldest is not None and (
                time.monotonic() - self._oldest >= max_age or len(self._counts) >= max_keys
            )

    def take(self) -> Counts:
        with self._lock:
            counts, self._counts, self._oldest = self._counts, Counter(), None
            return counts

    def put_back(self, counts: Counts) -> None:
        with self._lock:
            self._counts.update(counts)
            if self._oldest is None:
                self._oldest = time.monotonic()


pending = PendingCounts()


def increment(model: type[models.Model], key: dict, **amounts: int) -> None:
    """Add each of `amounts` to its field of the row identified by `key`, creating the row if needed."""
    changes = {field: F(field) + amount for field, amount in amounts.items()}
    if model.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():  # a savepoint: a losing insert must not spoil an enclosing transaction
            model.objects.create(**key, **amounts)
    except IntegrityError:
        # Another process created the row between our update and our insert; it exists now.
        model.objects.filter(**key).update(**changes)


def apply_counts(counts: Counts) -> None:
    """Write counts in one transaction: each counter's rows (impact.counters), counters and rows in a fixed
    order. Counters sharing a model (visitors and sessions) add to the same row."""
    events: dict[str, dict[tuple, int]] = defaultdict(dict)
    for (kind, *key), amount in counts.items():
        events[kind][tuple(key)] = amount
    rows: dict[type[models.Model], dict[tuple, Counter]] = {}
    for counter in counters.COUNTERS:
        for (day, *values), amount in events.get(counter.derived_from or counter.kind, {}).items():
            keys = counter.derive(tuple(values)) if counter.derive else [tuple(values)]
            for key in keys:
                row = (("date", day), *zip(counter.key_fields, key, strict=True))
                rows.setdefault(counter.model, {}).setdefault(row, Counter())[counter.amount_field] += amount
    with transaction.atomic():
        for model, model_rows in rows.items():
            for row, amounts in sorted(model_rows.items()):
                increment(model, dict(row), **amounts)


# One batch written at a time per process. A flush that finds another thread's batch being written waits
# for it: when flush() returns, every count added before the call is in the database (the report, the
# dashboard and the tests read right after it), not still on its way. Reentrant, for the SIGTERM handler.
_writing = threading.RLock()


def flush() -> int:
    """Write this process's pending counts now; returns how many counters this call wrote."""
    with _writing:
        counts = pending.take()
        if not counts:
            return 0
        try:
            apply_counts(counts)
        except Exception:
            pending.put_back(counts)
            raise
        return len(counts)


def flush_if_due(**kwargs) -> None:
    """`request_finished` receiver: write the pending counts once they are old or many enough."""
    if pending.is_due(flush_seconds(), int(getattr(settings, "IMPACT_FLUSH_EVENTS", 200))):
        try:
            flush()
        except Exception:
            logger.exception("impact: could not write the pending counts; they are kept for the next try")


def flush_seconds() -> float:
    return float(getattr(settings, "IMPACT_FLUSH_SECONDS", 5))


class BackgroundFlusher:
    """One daemon thread per process that writes the pending counts once they are due, even when no request
    comes to do it. It sleeps while nothing is pending and is woken by the first new event."""

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid: int | None = None
        self._start_lock = threading.Lock()
        self.busy = threading.Lock()  # held while writing, so a process exiting waits for the write to end

    def notify(self) -> None:
        """An event was added: make sure the thread runs (once per process, also after a fork)."""
        if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
            with self._start_lock:
                if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
                    self._pid = os.getpid()
                    self._wake = threading.Event()
                    self._thread = threading.Thread(target=self._run, name="impact-flush", daemon=True)
                    self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.clear()
            age = pending.age()
            if age is None:
                self._wake.wait()
                continue
            remaining = flush_seconds() - age
            if remaining > 0:
                self._wake.wait(remaining)
                continue
            try:
                with self.busy:
                    flush()
            except Exception:
                logger.exception("impact: could not write the pending counts; they are kept for the next try")
                time.sleep(1)
            finally:
                connections.close_all()  # this thread's own connections: none stays open while it sleeps


flusher = BackgroundFlusher()


def background_flush_enabled() -> bool:
    return bool(getattr(settings, "IMPACT_BACKGROUND_FLUSH", True))


def flush_at_exit() -> None:
    """Write what is pending before the process ends (after any write in progress)."""
    acquired = flusher.busy.acquire(timeout=10)
    try:
        flush()
    except Exception:
        logger.exception("impact: pending counts lost at exit")
    finally:
        if acquired:
            flusher.busy.release()


atexit.register(flush_at_exit)


def _flush_and_stop(signum, frame) -> None:
    flush_at_exit()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def flush_on_terminate() -> bool:
    """Write the pending counts when the process is asked to stop (SIGTERM) and then stop as it would have.

    Only where nothing else handles SIGTERM (the development server, a plain process): gunicorn's workers
    have their own handler, stop gracefully and write the counts at exit. Called from ImpactConfig.ready."""
    if threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return False
    signal.signal(signal.SIGTERM, _flush_and_stop)
    return True


def _record(*keys: tuple) -> None:
    pending.add(*keys)
    if flush_seconds() <= 0:  # configured to write through
        flush()
    elif background_flush_enabled():
        flusher.notify()


def record_page_view(
    page_id: int, day: datetime.date, new_visitor: bool = False, new_session: bool = False
) -> None:
    """Count one view of a page, and a new visitor and/or session if the view started one."""
    keys = [(counters.PAGE_VIEW.kind, day, page_id)]
    if new_visitor:
        keys.append((counters.VISITOR.kind, day))
    if new_session:
        keys.append((counters.SESSION.kind, day))
    _record(*keys)


def record_download(document_id: int, day: datetime.date) -> None:
    """Count one download of a document (attributed to its products when written)."""
    _record((counters.DOWNLOAD.kind, day, document_id))


def count_page_view(request: HttpRequest, page, now: datetime.datetime | None = None) -> None:
    """Count a reader's view of `page`; recognise the visitor and session unless the client asked not to."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    new_visitor = new_session = False
    if not wants_no_tracking(request):
        client = clients.client_hash(request, day)
        new_visitor = clients.first_visit_today(client, now)
        new_session = clients.starts_session(client)
    record_page_view(page.pk, day, new_visitor=new_visitor, new_session=new_session)


def count_download(request: HttpRequest, document_id: int, now: datetime.datetime | None = None) -> bool:
    """Count a reader's download unless the same client had the same file counted in the last 30 minutes."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    if not clients.first_download_in_window(clients.client_hash(request, day), document_id):
        return False
    record_download(document_id, day)
    return True
