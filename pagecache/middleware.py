"""Serves public pages to anonymous readers from the page cache, and fills it (docs/caching.md).

It sits inside the impact counters (settings.MIDDLEWARE): a page answered from the cache is recorded as a
served page (traffic.served) and goes out through the same counting middleware as a rendered one, so the
same rules count it (readers yes, crawlers, prefetches and editors no). Every middleware above it runs on a
hit as on a render: the security headers and the CSP (with this request's nonce), the request log, gzip.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpRequest, HttpResponseBase
from wagtail.models import Page

from hardening.restrictions import translations_restrictions
from pagecache import frontend, store
from traffic import served

logger = logging.getLogger(__name__)

METHODS = ("GET", "HEAD")
NOT_PAGES = (served.ADMIN, served.API, served.STATIC)
# A response that may not be shared between readers says so in Cache-Control (Wagtail's restricted pages do).
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def may_use_cache(request: HttpRequest) -> bool:
    """Requests that may be answered from the cache: GET or HEAD outside the admin, the API and static
    files, from a client without a session (signed-in users, and readers who entered a page password, have
    one) and without credentials."""
    return (
        request.method in METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and served.served(request).kind not in NOT_PAGES
    )


def is_restricted(page: Page) -> bool:
    """A view restriction on the page, an ancestor, or another language version of either."""
    return bool(page.get_view_restrictions()) or bool(translations_restrictions(page))


def query_is_safe(request: HttpRequest, page: Page) -> bool:
    """No query string, or only parameters the page declares safe to cache (``cache_query_parameters``:
    short validated values such as a listing's facets, sort and page number)."""
    if not request.META.get("QUERY_STRING"):
        return True
    return set(request.GET) <= set(getattr(page, "cache_query_parameters", ()))


def may_store(request: HttpRequest, response: HttpResponseBase) -> bool:
    """A public page's successful view, the same for every anonymous reader: no draft or preview, no
    restriction, no cookie (its own, a session or a CSRF token it used), nothing private, no Vary."""
    page = served.served_page(request, response)
    if page is None or request.method != "GET" or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or (session is not None and session.modified):
        return False  # the outer middleware would set a cookie on this response
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in PRIVATE_DIRECTIVES) or response.has_header("Vary"):
        return False
    return query_is_safe(request, page) and not is_restricted(page)


def page_reference(page_id: int) -> Page:
    """The served page for the counters, without a query: every field but the id loads on first use."""
    return Page.from_db(DEFAULT_DB_ALIAS, ["id"], [page_id])


class PageCacheMiddleware:
    """Answers from the cache when it can, stores what it may; fails open when the cache is unreachable. With
    a frontend cache (frontend.py) it also tells Varnish which of its responses it may keep."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        page_cache, shared = getattr(settings, "PAGE_CACHE", False), frontend.enabled()
        if not (page_cache or shared) or not may_use_cache(request):
            return self.get_response(request)
        try:
            key = store.key_for(request)
            generation, entry = store.lookup(key) if page_cache else (store.current_generation(), None)
        except Exception:
            logger.warning("page cache unreachable; rendering %s", request.path, exc_info=True)
            return self.get_response(request)
        nonce = getattr(request, "csp_nonce", None)
        if entry is not None and (nonce is not None or not store.needs_nonce(entry)):
            response = store.replay(entry, str(nonce) if store.needs_nonce(entry) else "")
            served.record(request, served.PAGE, page_reference(entry["page_id"]))
            if shared and not store.needs_nonce(entry):
                frontend.mark_shareable(response, entry["page_id"])
            return response
        response = self.get_response(request)
        if may_store(request, response):
            page = served.served_page(request, response)
            used_nonce = nonce.used if nonce is not None else None
            if page_cache:
                try:
                    store.save(key, store.make_entry(generation, page.pk, response, used_nonce))
                except Exception:
                    logger.warning("page cache unreachable; %s not stored", request.path, exc_info=True)
                else:
                    response[store.HEADER] = "miss"
            if shared and not used_nonce and still_current(generation):
                frontend.mark_shareable(response, page.pk)
        return response


def still_current(generation: str) -> bool:
    """No change was made while the page was rendered (else Varnish could keep content its purge missed)."""
    try:
        return store.current_generation() == generation
    except Exception:
        return False
