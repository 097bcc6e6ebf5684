"""A change to an object that indexed pages read (a topic, a country, its region, an author) updates them.

A page's document holds what it reads through its relations: the names of its topics, countries, regions
and authors in its text, their codes in its facet fields (an engine's ``facet_<name>``, the database's facet
rows, search.facet_rows). Wagtail updates a document when its own object is saved, not when a related one
is: a country moved to another region kept its posts under the old region's facet, and a renamed topic was
not found by its new name in its posts, until each post was saved again. Here a save or deletion of a
related object schedules the update of every indexed object that reads it (search.index_updates). Which
objects read which models is asked of the indexed models (their search fields' relations, the relations of
their ``facet_paths``), so a new relation or facet needs no edit here. A new object is read by none yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, partial

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.expressions import BaseExpression, F
from django.db.models.signals import post_delete, post_save, pre_delete
from modelsearch import index

from decnet import deferral
from search.index_updates import related_paths, schedule_updates


def _expression_paths(path) -> Iterator[str]:
    """The field paths a ``facet_paths`` entry reads: the path itself, or the ``F()`` paths of an
    expression (``Upper("countries__code")``)."""
    if isinstance(path, str):
        yield path
    elif isinstance(path, F):
        yield path.name
    elif isinstance(path, BaseExpression):
        for source in path.get_source_expressions():
            yield from _expression_paths(source)


def _relation_prefixes(model: type[models.Model], path: str) -> Iterator[tuple[str, type[models.Model]]]:
    """(prefix, related model) for each relation along ``path`` (``countries__region__slug``: countries ->
    Country, countries__region -> Region)."""
    parts = path.split("__")
    for depth, name in enumerate(parts):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return
        if not field.is_relation or field.related_model is None:
            return
        model = field.related_model
        yield "__".join(parts[: depth + 1]), model


@cache
def readers() -> dict[type[models.Model], tuple[tuple[type[models.Model], str], ...]]:
    """Related model -> (indexed model, path to it) pairs: which indexed objects read it, and through what."""
    found: dict[type[models.Model], set[tuple[type[models.Model], str]]] = {}
    for indexed in index.get_indexed_models():
        if not getattr(indexed, "search_auto_update", True):
            continue
        paths = set(related_paths(indexed, indexed.get_search_fields()))
        for entry in getattr(indexed, "facet_paths", {}).values():
            paths.update(_expression_paths(entry))
        for path in paths:
            for prefix, related in _relation_prefixes(indexed, path):
                found.setdefault(related, set()).add((indexed, prefix))
    return {related: tuple(sorted(pairs, key=lambda pair: (pair[0]._meta.label, pair[1])))
            for related, pairs in found.items()}  # fmt: skip


def _reading(instance: models.Model) -> list[tuple[type[models.Model], list]]:
    """(indexed model, ids) of the indexed objects that read ``instance``."""
    pairs = readers().get(type(instance), ())
    return [
        (indexed, pks)
        for indexed, path in pairs
        if (pks := list(indexed._default_manager.filter(**{path: instance}).values_list("pk", flat=True)))
    ]


def _update(readers_found: list[tuple[type[models.Model], list]]) -> None:
    """Now, or with the deferring block under way (decnet.deferral: a page's whole save, whose own update it
    joins, as when a page's author rows are saved with it; an import)."""
    for indexed, pks in readers_found:
        action, key = partial(schedule_updates, indexed), ("search", indexed._meta.label)
        if not all(deferral.defer(key, pk, action) for pk in pks):  # outside a block: defers none
            schedule_updates(indexed, pks)


def _on_save(sender, instance, created: bool = False, raw: bool = False, **kwargs) -> None:
    if not raw and not created and type(instance) in readers():
        _update(_reading(instance))


def _before_delete(sender, instance, **kwargs) -> None:
    """The readers are found before the deletion removes the links to them."""
    if type(instance) in readers():
        instance._decnet_index_readers = _reading(instance)


def _on_delete(sender, instance, **kwargs) -> None:
    _update(getattr(instance, "_decnet_index_readers", []))


def connect() -> None:
    post_save.connect(_on_save, dispatch_uid="search_related_updates_save")
    pre_delete.connect(_before_delete, dispatch_uid="search_related_updates_before_delete")
    post_delete.connect(_on_delete, dispatch_uid="search_related_updates_delete")
