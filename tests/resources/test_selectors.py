"""The library's read rules on their own: reading filters from a query string, choices, pagination."""

import datetime

import pytest
from django.http import Http404, QueryDict
from django.test import RequestFactory

from catalogue.facets import read_selection
from catalogue.listing import paginate_or_404
from resources.models import ResourceLibraryPage
from tests.factories import CountryFactory, RegionFactory, ResourceTypeFactory, TopicFactory


def _read(query):
    return read_selection(
        QueryDict(query) if isinstance(query, str) else query, ResourceLibraryPage.listing_facets
    )


def test_empty_query_means_no_filter():
    assert _read("") == ({}, False)
    assert _read("type=&topic=+&region=&country=&year=&language=") == ({}, False)


def test_valid_values_are_normalised():
    selection, malformed = _read(
        "type=primer&topic=local-finance&region=africa&country=ke&year=2023&language=FR"
    )
    assert selection == {
        "resource_type": ["primer"],
        "topic": ["local-finance"],
        "region": ["africa"],
        "country": ["KE"],
        "year": ["2023"],
        "file_language": ["fr"],
    }
    assert not malformed


@pytest.mark.parametrize(
    "query",
    [
        "type=a%20b",
        "topic=" + "x" * 151,
        "region=%00",
        "country=KEN",
        "country=1A",
        "year=99",
        "year=0000",
        "year=abc",
        "year=%D9%A2%D9%A0%D9%A2%D9%A4",  # Arabic-Indic digits: not a YYYY year
        "language=de",
        "language=en%00",
    ],
)
def test_malformed_values_are_flagged_not_raised(query):
    _selection, malformed = _read(query)
    assert malformed


def test_non_string_values_are_treated_as_missing():
    assert _read({"type": None, "year": 2024, "page": ["1"]}) == ({}, False)


def _listing(library, query: str = ""):
    return library.listing(RequestFactory().get(f"/en/library/?{query}"))


@pytest.mark.django_db
def test_malformed_filters_match_nothing(library, make_resource):
    make_resource(title="Anything")
    assert _listing(library, "year=abc").total == 0
    assert _listing(library).total == 1


@pytest.mark.django_db
def test_choices_are_deduplicated_and_ordered(library, make_resource):
    africa = RegionFactory(name="Africa", slug="africa")
    kenya = CountryFactory(name="Kenya", code="KE", region=africa)
    benin = CountryFactory(name="Benin", code="BJ", region=africa)
    primer = ResourceTypeFactory(name="Primer", slug="primer")
    topic = TopicFactory(name="Finance", slug="finance")
    make_resource(
        resource_type=primer,
        countries=[kenya],
        topics=[topic],
        publication_date=datetime.date(2020, 1, 1),
        files=[("ar", "نص"), ("en", "Text")],
    )
    make_resource(
        resource_type=primer,
        countries=[kenya, benin],
        topics=[topic],
        publication_date=datetime.date(2024, 1, 1),
        files=[("other", "Kiswahili"), ("en", "Text")],
    )
    groups = {group.name: group.buckets for group in _listing(library).groups}
    assert [(b.value, b.count) for b in groups["resource_type"]] == [("primer", 2)]
    assert [b.value for b in groups["topic"]] == ["finance"]
    assert [b.value for b in groups["region"]] == ["africa"]
    assert [(b.value, b.count) for b in groups["country"]] == [("KE", 2), ("BJ", 1)]
    assert [b.value for b in groups["year"]] == ["2024", "2020"]
    assert [b.value for b in groups["file_language"]] == ["en", "ar", "other"]
    assert groups["file_language"][0].label == "English"


@pytest.mark.django_db
def test_paginate_or_404(library, make_resource):
    for _ in range(3):
        make_resource(files=[])
    items = library.listed_pages().order_by("pk")
    assert list(paginate_or_404(items, None, 2).object_list) == list(items[:2])
    assert list(paginate_or_404(items, " 2 ", 2).object_list) == list(items[2:])
    for bad in ["3", "0", "-1", "x", "1e3", "\x00", "9" * 5000, "١"]:
        with pytest.raises(Http404):
            paginate_or_404(items, bad, 2)


@pytest.mark.django_db
def test_empty_listing_still_has_a_first_page(library):
    page = paginate_or_404(library.listed_pages(), "1", 12)
    assert list(page.object_list) == []
