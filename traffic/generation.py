"""The generation: one token, shared by every worker process, that any change readers could see replaces.

Pages and page chrome kept in a cache (decnet.fragments, pagecache) are stored under the generation current
when their request began, and values a worker keeps in its own memory (``in_process``) are tagged with it:
one new generation (pagecache/invalidation.py starts it on a publish, an unpublish, a move, a deletion, a
snippet, site-setting or view-restriction change) makes all of them stale at once. It lives here, at the
bottom of the layers, so that the request plumbing below the chrome (``traffic.visibility``) can keep what it
reads across requests by the same rule.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import BaseCache, caches

from traffic.scope import forget, remember, serving

T = TypeVar("T")
logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"


def generations() -> BaseCache:
    """Where the generation is kept: a store every worker process sees (PAGE_CACHE_GENERATION_ALIAS)."""
    alias = getattr(settings, "PAGE_CACHE_GENERATION_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def new_generation() -> None:
    """Make every cached page and fragment stale (a random token: two changes never share a generation)."""
    generations().set(GENERATION_KEY, secrets.token_hex(8), None)


def current_or_start(generation: str | None) -> str:
    """``generation`` as read, or, when none was ever started, the one the first worker to get here starts."""
    if generation is not None:
        return generation
    cache = generations()
    cache.add(GENERATION_KEY, secrets.token_hex(8), None)
    return cache.get(GENERATION_KEY) or ""


def _read_generation() -> str:
    return current_or_start(generations().get(GENERATION_KEY))


def current_generation() -> str:
    """The generation, read once per request."""
    return remember("decnet.fragments.generation", _read_generation)


_in_process: dict[str, tuple[str, Any]] = {}


def in_process(name: str, build: Callable[[], T]) -> T:
    """``build()`` once per generation in this worker process, kept in its memory: for a value most requests
    read that changes only with the generation (a set of thousands of names, the site's view restrictions).
    Each request reads the shared generation, so a change anywhere starts it afresh in every process.
    Outside a request, or when the generation's store is away, ``build()`` every time."""
    if not serving():
        return build()
    try:
        generation = current_generation()
    except Exception:  # the store is away: built as if nothing were kept
        logger.error("generation store unreachable: building %s", name, exc_info=True)
        return build()
    kept = _in_process.get(name)
    if kept is None or kept[0] != generation:
        kept = (generation, build())
        _in_process[name] = kept
    return kept[1]


def forget_in_process(name: str) -> None:
    """Drop what this process keeps for ``name``: what it was built from changed during this request, whose
    generation (read once, at its start) does not say so yet."""
    _in_process.pop(name, None)


def kept(name: str, build: Callable[[], T]) -> T:
    """``in_process`` and, should the generation's store be away, at most once per request all the same."""
    return remember(name, lambda: in_process(name, build))


def forget_kept(name: str) -> None:
    """Drop what ``kept`` keeps for ``name``, in this request and in this process: what it was built from
    changed during this request."""
    forget(name)
    forget_in_process(name)
