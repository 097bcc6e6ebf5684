"""The library's read rules on their own: reading filters from a query string, choices, pagination."""

import datetime

import pytest
from django.http import Http404, QueryDict

from resources import selectors
from resources.selectors import ResourceFilters
from tests.factories import CountryFactory, RegionFactory, ResourceTypeFactory, TopicFactory


def _filters(query: str) -> ResourceFilters:
    return ResourceFilters.from_query(QueryDict(query))


def test_empty_query_means_no_filter():
    filters = _filters("")
    assert filters == ResourceFilters()
    assert not filters.active
    assert _filters("type=&topic=+&region=&country=&year=&language=") == ResourceFilters()


def test_valid_values_are_normalised():
    filters = _filters("type=primer&topic=local-finance&region=africa&country=ke&year=2023&language=FR")
    assert filters == ResourceFilters(
        type="primer", topic="local-finance", region="africa", country="KE", year=2023, language="fr"
    )
    assert filters.active and not filters.malformed


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
    filters = _filters(query)
    assert filters.malformed
    assert filters.active


def test_non_string_values_are_treated_as_missing():
    assert ResourceFilters.from_query({"type": None, "year": 2024, "page": ["1"]}) == ResourceFilters()


@pytest.mark.django_db
def test_malformed_filters_match_nothing(library, make_resource):
    make_resource(title="Anything")
    assert not selectors.filter_resources(library, _filters("year=abc")).exists()
    assert selectors.filter_resources(library, _filters("")).count() == 1


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
    choices = selectors.filter_choices(library)
    assert [t.slug for t in choices.types] == ["primer"]
    assert [t.slug for t in choices.topics] == ["finance"]
    assert [r.slug for r in choices.regions] == ["africa"]
    assert [c.code for c in choices.countries] == ["BJ", "KE"]
    assert choices.years == [2024, 2020]
    assert [language.code for language in choices.languages] == ["en", "ar", "other"]
    assert choices.languages[0].name == "English"


@pytest.mark.django_db
def test_paginate_or_404(library, make_resource):
    for _ in range(3):
        make_resource(files=[])
    items = selectors.resources_in_library(library).order_by("pk")
    assert list(selectors.paginate_or_404(items, None, 2).object_list) == list(items[:2])
    assert list(selectors.paginate_or_404(items, " 2 ", 2).object_list) == list(items[2:])
    for bad in ["3", "0", "-1", "x", "1e3", "\x00", "9" * 5000, "١"]:
        with pytest.raises(Http404):
            selectors.paginate_or_404(items, bad, 2)


@pytest.mark.django_db
def test_empty_listing_still_has_a_first_page(library):
    page = selectors.paginate_or_404(selectors.resources_in_library(library), "1", 12)
    assert list(page.object_list) == []
