"""Writes and reads of the search query log (``SearchQueryDay``): daily counts per normalised query and
language, and "Popular searches", which only offers what several readers searched for and found."""

import datetime
import hashlib
import logging

from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.http import HttpRequest
from django.utils import timezone

from hardening import sharedstore
from hardening.sharedstore import brief_lock_wait
from multilingual.languages import LANGUAGES
from search.models import HiddenSearchQuery, SearchQueryDay
from search.text import normalise_query
from traffic.clienthash import address_hash

logger = logging.getLogger(__name__)

REPORT_DAYS = 30
# A query is offered as a popular search once this many distinct clients searched for it and found results
# (within REPORT_DAYS; a client is known for one day, docs/search.md).
POPULAR_MIN_CLIENTS = 3
POPULAR_CACHE_SECONDS = 300
# The one permission that shows logged queries: this report, the impact dashboard's search tables and exports.
QUERY_DATA_PERMISSION = "search.view_searchqueryday"

_LANGUAGE_CODES = frozenset(code for code, _name in LANGUAGES)
_GENERATION_KEY = "search:popular:generation"


def log_language(language: str | None) -> str:
    """The language a search is logged under: a code of the language table, or "" (unknown, e.g. ``all``)."""
    return language if language in _LANGUAGE_CODES else ""


def record_search(
    query: str,
    total: int,
    *,
    corrected: bool = False,
    language: str | None = None,
    request: HttpRequest | None = None,
) -> None:
    """Count one search for today: its normalised words as the reader typed them, its language, whether it
    found anything and, if it did, whether this client is new for the query today (nothing about who
    searched is stored). A search is never refused because the log could not be written (e.g. SQLite's write
    lock held by a long import): the count is skipped.

    ``corrected``: the words as typed found nothing and the ``total`` results came from the corrected
    spelling ("did you mean", search.spelling). The search is logged once, under what was typed, as answered
    by a correction: not a search without results (the reader saw results), and not a search that found
    results as typed, so no client is counted and its last total is 0. A misspelling therefore never becomes
    a popular search, however many readers make it."""
    normalised = normalise_query(query)[:255]
    if not normalised:
        return
    language = log_language(language)
    today = timezone.localdate()
    found_as_typed = total > 0 and not corrected
    new_client = (
        found_as_typed and request is not None and _first_from_client(request, today, language, normalised)
    )
    try:
        with brief_lock_wait(), transaction.atomic():
            _record(today, language, normalised, total, new_client, corrected=total > 0 and corrected)
    except DatabaseError:
        logger.warning("search not logged: the database is busy")


def _first_from_client(request: HttpRequest, day: datetime.date, language: str, query: str) -> bool:
    """True the first time today this client (address) makes this search in this language.

    The shared store keeps one opaque key per (client, language, query) until the end of the day: a SHA-256 of
    the site's daily keyed hash of the address and the query, so neither the address nor its hash is kept. A
    client is its address alone, not its User-Agent, which a script changes at will. Without a valid address,
    or when the store cannot answer, the client is not counted (a popular search needs proof, not a guess)."""
    client = address_hash(request, day)
    if client is None:
        return False
    material = "\n".join((client, language, query))
    digest = hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()
    now = timezone.localtime()
    end_of_day = datetime.datetime.combine(
        day + datetime.timedelta(days=1), datetime.time.min, tzinfo=now.tzinfo
    )
    try:
        return sharedstore.add(f"search:asker:{digest}", int((end_of_day - now).total_seconds()) + 60)
    except sharedstore.SharedStoreError:
        logger.warning("search client not counted: the shared store did not answer")
        return False


def _record(
    day: datetime.date, language: str, query: str, total: int, new_client: bool, *, corrected: bool
) -> None:
    zero = 1 if total == 0 else 0
    # What the words as typed found: nothing, when only the correction found results.
    last_total = 0 if corrected else total
    changes = {
        "hits": F("hits") + 1,
        "zero_result_hits": F("zero_result_hits") + zero,
        "corrected_hits": F("corrected_hits") + int(corrected),
        "clients": F("clients") + int(new_client),
        "last_total": last_total,
    }
    rows = SearchQueryDay.objects.filter(date=day, language=language, query=query)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            SearchQueryDay.objects.create(
                date=day,
                language=language,
                query=query,
                hits=1,
                zero_result_hits=zero,
                corrected_hits=int(corrected),
                clients=int(new_client),
                last_total=last_total,
            )
    except IntegrityError:  # another request created today's row in the meantime
        rows.update(**changes)


