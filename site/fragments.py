"""The page chrome (menu, footer, feed links, language versions) kept in the cache across requests.

What the chrome shows changes only when editors publish, unpublish, move or delete a page or change a
snippet or a site setting: exactly the events that start a new page-cache generation (pagecache/
invalidation.py, docs/caching.md). Every fragment is stored under the generation current when its request
began, so one new generation makes all of them stale at once: there is no second invalidation scheme. The
generation itself (and ``in_process``, a worker's own memory of values kept per generation) is kept in
``traffic.generation``, below the chrome, so that the request plumbing can use it too; the page cache uses
the same one.

Fragments are plain values (strings, links, small dataclasses), no querysets. The one exception is routing's
(decnet/routing.py): the rows of the pages on a request's path, each request unpickling its own copy.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from django.core.cache import caches
from django.http import HttpRequest
from django.utils.translation import get_language

from traffic.generation import current_generation
from traffic.scope import remember, serving

T = TypeVar("T")
logger = logging.getLogger(__name__)

FRAGMENT_SECONDS = 24 * 3600  # a generation lasts until the next change; this only bounds forgotten entries
MANY_AT_MOST = 200  # values kept by one shared_many() call: a page of results, not every match


def lazy(build: Callable[[], T]) -> Callable[[], T]:
    """A template context value worked out only if a template reads it, and once: templates call callables,
    and a page keeps what only its cached fragments show in these (read only when a fragment is built)."""
    return functools.cache(build)


K = TypeVar("K", bound=Hashable)


def _key(name: str, *vary: Hashable) -> str:
    material = "\n".join(map(str, (current_generation(), name, *vary)))
    return "fragment:" + hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()


def shared(
    name: str,
    build: Callable[[], T],
    *vary: Hashable,
    keep: Callable[[T], bool] | None = None,
) -> T:
    """``build()`` once per generation, ``name`` and ``vary``, kept in the default cache, and at most once per
    request; outside a request (commands, tests calling code directly) ``build()`` every time.

    ``keep(value)`` False: this value is used for this request but not kept (e.g. markup that came out
    carrying the request's CSP nonce)."""
    if not serving():
        return build()

    def cached() -> T:
        try:
            key = _key(name, *vary)
            value: Any = caches["default"].get(key)
        except Exception:  # the cache is away: the page is built as if there were none
            logger.error("fragment cache unreachable: building %s", name, exc_info=True)
            return build()
        if value is None:
            value = build()
            if keep is not None and not keep(value):
                return value
            try:
                caches["default"].set(key, value, FRAGMENT_SECONDS)
            except Exception:
                logger.error("fragment cache unreachable: %s not kept", name, exc_info=True)
        return value

    return remember(("decnet.fragments", name, *vary), cached)


def shared_many(
    name: str, items: Iterable[K], build: Callable[[list[K]], dict[K, T]], *vary: Hashable
) -> dict[K, T]:
    """``shared()`` for many values of one kind (one per page, say): one cache read for all of them, and one
    ``build(missing)`` for those not kept yet, which returns a value per item it could build (an item it
    leaves out, e.g. a page gone since, is neither kept nor returned). Outside a request, and for more
    than ``MANY_AT_MOST`` items (thousands would push the chrome out of a bounded cache): ``build(items)``."""
    items = list(dict.fromkeys(items))
    if not serving() or not items or len(items) > MANY_AT_MOST:
        return build(items)
    try:
        keys = {item: _key(name, item, *vary) for item in items}
        found = caches["default"].get_many(keys.values())
    except Exception:
        logger.error("fragment cache unreachable: building %s", name, exc_info=True)
        return build(items)
    values = {item: found[key] for item, key in keys.items() if key in found}
    missing = [item for item in items if item not in values]
    if missing:
        built = build(missing)
        values.update(built)
        try:
            caches["default"].set_many({keys[item]: value for item, value in built.items()}, FRAGMENT_SECONDS)
        except Exception:
            logger.error("fragment cache unreachable: %s not kept", name, exc_info=True)
    return {item: values[item] for item in items if item in values}


def chrome(
    request: HttpRequest | None,
    name: str,
    build: Callable[[], T],
    *vary: Hashable,
    keep: Callable[[T], bool] | None = None,
) -> T:
    """``shared()`` for what a page shows: also per language, scheme and host (URLs in it may be absolute).
    Without a request (a template rendered outside one) and in an editor's preview (a draft: its topics,
    title or translations may differ from the live page's) ``build()``."""
    if request is None or getattr(request, "is_preview", False):
        return build()
    language = get_language() or ""
    return shared(name, build, language, request.scheme, request.get_host(), *vary, keep=keep)
