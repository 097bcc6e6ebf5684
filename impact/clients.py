"""Recognising a returning client without cookies and without storing anything personal.

A client is the pair (IP address, User-Agent). It is reduced to a SHA-256 hash salted with a random value that
changes every day and exists only in the impact cache; the hash itself is only ever a key with a short
lifetime. Once a day's salt is gone, nobody (the site's operators included) can tell which client a hash was.

"Is this the first download of this file by this client in 30 minutes" and "the first visit today" are
answered by the shared store (hardening.sharedstore): one atomic first-writer-wins `add` that every worker
process sees, so parallel first requests of one reader count once.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.http import HttpRequest
from django.utils import timezone

from hardening import sharedstore
from impact.cache import ImpactFileCache
from traffic.clientip import client_ip

SESSION_GAP = datetime.timedelta(minutes=30)
DOWNLOAD_WINDOW = datetime.timedelta(minutes=30)
_SALT_LIFETIME = 2 * 24 * 3600


def impact_cache() -> BaseCache:
    """The cache shared by all worker processes (settings.IMPACT_CACHE_ALIAS), falling back to the default."""
    alias = getattr(settings, "IMPACT_CACHE_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else "default"]


def daily_salt(day: datetime.date) -> str:
    """Today's random salt; the first worker to need it creates it, `add` makes every other worker agree."""
    cache = impact_cache()
    key = f"impact:salt:{day.isoformat()}"
    salt = cache.get(key)
    if salt is None:
        if cache.add(key, secrets.token_hex(32), _SALT_LIFETIME):
            sweep_expired(cache)  # once a day, by the worker that made the new salt
        salt = cache.get(key)
    return salt


def sweep_expired(cache: BaseCache) -> int:
    """Remove dead entries from a file-based impact cache (other caches expire their own).

    Every entry lives at most a day (the salt two), so one untouched for three days is dead."""
    if not isinstance(cache, ImpactFileCache):
        return 0
    return cache.sweep(older_than=_SALT_LIFETIME + 24 * 3600)


def client_hash(request: HttpRequest, day: datetime.date) -> str:
    """A salted hash of (IP, User-Agent) that is only comparable within one day."""
    material = "\n".join((daily_salt(day), client_ip(request) or "", request.META.get("HTTP_USER_AGENT", "")))
    return hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()[:40]


def first_visit_today(client: str, now: datetime.datetime) -> bool:
    """True the first time this client is seen today (a daily unique visitor)."""
    local_now = timezone.localtime(now)
    end_of_day = datetime.datetime.combine(
        local_now.date() + datetime.timedelta(days=1), datetime.time.min, tzinfo=local_now.tzinfo
    )
    seconds_left = int((end_of_day - local_now).total_seconds()) + 60
    return sharedstore.add(f"impact:visitor:{client}", seconds_left)


def starts_session(client: str) -> bool:
    """True unless this client was seen in the last 30 minutes; every view restarts the 30 minutes."""
    cache = impact_cache()
    key = f"impact:session:{client}"
    timeout = int(SESSION_GAP.total_seconds())
    if cache.add(key, 1, timeout):
        return True
    cache.touch(key, timeout)
    return False


def first_download_in_window(client: str, document_id: int) -> bool:
    """True if this client has not had this file counted in the last 30 minutes (a fixed window)."""
    return sharedstore.add(f"impact:download:{client}:{document_id}", DOWNLOAD_WINDOW.total_seconds())