def _since(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days - 1)


def _per_query(days: int, *fields: str):
    return (
        SearchQueryDay.objects.filter(date__gte=_since(days))
        .values(*fields, "query")
        .annotate(
            searches=Sum("hits"),
            zero_results=Sum("zero_result_hits"),
            corrected=Sum("corrected_hits"),
            distinct_clients=Sum("clients"),
        )
    )


def popular_queries(language: str | None, limit: int = 8, days: int = REPORT_DAYS) -> list[str]:
    """What readers of one language search for and find: offered on that language's empty and no-results page.

    Only queries that at least POPULAR_MIN_CLIENTS distinct clients searched for and found results, whose
    latest search still found something, and that editors have not hidden; most clients first. One client
    repeating a query, however often, counts once a day, so nobody can fill the list alone. Cached for five
    minutes (the list changes slowly and the no-results page is the one a scraper hits most); a query hidden
    since is still dropped at once."""
    language = log_language(language)
    key = f"search:popular:{cache.get_or_set(_GENERATION_KEY, 0, None)}:{language}:{limit}:{days}"
    queries = cache.get(key)
    if queries is None:
        queries = _popular(language, limit, days)
        cache.set(key, queries, POPULAR_CACHE_SECONDS)
    if not queries:
        return []
    hidden = set(HiddenSearchQuery.objects.filter(query__in=queries).values_list("query", flat=True))
    return [query for query in queries if query not in hidden]


def _popular(language: str, limit: int, days: int) -> list[str]:
    candidates = [
        row["query"]
        for row in _per_query(days)
        .filter(language=language, distinct_clients__gte=POPULAR_MIN_CLIENTS)
        .exclude(query__in=HiddenSearchQuery.objects.values("query"))
        .order_by("-distinct_clients", "-searches", "query")[: limit * 2]
    ]
    # The latest day's last search of each candidate (rows newest first: the first seen per query wins).
    latest: dict[str, int] = {}
    rows = SearchQueryDay.objects.filter(language=language, query__in=candidates).order_by("-date")
    for query, last_total in rows.values_list("query", "last_total"):
        latest.setdefault(query, last_total)
    return [query for query in candidates if latest.get(query, 0) > 0][:limit]


def forget_popular(**_kwargs) -> None:
    """Start the popular lists afresh (a query was hidden or shown again): the next view recomputes them."""
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:  # no generation yet: nothing is cached under it either
        cache.set(_GENERATION_KEY, 1, None)


def top_queries(limit: int = 50, days: int = REPORT_DAYS) -> list[dict]:
    """The most searched queries of the last ``days`` days per language, with how many of those searches found
    nothing and how many distinct clients found something."""
    return list(_per_query(days, "language").order_by("-searches", "query", "language")[:limit])


def zero_result_queries(limit: int = 50, days: int = REPORT_DAYS) -> list[dict]:
    """Queries that found nothing in the last ``days`` days, per language, most frequent first: content to
    write."""
    rows = _per_query(days, "language").filter(zero_results__gt=0)
    return list(rows.order_by("-zero_results", "query", "language")[:limit])


def ranking(
    start: datetime.date, end: datetime.date, *, zero_results: bool = False, limit: int = 20
) -> list[tuple[str, int]]:
    """(query, searches) between two days (both included), every language together, most frequent first;
    with ``zero_results``, only the searches that found nothing. The impact report's "top searches" and
    "searches without results"."""
    field = "zero_result_hits" if zero_results else "hits"
    rows = (
        SearchQueryDay.objects.filter(date__gte=start, date__lte=end)
        .values("query")
        .annotate(total=Sum(field))
        .filter(total__gt=0)
        .order_by("-total", "query")[:limit]
    )
    return [(row["query"], row["total"]) for row in rows]
