"""A client recognised for one day without keeping its address: the one keyed hash of the site.

A client is the pair (IP address, as ``traffic.clientip`` reads it, and User-Agent). It is reduced to a
SHA-256 hash keyed with a random salt that changes every day and lives only in the cache every worker shares
(the ``IMPACT_CACHE_ALIAS`` cache: a file cache per host, or Redis). The address is never written anywhere;
the hash is only ever part of a short-lived key. Once a day's salt has expired (after two days), nobody,
the site's operators included, can tell which client a hash was. The impact counters (visitors, sessions,
downloads) use it; the search query log's distinct clients use the address alone (``address_hash``).
"""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.http import HttpRequest

from traffic.clientip import client_ip

SALT_LIFETIME = 2 * 24 * 3600


def salt_cache() -> BaseCache:
    """The cache shared by all worker processes (settings.IMPACT_CACHE_ALIAS), falling back to the default."""
    alias = getattr(settings, "IMPACT_CACHE_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def daily_salt(day: datetime.date) -> str:
    """The day's random salt; the first worker to need it creates it, ``add`` makes every other worker agree.

    A cache that keeps entries on disk and has a ``sweep`` (impact.cache.ImpactFileCache) is swept of dead
    entries by the worker that made the new salt, once a day."""
    cache = salt_cache()
    key = f"impact:salt:{day.isoformat()}"
    salt = cache.get(key)
    if salt is None:
        if cache.add(key, secrets.token_hex(32), SALT_LIFETIME):
            sweep = getattr(cache, "sweep", None)
            if sweep is not None:
                # Every entry lives at most a day (the salt two), so one untouched for three days is dead.
                sweep(older_than=SALT_LIFETIME + 24 * 3600)
        salt = cache.get(key)
    return salt


def client_hash(request: HttpRequest, day: datetime.date) -> str:
    """A salted hash of (IP, User-Agent) that is only comparable within one day."""
    material = "\n".join((daily_salt(day), client_ip(request) or "", request.META.get("HTTP_USER_AGENT", "")))
    return hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()[:40]


def address_hash(request: HttpRequest, day: datetime.date) -> str | None:
    """A salted hash of the IP address alone, only comparable within one day; None without a valid address.

    For counts a client must not be able to inflate: a script changes its User-Agent at will, its address
    far less easily (readers behind one office address then count as one, which errs on the safe side)."""
    address = client_ip(request)
    if address is None:
        return None
    material = f"{daily_salt(day)}\n{address}"
    return hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()[:40]
