"""Work a save sets off (search and reference indexing), deferred until the change it belongs to is whole.

Two kinds of change defer it: a bulk change (:mod:`decnet.bulk`: an import or a loader saves each page three
times on its way to publication, and each save re-indexed it) and a single save of a page, which writes the
page's relations only after Django's ``post_save`` (:func:`whole_save`). Inside :func:`deferring` the
handlers that do such work hand it to :func:`defer` under a key, and each key's action runs once, for all its
objects together, when the block ends without an error, still inside the caller's transaction. The state is
the thread's own: a change made in another request meanwhile is indexed as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager, nullcontext

from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import ReferenceIndex

_state = threading.local()


def defer(key: Hashable, item: Hashable, action: Callable[[list], object]) -> bool:
    """Keep ``item`` for ``action``, called once at the end of the thread's deferring block with every item
    deferred under ``key`` (each once, in the order first deferred). False outside a deferring block: the
    caller does the work now."""
    actions = _active()
    if actions is None:
        return False
    items = actions.setdefault(key, (action, {}))[1]
    items[item] = None
    return True


@contextmanager
def whole_save() -> Iterator[None]:
    """One save as a bulk change of one object (no statistics refresh): the work it sets off runs once the
    save is whole. A page (a ``ClusterableModel``) writes its child relations and many-to-many fields
    (authors, files, topics, countries) after Django's ``post_save``, and the indexes read it from the
    database: at ``post_save`` a post whose topics an editor changed was indexed with its old topics, in the
    search index and the engine's facet fields, until its next save."""
    with deferring():
        yield


@contextmanager
def deferring() -> Iterator[dict]:
    """While the block runs, :func:`defer` keeps the work; it runs when the block ends without an error.
    Yields the deferred actions (an empty dict when the block joins an outer one, which runs them)."""
    if _active() is not None:
        yield {}
        return
    # Imported here: Wagtail's signal handlers load the page model, and this module loads with the models.
    from wagtail.signal_handlers import (
        disable_reference_index_auto_update,
        reference_index_auto_update_disabled,
    )

    # Wagtail's own per-save reference indexing is switched off and done here, once per object at the end
    # (_index_references); unless the caller has switched it off already (a loader, the test factories, which
    # index references once themselves): then neither indexes them meanwhile.
    already_off = getattr(reference_index_auto_update_disabled, "value", False)
    actions: dict = {}
    _state.actions, _state.references = actions, not already_off
    try:
        with nullcontext() if already_off else disable_reference_index_auto_update():
            yield actions
    finally:
        _state.actions = None
    # Out of the block: what these actions save is indexed at once, as usual.
    for action, items in actions.values():
        action(list(items))


def _active() -> dict | None:
    """The thread's deferred actions by key while a deferring block runs, else None."""
    return getattr(_state, "actions", None)


def _indexes_references() -> bool:
    """Whether the thread's deferring block (if any) took reference indexing over from Wagtail's handler."""
    return _active() is not None and getattr(_state, "references", False)


def _index_references(
    sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs
) -> None:
    """Inside a deferring block, the reference index update Wagtail skips there, once per object at the end
    (from the object as the database then holds it)."""
    if raw or not _indexes_references() or not ReferenceIndex.is_indexed(sender):
        return
    model = type(instance)

    def update(pks: list) -> None:
        for current in model._default_manager.filter(pk__in=pks):
            ReferenceIndex.create_or_update_for_object(current)

    defer(("references", model._meta.label), instance.pk, update)


def _forget_references(sender: type[models.Model], instance: models.Model, **kwargs) -> None:
    """Inside a deferring block, what Wagtail's delete handler (switched off there) does, at once."""
    if not _indexes_references() or not ReferenceIndex.is_indexed(sender):
        return
    with transaction.atomic():
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)


post_save.connect(_index_references, dispatch_uid="decnet.deferral.index_references")
post_delete.connect(_forget_references, dispatch_uid="decnet.deferral.forget_references")
