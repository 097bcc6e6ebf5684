"""Search index updates: the database index in the request, the engine's through a Django task.

Wagtail's own handlers (modelsearch) update every configured backend when a page or snippet is saved, and
swallow an engine's failure: a page published while OpenSearch is down stays missing from it until the next
``update_index``. Here (wired by :mod:`search.wagtailsearch_app`):

- the database index (the default backend without an engine, the fallback beside one) is updated in the
  request, in the transaction of the change, as before;
- each engine backend gets a task, ``update_engine_index``, on the ``search`` task backend
  (``SEARCH_TASKS_BACKEND``). With the database backend (django-tasks-db, production's default beside an
  engine) the task row is written in the transaction of the change, so a publish and its index update commit
  together, and a worker (``manage.py task_worker``) runs it. With the immediate backend (development, tests,
  the embedded default) it runs at once in the request, as Wagtail's handlers did.

The task reads the object's current state (so retries and duplicates are harmless: the last run writes what
the database holds) and, when the engine does not take it (down, unreachable, overloaded: no answer, a 5xx, a
408 or a 429), enqueues itself again after a bounded backoff, for as long as that lasts. An engine's refusal
of the document itself (another 4xx) fails the task, logged, instead of looping. The backoff bounds the wait
once the engine is back, and ``task_worker`` shortens it: while updates wait it asks the engine whether it
takes writes again (``engine_takes_writes``, a cheap health request) and runs the waiting updates as soon as
it does; it also merges the queued duplicates of one object into one run, and puts back in the queue the
runs a killed worker abandoned. See docs/search-cluster.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import task
from modelsearch import index, signal_handlers
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

from decnet import deferral
from search.engine import backend_for

logger = logging.getLogger(__name__)

TASK_BACKEND = "search"  # the alias in settings.TASKS


def _auto_updated_aliases() -> list[str]:
    return [
        alias
        for alias, params in settings.WAGTAILSEARCH_BACKENDS.items()
        if params.get("AUTO_UPDATE", True) is not False
    ]


def engine_aliases() -> list[str]:
    """The auto-updated backends that are external engines (their updates go through the task)."""
    return [alias for alias in _auto_updated_aliases() if is_engine(backend_for(alias))]


def is_engine(backend) -> bool:
    """An external engine (OpenSearch, Elasticsearch), as opposed to an index in the site's own database."""
    return isinstance(backend, ElasticsearchBaseSearchBackend)


def retry_delay(attempt: int) -> float:
    """Seconds before retry number ``attempt + 1``: doubling from SEARCH_INDEX_RETRY_SECONDS, capped at
    SEARCH_INDEX_RETRY_MAX_SECONDS (the cap bounds how long an update waits once the engine is back)."""
    first = settings.SEARCH_INDEX_RETRY_SECONDS
    return min(settings.SEARCH_INDEX_RETRY_MAX_SECONDS, first * 2 ** min(attempt, 20))


# Refusals about the index rather than the document: seen while a cluster recovers its state after a restart
# (a write to the index alias answered "already exists as alias", the index not found yet). Retried like an
# engine that is down: the update waits for the index instead of being lost.
INDEX_STATE_ERRORS = frozenset({"invalid_index_name_exception", "index_not_found_exception"})


def _error_type(error: Exception) -> str | None:
    kind = getattr(error, "error", None)  # opensearch-py: the type as a string
    if isinstance(kind, str):
        return kind
    body = getattr(error, "body", None)  # elasticsearch 8
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return body["error"].get("type")
    return None


def is_transient(error: Exception) -> bool:
    """Worth retrying: anything but the engine's refusal of the document itself (a 4xx besides 408, 429 and
    the index-state errors above). Connection errors and timeouts carry no HTTP status."""
    status = getattr(error, "status_code", None)  # opensearch-py
    if not isinstance(status, int):
        status = getattr(getattr(error, "meta", None), "status", None)  # elasticsearch 8
    if isinstance(status, int) and 400 <= status < 500:
        return status in (408, 429) or _error_type(error) in INDEX_STATE_ERRORS
    return True


