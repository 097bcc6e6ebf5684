"""Bulk changes: the work a save sets off done once per object when the change ends, not once per save.

An import or a loader saves each page three times on its way to publication (created, revision saved,
published), and every save re-indexed the page for search and for Wagtail's references: two thirds of a
1,000-term glossary import went into that. A bulk change defers that work (:mod:`decnet.deferral`) until it
ends, then refreshes the planner's statistics.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from decnet.deferral import deferring
from decnet.statistics import refresh_after_bulk_change


@contextmanager
def bulk_change(using: str = "default") -> Iterator[None]:
    """Defer per-save indexing until the block ends (a block inside another joins the outer one). Then the
    deferred actions run and, once the change commits, the planner's statistics are refreshed."""
    with deferring() as ran:
        yield
    if ran:
        refresh_after_bulk_change(using)
