"""The impact counters, declared as data: a new counter is one `Counter` here and its daily model.

An event is recorded as `(kind, day, *values)`; `impact.services` writes each counter's rows from the events
of its kind (or, for a derived counter, from another kind's events: a download is also counted for every
knowledge product that links the file). The list's order is the order rows are written in, the same in
every process, so concurrent batches cannot deadlock.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models

from impact.models import DailyDocumentDownloads, DailyPageViews, DailyProductDownloads, DailyVisits
from resources.reporting import products_for_document


@dataclass(frozen=True)
class Counter:
    kind: str
    model: type[models.Model]
    key_fields: tuple[str, ...]  # besides the day ("date")
    amount_field: str
    # A derived counter: counted from `derived_from` events, each event's values mapped by `derive` to none,
    # one or several keys of this counter.
    derived_from: str | None = None
    derive: Callable[[tuple], list[tuple]] | None = None


def _products_of_document(values: tuple) -> list[tuple]:
    (document_id,) = values
    return [(document_id, product, language) for product, language in products_for_document(document_id)]


DOWNLOAD = Counter("download", DailyDocumentDownloads, ("document_id",), "downloads")
PAGE_VIEW = Counter("page", DailyPageViews, ("page_id",), "views")
PRODUCT_DOWNLOAD = Counter(
    "product_download",
    DailyProductDownloads,
    ("document_id", "product_id", "language"),
    "downloads",
    derived_from="download",
    derive=_products_of_document,
)
VISITOR = Counter("visitors", DailyVisits, (), "visitors")
SESSION = Counter("sessions", DailyVisits, (), "sessions")

COUNTERS = [DOWNLOAD, PAGE_VIEW, PRODUCT_DOWNLOAD, VISITOR, SESSION]
