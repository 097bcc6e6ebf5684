"""Unit tests of the blog selectors: parsing the filter parameters and finding the author."""

import pytest
from django.http import QueryDict
from wagtail.models import Locale

from blog.selectors import PostFilters, find_author
from tests.factories import PersonFactory


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", PostFilters()),
        ("topic=&country=&author=&year=", PostFilters()),
        ("topic=fiscal", PostFilters(topic="fiscal")),
        ("topic=%20fiscal%20", PostFilters(topic="fiscal")),
        ("country=ke", PostFilters(country="KE")),
        ("author=ana-costa", PostFilters(author="ana-costa")),
        ("year=2024", PostFilters(year=2024)),
        (
            "topic=a&country=PE&author=b&year=1999",
            PostFilters(topic="a", country="PE", author="b", year=1999),
        ),
    ],
)
def test_well_formed_values(query, expected):
    assert PostFilters.from_query(QueryDict(query)) == expected


@pytest.mark.parametrize(
    "query",
    [
        "topic=no%20spaces",
        "topic=" + "a" * 151,
        "country=KEN",
        "country=K",
        "country=K1",
        "author=%00",
        "author=a/b",
        "year=abc",
        "year=99999",
        "year=0000",
        "year=-202",
        "year=%D9%A2%D9%A0%D9%A2%D9%A4",
    ],
)
def test_malformed_values_are_flagged(query):
    filters = PostFilters.from_query(QueryDict(query))
    assert filters.malformed is True
    assert filters.active is True


def test_active_only_when_something_was_asked():
    assert PostFilters().active is False
    assert PostFilters(year=2024).active is True


@pytest.mark.django_db
def test_find_author_prefers_the_index_locale(blog_index):
    english = PersonFactory(name="Ana", slug="ana")
    french = PersonFactory(name="Ana (fr)", slug="ana", locale=Locale.objects.get(language_code="fr"))
    assert find_author(blog_index, PostFilters(author="ana")) == english
    english.delete()
    assert find_author(blog_index, PostFilters(author="ana")) == french
    assert find_author(blog_index, PostFilters(author="nobody")) is None
    assert find_author(blog_index, PostFilters()) is None


@pytest.mark.parametrize(
    ("filters", "indexable"),
    [
        (PostFilters(), True),
        (PostFilters(author="ana"), True),
        (PostFilters(author="ana", year=2024), False),
        (PostFilters(topic="fiscal"), False),
        (PostFilters(malformed=True), False),
        (PostFilters(author="ana", malformed=True), False),
    ],
)
def test_only_unfiltered_and_author_listings_are_indexable(filters, indexable):
    assert filters.indexable is indexable
