"""Writing the counts: events are batched in memory per process, then applied as race-free increments.

A request only adds its event to this process's pending counts (microseconds). The counts are written when
they are due (IMPACT_FLUSH_SECONDS after the oldest pending event, or IMPACT_FLUSH_EVENTS pending counters),
after the response has been sent (`request_finished`), when the process exits, and before the dashboard or the
report reads them.

Every counter is a row keyed by its day (and page, document…). Applying a batch is one transaction of
`UPDATE … SET n = n + k`; only the first write of the day for a key inserts the row, and if another process
inserted it meanwhile the unique constraint rejects the second insert and the amount is added by an update.
Rows are always touched in the same order, so concurrent batches cannot deadlock. No count is lost whatever
the number of worker processes; a batch that cannot be written (database away) is kept for the next flush.
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale

from impact import clients
from impact.models import DailyDocumentDownloads, DailyPageViews, DailyProductDownloads, DailyVisits
from impact.rules import wants_no_tracking
from resources.models import ResourceFile

logger = logging.getLogger(__name__)

# Keys: ("page", day, page_id), ("visitors", day), ("sessions", day), ("download", day, document_id)
Counts = Counter


class PendingCounts:
    """This process's counts not yet written to the database; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
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


def product_attributions(document_id: int) -> list[tuple[int, str]]:
    """(product page id, file language) for every knowledge product that links the document.

    Translations of one product share a translation key and count as one product: the download is attributed
    to the version in the default locale when there is one (else the oldest), in the language of the file as
    the editors labelled it on that product.
    """
    default_locale_id = Locale.get_default().pk
    rows = (
        ResourceFile.objects.filter(document_id=document_id)
        .values_list("resource_id", "resource__translation_key", "resource__locale_id", "language")
        .order_by("resource_id", "sort_order", "pk")
    )
    chosen: dict = {}
    for resource_id, translation_key, locale_id, language in rows:
        rank = (locale_id != default_locale_id, resource_id)
        if translation_key not in chosen or rank < chosen[translation_key][0]:
            chosen[translation_key] = (rank, resource_id, language)
    return sorted((resource_id, language) for _, resource_id, language in chosen.values())


def apply_counts(counts: Counts) -> None:
    """Write counts in one transaction, rows in a fixed order: documents, pages, products, visits."""
    documents, pages, products, visits = {}, {}, {}, {}
    for key, amount in counts.items():
        kind, day, *rest = key
        if kind == "page":
            pages[(day, rest[0])] = amount
        elif kind == "download":
            documents[(day, rest[0])] = amount
        else:
            visitors, sessions = visits.get(day, (0, 0))
            visits[day] = (
                (visitors + amount, sessions) if kind == "visitors" else (visitors, sessions + amount)
            )
    attributions = {document_id: product_attributions(document_id) for _, document_id in documents}
    for (day, document_id), amount in documents.items():
        for product_id, language in attributions[document_id]:
            products[(day, document_id, product_id, language)] = amount
    with transaction.atomic():
        for (day, document_id), amount in sorted(documents.items()):
            increment(DailyDocumentDownloads, {"date": day, "document_id": document_id}, downloads=amount)
        for (day, page_id), amount in sorted(pages.items()):
            increment(DailyPageViews, {"date": day, "page_id": page_id}, views=amount)
        for (day, document_id, product_id, language), amount in sorted(products.items()):
            key = {"date": day, "document_id": document_id, "product_id": product_id, "language": language}
            increment(DailyProductDownloads, key, downloads=amount)
        for day, (visitors, sessions) in sorted(visits.items()):
            increment(DailyVisits, {"date": day}, visitors=visitors, sessions=sessions)


def flush() -> int:
    """Write this process's pending counts now; returns how many counters were written.

    Threads may flush at the same time: each takes its own share of the pending counts."""
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


def _flush_at_exit() -> None:
    try:
        flush()
    except Exception:
        logger.exception("impact: pending counts lost at exit")


atexit.register(_flush_at_exit)


def _record(*keys: tuple) -> None:
    pending.add(*keys)
    if flush_seconds() <= 0:  # configured to write through
        flush()


def record_page_view(
    page_id: int, day: datetime.date, new_visitor: bool = False, new_session: bool = False
) -> None:
    """Count one view of a page, and a new visitor and/or session if the view started one."""
    keys = [("page", day, page_id)]
    if new_visitor:
        keys.append(("visitors", day))
    if new_session:
        keys.append(("sessions", day))
    _record(*keys)


def record_download(document_id: int, day: datetime.date) -> None:
    """Count one download of a document (attributed to its products when written)."""
    _record(("download", day, document_id))


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