def is_unreachable(error: Exception) -> bool:
    """No answer at all (refused, reset, timed out), as opposed to an answer that says no."""
    return is_transient(error) and not isinstance(
        getattr(error, "status_code", None) or getattr(getattr(error, "meta", None), "status", None), int
    )


# Engine aliases an update found unreachable in this process since the worker last saw them take writes:
# the worker (search/management/commands/task_worker.py) watches them and releases the waiting updates.
unreachable_engines: set[str] = set()

PROBE_TIMEOUT = 2.0  # seconds: a health request that takes longer counts as "not back yet"


def engine_takes_writes(alias: str) -> bool:
    """Whether the engine ``alias`` answers and has every primary shard (cluster health green or yellow):
    the cheap question a worker asks while index updates wait for it."""
    client = backend_for(alias).es
    try:
        if hasattr(client, "options"):  # elasticsearch 8
            health = client.options(request_timeout=PROBE_TIMEOUT, max_retries=0).cluster.health()
        else:  # opensearch-py
            health = client.cluster.health(request_timeout=PROBE_TIMEOUT)
    except Exception:  # noqa: BLE001 - any failure means "not back yet"
        return False
    return health.get("status") in ("green", "yellow")


def related_paths(model: type[models.Model], fields: Iterable, prefix: str = "") -> Iterator[str]:
    """The relations the search fields read (``index.RelatedFields``, nested: ``countries__region``), each
    a real relation of the model; a related field named after a method or property is left out."""
    for field in fields:
        if not isinstance(field, index.RelatedFields):
            continue
        try:
            relation = model._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            continue
        if relation.related_model is None:
            continue
        path = f"{prefix}{field.field_name}"
        yield path
        yield from related_paths(relation.related_model, field.fields, f"{path}__")


def indexed_objects(model: type[models.Model], pks: Iterable) -> dict:
    """pk -> the object as it is indexed (None: not to be indexed), for the objects of ``pks`` that exist,
    with every relation its search fields read prefetched. Without, building a document reads each relation
    once per search field and each nested one once per related object: indexing a post read the database
    17 times with one author, topic and country, 29 times with three of each; 7 times now, however many.
    (modelsearch's ``get_indexed_objects`` prefetches too, but leaves ParentalManyToManyField relations out
    and, for pages, keeps one page type only.)"""
    paths = list(dict.fromkeys(related_paths(model, model.get_search_fields())))
    objects = list(model._default_manager.filter(pk__in=list(pks)).prefetch_related(*paths))
    # Whether each object is among the model's indexed objects, in one query for all of them rather than
    # modelsearch's one per object (an import or the demo loader indexes hundreds at once).
    indexable = set(
        model.get_indexed_objects().filter(pk__in=[obj.pk for obj in objects]).values_list("pk", flat=True)
    )
    found = {}
    for obj in objects:
        indexed = obj.get_indexed_instance()
        if indexed is not None and type(indexed) is not model:
            indexed = index.get_indexed_instance(obj)  # another class's object: that class's own check
        elif indexed is not None and indexed.pk not in indexable:
            indexed = None
        found[obj.pk] = indexed
    return found


def _pk_value(model: type[models.Model], pk):
    """A primary key as the model holds it (a task carries it as text)."""
    return model._meta.pk.to_python(pk)


def _apply(backend, model: type[models.Model], pk) -> str:
    """Write the object's current state to ``backend``: its document, or no document once it is gone."""
    indexed = indexed_objects(model, [pk]).get(_pk_value(model, pk))
    if indexed is not None:
        backend.add(indexed)
        return "indexed"
    backend.delete(model(pk=pk))
    return "removed"


