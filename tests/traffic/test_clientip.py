"""One reading of the client's address for the lockout, the search rate limit and the impact counters."""

import pytest
from django.test import RequestFactory

from traffic.clientip import client_ip


def request(**meta):
    return RequestFactory().get("/en/", REMOTE_ADDR="192.0.2.10", **meta)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "198.51.100.1", "192.0.2.10"),  # no proxy trusted: the header is ignored (it could be forged)
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "203.0.113.9, 198.51.100.1", "198.51.100.1"),  # the client made up the first entry
        (2, "203.0.113.9, 198.51.100.1", "203.0.113.9"),
        (2, "198.51.100.1", "192.0.2.10"),  # fewer entries than proxies: fall back to the socket address
        (1, "not-an-address", "192.0.2.10"),  # junk from a client: fall back to the socket address
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request(HTTP_X_FORWARDED_FOR=forwarded)) == expected


def test_no_valid_address_at_all_is_none():
    assert client_ip(RequestFactory().get("/en/", REMOTE_ADDR="")) is None


def test_the_search_rate_limit_and_the_impact_hash_read_the_same_address(settings):
    """Behind one proxy, two readers behind it are two clients for both features."""
    import datetime

    from impact.clients import client_hash

    settings.TRUSTED_PROXY_COUNT = 1
    day = datetime.date(2026, 4, 1)
    first = request(HTTP_X_FORWARDED_FOR="198.51.100.1", HTTP_USER_AGENT="Firefox")
    second = request(HTTP_X_FORWARDED_FOR="198.51.100.2", HTTP_USER_AGENT="Firefox")
    assert client_hash(first, day) != client_hash(second, day)
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_hash(first, day) == client_hash(second, day)


def test_the_address_hash_ignores_the_user_agent_and_keeps_no_address():
    """The search log's distinct clients: one address is one client whatever its User-Agent, for one day."""
    import datetime

    from traffic.clienthash import address_hash

    day = datetime.date(2026, 4, 1)
    first = address_hash(
        RequestFactory().get("/en/", REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Firefox"), day
    )
    assert first == address_hash(
        RequestFactory().get("/en/", REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Bot/1"), day
    )
    assert first != address_hash(
        RequestFactory().get("/en/", REMOTE_ADDR="192.0.2.11", HTTP_USER_AGENT="Firefox"), day
    )
    assert first != address_hash(
        RequestFactory().get("/en/", REMOTE_ADDR="192.0.2.10"), day + datetime.timedelta(days=1)
    )
    assert "192.0.2.10" not in first and len(first) == 40
    assert address_hash(RequestFactory().get("/en/", REMOTE_ADDR=""), day) is None
