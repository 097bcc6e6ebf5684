"""Bulk changes: the work a save sets off done once per object when the change ends, not once per save.

An import or a loader saves each page three times on its way to publication (created, revision saved,
published), and every save re-indexed the page for search and for Wagtail's references: two thirds of a
1,000-term glossary import went into that. Inside :func:`bulk_change` the handlers that do such work hand it
to :func:`defer` under a key, and each key's action runs once, for all its objects together, when the block
ends without an error, still inside the caller's transaction. The state is the
thread's own: a change made in another request meanwhile is indexed as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, nullcontext

from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update, reference_index_auto_update_disabled

from decnet.statistics import refresh_after_bulk_change

_state = threading.local()


def defer(key: Hashable, item: Hashable, action: Callable[[list], object]) -> bool:
    """Keep ``item`` for ``action``, called once at the end of the thread's bulk change with every item
    deferred under ``key`` (each once, in the order first deferred). False outside a bulk change: the caller
    does the work now."""
    actions = _active()
    if actions is None:
        return False
    items = actions.setdefault(key, (action, {}))[1]
    items[item] = None
    return True


@contextmanager
def bulk_change(using: str = "default") -> Iterator[None]:
    """Defer per-save indexing until the block ends (a block inside another joins the outer one). Then the
    deferred actions run and, once the change commits, the planner's statistics are refreshed."""
    if _active() is not None:
        yield
        return
    _state.actions = actions = {}
    try:
        # Wagtail's own per-save handler is switched off (see _index_references), unless the caller has
        # done so already (its switch does not nest).
        already_off = getattr(reference_index_auto_update_disabled, "value", False)
        with nullcontext() if already_off else disable_reference_index_auto_update():
            yield
    finally:
        _state.actions = None
    # Out of the bulk change: what these actions save is indexed at once, as usual.
    for action, items in actions.values():
        action(list(items))
    if actions:
        refresh_after_bulk_change(using)


def _active() -> dict | None:
    """The thread's deferred actions by key while it is in a bulk change, else None."""
    return getattr(_state, "actions", None)


def _index_references(
    sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs
) -> None:
    """Inside a bulk change, the reference index update Wagtail skips there, once per object at the end
    (from the object as the database then holds it)."""
    if raw or _active() is None or not ReferenceIndex.is_indexed(sender):
        return
    model = type(instance)

    def update(pks: list) -> None:
        for current in model._default_manager.filter(pk__in=pks):
            ReferenceIndex.create_or_update_for_object(current)

    defer(("references", model._meta.label), instance.pk, update)


def _forget_references(sender: type[models.Model], instance: models.Model, **kwargs) -> None:
    """Inside a bulk change, what Wagtail's delete handler (switched off there) does, at once."""
    if _active() is None or not ReferenceIndex.is_indexed(sender):
        return
    with transaction.atomic():
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


post_save.connect(_index_references, dispatch_uid="decnet.bulk.index_references")
post_delete.connect(_forget_references, dispatch_uid="decnet.bulk.forget_references")