@task(backend=TASK_BACKEND)
def update_engine_index(alias: str, app_label: str, model_name: str, pk: str, attempt: int = 0) -> str:
    """Bring the engine ``alias`` up to date with one object; enqueue again later if the engine fails."""
    model = apps.get_model(app_label, model_name)
    try:
        return _apply(backend_for(alias), model, pk)
    except Exception as error:  # noqa: BLE001 - sorted below: transient failures are retried
        if not is_transient(error):
            raise
        if is_unreachable(error):
            unreachable_engines.add(alias)
        if not update_engine_index.get_backend().supports_defer:
            # The immediate backend has no queue to wait in: the database index was updated, the engine
            # catches up with the next `update_index` (what Wagtail's own handlers did).
            logger.warning(
                "Search engine %r did not take %s.%s %s (%s: %s); not retried without a task worker",
                alias, app_label, model_name, pk, type(error).__name__, error,
            )  # fmt: skip
            return "not retried"
        delay = retry_delay(attempt)
        update_engine_index.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            alias, app_label, model_name, pk, attempt + 1
        )
        logger.warning(
            "Search engine %r did not take %s.%s %s (%s: %s); retry %d in %.1f s",
            alias, app_label, model_name, pk, type(error).__name__, error, attempt + 1, delay,
        )  # fmt: skip
        return f"retry in {delay:g} s"


def schedule_updates(model: type[models.Model], pks: list) -> None:
    """The index updates for saved or deleted objects of one model: database indexes now, in one write each
    (every SQLite index write also recomputes the title norms over the whole index), engines through a task
    per object."""
    meta = model._meta
    # pk -> the object to index, or None (not to be indexed): read once, for any database index.
    indexed = None
    for alias in _auto_updated_aliases():
        backend = backend_for(alias)
        if is_engine(backend):
            for pk in pks:
                update_engine_index.enqueue(alias, meta.app_label, meta.model_name, str(pk))
            continue
        if indexed is None:
            indexed = indexed_objects(model, pks)
        backend.add_bulk(model, [obj for obj in indexed.values() if obj is not None])
        for pk in pks:
            if indexed.get(_pk_value(model, pk)) is None:  # gone, or not to be indexed: no document
                backend.delete(model(pk=pk))


def schedule_update(instance: models.Model) -> None:
    """:func:`schedule_updates` for one saved or deleted object."""
    schedule_updates(type(instance), [instance.pk])


def _on_save(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:  # fixtures being loaded
        return
    # In a deferring block (decnet.deferral: a page's whole save, an import, a loader) the object is indexed
    # once, as the block ends, from the database as it then holds the object.
    model = type(instance)
    if not deferral.defer(("search", model._meta.label), instance.pk, partial(schedule_updates, model)):
        schedule_update(instance)


def _on_delete(sender, instance, **kwargs) -> None:
    schedule_update(instance)


def _save_uid(model: type[models.Model]) -> str:
    return f"search_index_save_{model._meta.label}"


def route_index_updates() -> None:
    """Replace Wagtail's (modelsearch's) save and delete handlers of every auto-updated indexed model."""
    for model in index.get_indexed_models():
        if not getattr(model, "search_auto_update", True):
            continue
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
        post_delete.disconnect(signal_handlers.post_delete_signal_handler, sender=model)
        post_save.connect(_on_save, sender=model, dispatch_uid=_save_uid(model))
        post_delete.connect(_on_delete, sender=model, dispatch_uid=f"search_index_delete_{model._meta.label}")


@contextmanager
def updates_on_save_paused(paused_models: Iterable[type[models.Model]]) -> Iterator[list[type[models.Model]]]:
    """Saves of these models update no index meanwhile (process-wide: for loaders and tests that save a page
    several times and index it once at the end, with ``schedule_update``). Yields the models paused."""
    paused = [
        model for model in paused_models if post_save.disconnect(sender=model, dispatch_uid=_save_uid(model))
    ]
    try:
        yield paused
    finally:
        for model in paused:
            post_save.connect(_on_save, sender=model, dispatch_uid=_save_uid(model))
