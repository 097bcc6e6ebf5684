"""The one place that talks to Wagtail search backends: matching, autocomplete, health, engine fallback.

When a real engine (OpenSearch, Elasticsearch) is configured, the database backend is configured too, under
``settings.SEARCH_FALLBACK_BACKEND``, and kept up to date by Wagtail's signal handlers. If the engine fails,
the query is answered from the database index, the answer is flagged ``degraded`` and a warning is logged; for
``SEARCH_ENGINE_RETRY_SECONDS`` afterwards the engine is skipped, so an outage does not slow every request
down.
"""

import hashlib
import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

DEFAULT_ALIAS = "default"
ENGINE_PLAIN_REQUEST_HITS = 100
_backends: dict[str, object] = {}


@dataclass(frozen=True)
class EngineAnswer:
    """Page ids in the engine's order, and whether they came from the fallback index."""

    ids: list[int]
    degraded: bool


def _config(alias: str) -> dict | None:
    return settings.WAGTAILSEARCH_BACKENDS.get(alias)


def _config_key(alias: str) -> str:
    config = _config(alias) or {}
    return hashlib.sha1(json.dumps([alias, config], sort_keys=True, default=str).encode()).hexdigest()


def backend_for(alias: str):
    """A backend instance per configuration (engine clients keep their connection pools between requests)."""
    key = _config_key(alias)
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


def engine_in_use() -> bool:
    """A real engine (OpenSearch, Elasticsearch) is configured and not marked down: searches ask it, not the
    database."""
    return isinstance(backend_for(DEFAULT_ALIAS), ElasticsearchBaseSearchBackend) and not engine_marked_down()


def fallback_alias() -> str | None:
    """The alias of the database backend used when the engine fails, or None when there is no engine."""
    alias = getattr(settings, "SEARCH_FALLBACK_BACKEND", None)
    if alias and alias != DEFAULT_ALIAS and _config(alias) is not None:
        return alias
    return None


def engine_name(alias: str = DEFAULT_ALIAS) -> str:
    """Short name of the configured backend module, e.g. ``opensearch2`` or ``database``."""
    config = _config(alias) or {"BACKEND": "wagtail.search.backends.database"}
    return config["BACKEND"].rsplit(".", 1)[-1]


def _breaker_key() -> str:
    return f"search:engine-down:{_config_key(DEFAULT_ALIAS)}"


def engine_marked_down() -> bool:
    return fallback_alias() is not None and bool(cache.get(_breaker_key()))


def _mark_engine_down(error: Exception, action: str) -> None:
    logger.warning(
        "Search engine %s failed during %s (%s: %s); answering from the database index",
        engine_name(),
        action,
        type(error).__name__,
        error,
    )
    cache.set(_breaker_key(), True, timeout=settings.SEARCH_ENGINE_RETRY_SECONDS)


def _run(action: str, call) -> tuple[object, bool]:
    """Run ``call(backend)`` on the engine, or on the fallback index if the engine fails or is marked down."""
    fallback = fallback_alias()
    if fallback is None:
        return call(backend_for(DEFAULT_ALIAS)), False
    if not engine_marked_down():
        try:
            return call(backend_for(DEFAULT_ALIAS)), False
        except Exception as error:  # noqa: BLE001 - any engine failure (connection, timeout, 4xx/5xx) degrades
            _mark_engine_down(error, action)
    return call(backend_for(fallback)), True


def in_language(backend, language: str | None):
    """The backend reading the query as words of ``language`` (a code; None: of every language). Backends
    with one analysis for every language (SQLite, the engines) are returned as they are; the PostgreSQL one
    (search.backends.database_postgres) takes each language's text-search configuration."""
    for_language = getattr(backend, "for_language", None)
    return for_language(language) if for_language is not None else backend


def matching_ids(query: str, queryset: QuerySet, limit: int, language: str | None) -> EngineAnswer:
    """Ids of the pages of ``queryset`` matching every word of ``query``, best first (at most ``limit``);
    ``language`` is the code of the pages' language (None: they may be in any language)."""

    def call(backend) -> list[int]:
        backend = in_language(backend, language)
        results = backend.search(query, queryset.only("pk"), operator="and", order_by_relevance=True)
        if not isinstance(backend, ElasticsearchBaseSearchBackend):
            return [page.pk for page in results[:limit]]
        # Elasticsearch-style backends switch to the slower scroll API when asked for more than 100 hits. Most
        # queries match fewer: ask for the first 100 in one plain request, and scroll only if there are more.
        ids = [page.pk for page in results[: min(limit, ENGINE_PLAIN_REQUEST_HITS)]]
        if len(ids) == ENGINE_PLAIN_REQUEST_HITS and limit > ENGINE_PLAIN_REQUEST_HITS:
            ids.extend(page.pk for page in results[ENGINE_PLAIN_REQUEST_HITS:limit])
        return ids

    ids, degraded = _run("search", call)
    return EngineAnswer(ids=ids, degraded=degraded)


def autocomplete_ids(query: str, queryset: QuerySet, limit: int) -> EngineAnswer:
    """Ids of the pages whose title (or glossary abbreviation) starts with the words of ``query``."""

    def call(backend) -> list[int]:
        results = backend.autocomplete(query, queryset.only("pk"), operator="and", order_by_relevance=True)
        return [page.pk for page in results[:limit]]

    ids, degraded = _run("autocomplete", call)
    return EngineAnswer(ids=ids, degraded=degraded)


def check_engine() -> dict:
    """Status of the configured search backend, checked with a real (tiny) query; clears the fallback flag."""
    status = {"backend": engine_name(), "status": "ok"}
    try:
        list(backend_for(DEFAULT_ALIAS).search("healthcheck", Page.objects.all())[:1])
    except Exception as error:  # noqa: BLE001 - reported, not raised: this feeds /healthz
        status.update(status="error", error=type(error).__name__)
        return status
    cache.delete(_breaker_key())
    return status
