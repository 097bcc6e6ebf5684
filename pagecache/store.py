"""Where the page cache keeps its entries, and the one generation that makes them all stale at once.

Every entry carries the generation that was current when its request began. Any change that can alter what a
page shows (invalidation.py) starts a new generation: older entries are then misses and are overwritten as
pages are served again. A site whose pages show menus, listings, related items and footers on every page
cannot tell which pages one publish changes; starting over on each change is always right and cheap at a
few publishes a day.

The entries live in ``settings.PAGE_CACHE_ALIAS`` (per process in memory, or Redis), the generation in
``settings.PAGE_CACHE_GENERATION_ALIAS``, which every worker process must see (a file in /dev/shm shared by
the workers of one host, or Redis): an editor's publish handled by one worker makes the pages of all the
others stale. Both fall back to the default cache when the settings do not define them (tests).
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.http import HttpRequest, HttpResponse

# The generation (traffic.generation) is shared with the cached page chrome (decnet.fragments).
from traffic.generation import GENERATION_KEY, current_or_start, generations

HEADER = "X-Page-Cache"  # "hit" on a response from the cache, "miss" on one just stored

Entry = dict[str, Any]


def _alias(name: str) -> str:
    alias = getattr(settings, name, "default")
    return alias if alias in settings.CACHES else "default"


def entries() -> BaseCache:
    return caches[_alias("PAGE_CACHE_ALIAS")]


def key_for(request: HttpRequest) -> str:
    """One entry per scheme, host, path, query string and language: everything a public page's HTML may
    depend on for an anonymous reader (absolute URLs use the scheme and host; the language comes from the
    path prefix and is keyed too, for the pages outside it)."""
    material = "\n".join(
        (
            request.scheme,
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            getattr(request, "LANGUAGE_CODE", ""),
        )
    )
    return "pagecache:page:" + hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()


def current_generation() -> str:
    """The generation as the store has it now (read afresh: the chrome's copy is kept for the request)."""
    return current_or_start(generations().get(GENERATION_KEY))


def lookup(key: str) -> tuple[str, Entry | None]:
    """The current generation and the entry under ``key`` if it belongs to it (one round trip when both
    live in the same cache)."""
    if _alias("PAGE_CACHE_ALIAS") == _alias("PAGE_CACHE_GENERATION_ALIAS"):
        found = entries().get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
    else:
        generation, entry = generations().get(GENERATION_KEY), entries().get(key)
    generation = current_or_start(generation)
    if entry is not None and entry.get("generation") != generation:
        entry = None
    return generation, entry


def make_entry(generation: str, page_id: int, response: HttpResponse, nonce: str | None) -> Entry:
    """What is kept of a response: status, headers and body, each cut at the request's CSP nonce (when a
    template used one) so that a later request can put its own nonce back in (see ``replay``)."""

    def cut(value: str | bytes) -> tuple:
        if not nonce:
            return (value,)
        return tuple(value.split(nonce.encode() if isinstance(value, bytes) else nonce))

    headers = [(name, cut(value)) for name, value in response.items() if name != HEADER]
    return {
        "generation": generation,
        "page_id": page_id,
        "status": response.status_code,
        "headers": headers,
        "body": cut(response.content),
    }


def save(key: str, entry: Entry) -> None:
    entries().set(key, entry, getattr(settings, "PAGE_CACHE_SECONDS", 600))


def needs_nonce(entry: Entry) -> bool:
    return len(entry["body"]) > 1 or any(len(parts) > 1 for _name, parts in entry["headers"])


def replay(entry: Entry, nonce: str = "") -> HttpResponse:
    """The stored response, with ``nonce`` wherever the original request's nonce was."""
    response = HttpResponse(nonce.encode().join(entry["body"]), status=entry["status"])
    for name, parts in entry["headers"]:
        response[name] = nonce.join(parts)
    response[HEADER] = "hit"
    return response
