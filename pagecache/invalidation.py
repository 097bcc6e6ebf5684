"""What makes the cached pages stale: any change a reader could see on some page (docs/caching.md).

Pages: publish (a translation's publish too), unpublish, move, delete, and any other save of a live page
that changes more than Wagtail's draft bookkeeping (a page created live by a script). Around them: view
restrictions, snippets (taxonomy, people, footer texts), site settings (the footer's links, the library's
settings), images and documents (titles, files), sites, locales and editors' search promotions. Each starts
a new generation (traffic.generation.new_generation) now, and once more when the transaction commits: a page
rendered from the old content while the change was still uncommitted must not be stored as current. With a
frontend cache (Varnish, frontend.py), it is purged once the transaction commits.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from pagecache import frontend
from traffic.generation import new_generation

logger = logging.getLogger(__name__)

# Saves that change nothing a reader sees: a draft's revision bookkeeping, a file's size and hash.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "file_size",
        "file_hash",
    }
)
_OTHER_CONTENT = (PageViewRestriction, Site, Locale, AbstractImage, AbstractDocument, SearchPromotion)


def invalidate(**kwargs) -> None:
    _new_generation()
    transaction.on_commit(_new_generation)
    frontend.purge_on_commit()


def _new_generation() -> None:
    """An editor's publish must not fail because the cache is away: the error is logged, and the pages kept
    meanwhile expire after PAGE_CACHE_SECONDS."""
    try:
        new_generation()
    except Exception:
        logger.error("page cache unreachable: cached pages stay until they expire", exc_info=True)


def shown_to_readers(instance) -> bool:
    """Rows whose changes can show on a public page (renditions, counters and search entries cannot)."""
    if isinstance(instance, Page):
        return bool(instance.live)
    return isinstance(instance, (*_OTHER_CONTENT, *get_snippet_models(), *settings_registry))


def _saved(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    if raw or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    if shown_to_readers(instance):
        invalidate()


def _deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) or shown_to_readers(instance):
        invalidate()


def _related_changed(sender, instance, action: str, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and shown_to_readers(instance):
        invalidate()


def connect() -> None:
    page_published.connect(invalidate, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="pagecache-moved")
    post_save.connect(_saved, dispatch_uid="pagecache-saved")
    post_delete.connect(_deleted, dispatch_uid="pagecache-deleted")
    m2m_changed.connect(_related_changed, dispatch_uid="pagecache-related")
