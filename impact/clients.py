"""Recognising a returning client without cookies and without storing anything personal.

A client is the pair (IP address, User-Agent), reduced to the site's one daily keyed hash
(``traffic.clienthash.client_hash``: a SHA-256 under a random salt that changes every day and exists only in
the impact cache); the hash itself is only ever a key with a short lifetime.

"Is this the first download of this file by this client in 30 minutes" and "the first visit today" are
answered by the shared store (hardening.sharedstore): one atomic first-writer-wins `add` that every worker
process sees, so parallel first requests of one reader count once.
"""

import datetime

from django.core.cache import BaseCache
from django.utils import timezone

from hardening import sharedstore
from impact.cache import ImpactFileCache
from traffic.clienthash import SALT_LIFETIME, salt_cache
from traffic.clienthash import client_hash as client_hash  # the counters' client key, read here
from traffic.clienthash import daily_salt as daily_salt

SESSION_GAP = datetime.timedelta(minutes=30)
DOWNLOAD_WINDOW = datetime.timedelta(minutes=30)


def impact_cache() -> BaseCache:
    """The cache shared by all worker processes (settings.IMPACT_CACHE_ALIAS), falling back to the default."""
    return salt_cache()


def sweep_expired(cache: BaseCache) -> int:
    """Remove dead entries from a file-based impact cache (other caches expire their own).

    Every entry lives at most a day (the salt two), so one untouched for three days is dead."""
    if not isinstance(cache, ImpactFileCache):
        return 0
    return cache.sweep(older_than=SALT_LIFETIME + 24 * 3600)


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
