"""The client's IP address, read one way by everything that needs it: the login lockout
(``AXES_CLIENT_IP_CALLABLE``), the search rate limit and the impact counters' daily client hash."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """REMOTE_ADDR, or behind N trusted proxies (TRUSTED_PROXY_COUNT) the address the first one saw.

    X-Forwarded-For is only read when proxies are declared: a client can write anything in it, so trusting it
    without a proxy would let an attacker pick a fresh "address" for every login attempt. None when there is
    no valid address (a request built in code, as Django's test client's force_login does): django-axes
    stores addresses in an IP address column, where anything else would fail on PostgreSQL.
    """
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            address = _valid(forwarded[-proxies])
            if address:
                return address
    return _valid(request.META.get("REMOTE_ADDR", "") or "")
