"""Per-client-IP rate limit for the search API and page, counted in the Django cache (fixed windows)."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

from decnet.clientip import client_ip

_PERIODS = {"second": 1, "minute": 60, "hour": 3600}


@dataclass(frozen=True)
class Limit:
    requests: int
    seconds: int


def parse_rate(rate: str) -> Limit | None:
    """``"60/minute"`` -> Limit(60, 60); ``"off"`` (or empty) -> None, no limit."""
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
    now = time.time()
    window = int(now // limit.seconds)
    key = f"search:rate:{scope}:{client_ip(request) or 'unknown'}:{window}"
    cache.add(key, 0, timeout=limit.seconds + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=limit.seconds + 1)
        count = 1
    if count <= limit.requests:
        return None
    return max(1, int((window + 1) * limit.seconds - now + 0.999))
