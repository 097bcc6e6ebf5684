"""The frontend cache (Varnish) in front of the site: what it may keep, and purging it (docs/caching.md).

The site says which responses Varnish may keep, rather than Varnish guessing: exactly the pages the page
cache may keep (public pages for anonymous readers, middleware.may_store), rendered from the content that
is still current when the response leaves, and without a CSP nonce (Varnish cannot stamp a fresh one). They
carry ``Surrogate-Control: max-age=FRONTEND_CACHE_SECONDS``, which only Varnish reads (the VCL removes it),
and ``X-Frontend-Page: <page id>``, which Varnish logs for the counters when it answers from its cache
(``manage.py count_frontend_hits``) and removes too.

Any change readers could see (invalidation.py) purges Varnish through Wagtail's frontend_cache backends
(``WAGTAILFRONTENDCACHE``, set from FRONTEND_CACHE_URL) once the change is committed: one PURGE per site,
which the repository's VCL turns into a ban of every page.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpResponseBase
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

logger = logging.getLogger(__name__)

SURROGATE_HEADER = "Surrogate-Control"
PAGE_HEADER = "X-Frontend-Page"


def enabled() -> bool:
    """Off unless a frontend cache is configured (FRONTEND_CACHE_URL)."""
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def mark_shareable(response: HttpResponseBase, page_id: int) -> None:
    """Let the frontend cache keep this page for FRONTEND_CACHE_SECONDS."""
    seconds = int(getattr(settings, "FRONTEND_CACHE_SECONDS", 600))
    response[SURROGATE_HEADER] = f"max-age={seconds}"
    response[PAGE_HEADER] = str(page_id)


def purge() -> None:
    """Purge every site's pages now (the VCL bans every page on any PURGE). Never fails a publish: the
    backends log what they could not purge, and the pages expire after FRONTEND_CACHE_SECONDS."""
    try:
        urls = sorted({site.root_url.rstrip("/") + "/" for site in Site.objects.all()})
        purge_urls_from_cache(urls)
    except Exception:
        logger.error("frontend cache not purged: pages stay until they expire", exc_info=True)


def purge_on_commit() -> None:
    """Purge once the change is committed, once per transaction however many rows it changed (before the
    commit, a reader's request could put the old content back into the cache)."""
    if not enabled():
        return
    pending = getattr(connection, "run_on_commit", None) or []
    if any(callback is purge for _savepoints, callback, *_rest in pending):
        return
    transaction.on_commit(purge)
