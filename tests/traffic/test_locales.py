"""Every locale's id and code: read once per generation in each worker, at most once per request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests.traffic.helpers import in_one_request
from traffic.generation import new_generation
from traffic.locales import language_codes

pytestmark = pytest.mark.django_db


def codes_in_a_request() -> tuple[dict[int, str], int]:
    """The codes as a request reads them (twice), and how many queries on the locales it made."""
    with CaptureQueriesContext(connection) as queries:
        codes = in_one_request(lambda: [language_codes(), language_codes()][-1])
    return codes, sum('FROM "wagtailcore_locale"' in query["sql"] for query in queries.captured_queries)


def test_the_codes_of_every_locale():
    assert language_codes() == {locale.pk: locale.language_code for locale in Locale.objects.all()}
    assert set(language_codes().values()) == {"en", "fr", "es", "pt", "ar"}


def test_read_by_the_first_request_of_a_generation_only():
    first, first_reads = codes_in_a_request()
    second, second_reads = codes_in_a_request()
    assert (first_reads, second_reads) == (1, 0)
    assert first == second
    Locale.objects.filter(language_code="pt").update(language_code="de")  # no signal: unseen ...
    assert "de" not in codes_in_a_request()[0]
    new_generation()  # ... until another worker's change starts a new generation
    codes, reads = codes_in_a_request()
    assert reads == 1 and "de" in codes.values() and "pt" not in codes.values()


def test_a_locale_saved_or_deleted_is_seen_at_once():
    codes_in_a_request()

    def add_between_two_reads():
        before = dict(language_codes())
        added = Locale.objects.create(language_code="de")
        return before, language_codes(), added

    before, during, added = in_one_request(add_between_two_reads)
    assert added.pk not in before and during[added.pk] == "de"
    assert codes_in_a_request()[0][added.pk] == "de"
    added.delete()
    assert added.pk not in codes_in_a_request()[0]


def test_read_every_time_outside_a_request():
    with CaptureQueriesContext(connection) as queries:
        language_codes()
        language_codes()
    assert sum('FROM "wagtailcore_locale"' in query["sql"] for query in queries.captured_queries) == 2


def test_a_caller_changing_its_codes_changes_no_one_elses():
    def change_then_read_again():
        language_codes().clear()
        return language_codes()

    assert in_one_request(change_then_read_again)
    assert codes_in_a_request()[0]
