"""SEARCH_API_RATE_LIMIT's forms (search/ratelimit.py): a count per second, minute, hour or day, or off."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.ratelimit import Limit, parse_rate

pytestmark = pytest.mark.database_free


@pytest.mark.parametrize(
    ("rate", "limit"),
    [
        ("60/minute", Limit(60, 60)),
        ("5/second", Limit(5, 1)),
        ("600/hour", Limit(600, 3600)),
        ("5000/day", Limit(5000, 86400)),
        (" 5000/Days ", Limit(5000, 86400)),
    ],
)
def test_a_count_per_period(rate, limit):
    assert parse_rate(rate) == limit


@pytest.mark.parametrize("rate", ["off", "", "none", "0", None])
def test_off(rate):
    assert parse_rate(rate) is None


@pytest.mark.parametrize("rate", ["60", "60/week", "many/day", "60/minute/2"])
def test_anything_else_is_a_configuration_error_that_quotes_it(rate):
    with pytest.raises(ImproperlyConfigured, match=rate.lower()):
        parse_rate(rate)
