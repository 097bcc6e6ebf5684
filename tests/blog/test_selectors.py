"""The blog index's filter parameters (read through catalogue.facets) and its author box."""

import pytest
from django.http import QueryDict
from django.test import RequestFactory
from wagtail.models import Locale

from blog.models import BlogIndexPage
from catalogue.facets import read_selection
from tests.factories import PersonFactory


def _read(query: str):
    return read_selection(QueryDict(query), BlogIndexPage.listing_facets)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {}),
        ("topic=&country=&author=&year=", {}),
        ("topic=fiscal", {"topic": ["fiscal"]}),
        ("topic=%20fiscal%20", {"topic": ["fiscal"]}),
        ("country=ke", {"country": ["KE"]}),
        ("author=ana-costa", {"author": ["ana-costa"]}),
        ("year=2024", {"year": ["2024"]}),
        (
            "topic=a&country=PE&author=b&year=1999",
            {"topic": ["a"], "country": ["PE"], "author": ["b"], "year": ["1999"]},
        ),
    ],
)
def test_well_formed_values(query, expected):
    assert _read(query) == (expected, False)


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
    _selection, malformed = _read(query)
    assert malformed is True


@pytest.mark.django_db
def test_find_author_prefers_the_index_locale(blog_index):
    english = PersonFactory(name="Ana", slug="ana")
    french = PersonFactory(name="Ana (fr)", slug="ana", locale=Locale.objects.get(language_code="fr"))
    assert blog_index.find_author("ana") == english
    english.delete()
    assert blog_index.find_author("ana") == french
    assert blog_index.find_author("nobody") is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "indexable"),
    [
        ("", True),
        ("author=ana", True),
        ("author=ana&year=2024", False),
        ("author=ana&author=bo", False),
        ("topic=fiscal", False),
        ("year=abc", False),
        ("author=ana&year=abc", False),
    ],
)
def test_only_unfiltered_and_author_listings_are_indexable(blog_index, query, indexable):
    request = RequestFactory().get(f"/en/blog/?{query}")
    assert blog_index.indexable(blog_index.listing(request), request) is indexable
