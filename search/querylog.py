"""Writes and reads of the search query log (``SearchQueryDay``): daily counts per normalised query."""

import datetime
import logging

from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from hardening.sharedstore import brief_lock_wait
from search.models import SearchQueryDay
from search.text import normalise_query

logger = logging.getLogger(__name__)

REPORT_DAYS = 30
POPULAR_MIN_SEARCHES = 2
POPULAR_CACHE_SECONDS = 300


def record_search(query: str, total: int) -> None:
    """Count one search for today: its normalised words (nothing about who searched) and whether it found
    anything. A search is never refused because the log could not be written (e.g. SQLite's write lock held
    by a long import): the count is skipped."""
    try:
        with brief_lock_wait(), transaction.atomic():
            _record(query, total)
    except DatabaseError:
        logger.warning("search not logged: the database is busy")


def _record(query: str, total: int) -> None:
    normalised = normalise_query(query)[:255]
    if not normalised:
        return
    today = timezone.localdate()
    zero = 1 if total == 0 else 0
    changes = {"hits": F("hits") + 1, "zero_result_hits": F("zero_result_hits") + zero, "last_total": total}
    rows = SearchQueryDay.objects.filter(date=today, query=normalised)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            SearchQueryDay.objects.create(
                date=today, query=normalised, hits=1, zero_result_hits=zero, last_total=total
            )
    except IntegrityError:  # another request created today's row in the meantime
        rows.update(**changes)


def _since(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days - 1)


def _per_query(days: int):
    return (
        SearchQueryDay.objects.filter(date__gte=_since(days))
        .values("query")
        .annotate(searches=Sum("hits"), zero_results=Sum("zero_result_hits"))
    )


def popular_queries(limit: int = 8, days: int = REPORT_DAYS) -> list[str]:
    """Queries readers often make that find something: offered on the empty and the no-results page.

    A query must have been searched at least twice and have found results at least once, so a one-off or
    a string that matches nothing (for instance an insult typed to see it listed) is never shown. Cached for
    five minutes: the list changes slowly and the no-results page is the one a scraper hits most."""
    key = f"search:popular:{limit}:{days}"
    queries = cache.get(key)
    if queries is None:
        rows = (
            _per_query(days)
            .filter(searches__gte=POPULAR_MIN_SEARCHES, searches__gt=F("zero_results"))
            .order_by("-searches", "query")[:limit]
        )
        queries = [row["query"] for row in rows]
        cache.set(key, queries, POPULAR_CACHE_SECONDS)
    return queries


def top_queries(limit: int = 50, days: int = REPORT_DAYS) -> list[dict]:
    """The most searched queries of the last ``days`` days, with how many of those searches found nothing."""
    return list(_per_query(days).order_by("-searches", "query")[:limit])


def zero_result_queries(limit: int = 50, days: int = REPORT_DAYS) -> list[dict]:
    """Queries that found nothing in the last ``days`` days, most frequent first: content to write."""
    return list(_per_query(days).filter(zero_results__gt=0).order_by("-zero_results", "query")[:limit])


def ranking(
    start: datetime.date, end: datetime.date, *, zero_results: bool = False, limit: int = 20
) -> list[tuple[str, int]]:
    """(query, searches) between two days (both included), most frequent first; with ``zero_results``, only
    the searches that found nothing. The impact report's "top searches" and "searches without results"."""
    field = "zero_result_hits" if zero_results else "hits"
    rows = (
        SearchQueryDay.objects.filter(date__gte=start, date__lte=end)
        .values("query")
        .annotate(total=Sum(field))
        .filter(total__gt=0)
        .order_by("-total", "query")[:limit]
    )
    return [(row["query"], row["total"]) for row in rows]
