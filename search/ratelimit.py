"""Per-client-IP rate limit for the search API and page, in fixed windows.

Counted in the shared store (hardening.sharedstore) that every worker process sees, so the limit holds for the
whole site and survives a worker restart, not per process.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

from hardening import sharedstore
from traffic.clientip import client_ip

logger = logging.getLogger(__name__)

_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Limit:
    requests: int
    seconds: int


def parse_rate(rate: str) -> Limit | None:
    """``"60/minute"`` -> Limit(60, 60), also per second, hour or day (``"5000/day"``); ``"off"`` (or empty)
    -> None, no limit."""
    rate = (rate or "").strip().lower()
    if rate in {"", "off", "none", "0"}:
        return None
    try:
        count, period = rate.split("/")
        return Limit(int(count), _PERIODS[period.strip().rstrip("s")])
    except (ValueError, KeyError) as error:
        raise ImproperlyConfigured(
            f"SEARCH_API_RATE_LIMIT must look like '60/minute', not {rate!r}"
        ) from error


def retry_after(request: HttpRequest, scope: str) -> int | None:
    """Count this request; None if it is within the limit, else the seconds until the client may retry."""
    limit = parse_rate(settings.SEARCH_API_RATE_LIMIT)
    if limit is None:
        return None
    try:
        count = sharedstore.incr(f"search:rate:{scope}:{client_ip(request) or 'unknown'}", limit.seconds)
    except sharedstore.SharedStoreError:
        # Fail open: a reader is never refused because the counter could not be written (a long import on
        # SQLite holding the write lock); the next request is counted again.
        logger.warning("search rate limit not counted: the shared store is unavailable")
        return None
    if count <= limit.requests:
        return None
    _, ends = sharedstore.window_of(limit.seconds)
    return max(1, int(ends - time.time() + 0.999))
