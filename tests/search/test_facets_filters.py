"""Filters and facet counts: a facet value's count is exactly the number of results choosing it gives."""

import pytest

from search.query import SearchParams, run_search

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module

FILTER_OF_FACET = {"type": "type", "topic": "topic", "country": "country", "region": "region", "year": "year"}
LIST_FILTERS = {"type", "topic", "country"}


def search(**params):
    return run_search(SearchParams(**params))


def with_value(params: dict, facet: str, value: str) -> dict:
    """The same search with one facet value chosen instead of that facet's current choice."""
    changed = dict(params)
    changed[facet] = [value] if facet in LIST_FILTERS else value
    return changed


SEARCHES = [
    {"q": "governance"},
    {"q": "governance", "type": ["blog"]},
    {"q": "governance", "topic": ["fiscal-decentralization"]},
    {"q": "governance", "region": "africa", "year": "2024"},
    {"q": "governance", "country": ["KE", "NP"], "type": ["blog", "resource"]},
    {"q": "decentralization"},
]


def test_facet_counts_equal_the_counts_of_matching_results(corpus):
    for params in SEARCHES:
        outcome = search(**params)
        assert outcome.total > 0, params
        for facet, counts in outcome.facet_counts.items():
            for value, count in counts.items():
                narrowed = search(**with_value(params, facet, value))
                assert narrowed.total == count, (params, facet, value)


def test_type_counts_add_up_to_the_total_without_a_type_filter(corpus):
    outcome = search(q="governance")
    assert sum(outcome.facet_counts["type"].values()) == outcome.total == 7
    assert outcome.facet_counts["type"] == {"blog": 3, "resource": 2, "glossary": 2}
    assert outcome.facet_counts["region"] == {"africa": 3, "asia": 2}
    assert outcome.facet_counts["country"] == {"KE": 2, "UG": 1, "NP": 2}
    assert outcome.facet_counts["topic"] == {
        "fiscal-decentralization": 4,
        "service-delivery": 4,
        "local-elections": 1,
    }


def test_facet_labels_and_selection(corpus):
    outcome = search(q="governance", topic=["local-elections"])
    topics = {bucket.value: bucket for bucket in outcome.facets["topic"]}
    assert topics["local-elections"].label == "Local elections" and topics["local-elections"].selected
    assert not topics["service-delivery"].selected
    countries = {bucket.value: bucket.label for bucket in outcome.facets["country"]}
    assert countries == {"UG": "Uganda"}


FILTER_CASES = [
    ({"type": ["blog"]}, {"kenya_post", "uganda_post", "nepal_post"}),
    ({"type": ["glossary", "resource"]}, {"term", "decentralization", "framework", "primer"}),
    ({"topic": ["local-elections"]}, {"uganda_post"}),
    (
        {"topic": ["local-elections", "fiscal-decentralization"]},
        {"uganda_post", "term", "decentralization", "nepal_post", "framework"},
    ),
    ({"country": ["KE"]}, {"kenya_post", "framework"}),
    ({"country": ["ke"]}, {"kenya_post", "framework"}),
    ({"region": "asia"}, {"nepal_post", "framework"}),
    ({"year": "2024"}, {"uganda_post", "nepal_post", "primer"}),
    ({"type": ["blog"], "region": "africa", "year": "2023"}, {"kenya_post"}),
    ({"topic": ["no-such-topic"]}, set()),
]


def test_filters(corpus):
    for params, expected in FILTER_CASES:
        outcome = search(q="governance", page_size=50, **params)
        found = {r.pk for r in outcome.results}
        names = {name for name, page in corpus.items() if page.pk in found}
        assert names == expected, params
        assert outcome.total == len(expected), params


def test_newest_sort_orders_by_the_results_date(corpus):
    outcome = search(q="governance", sort="newest", type=["blog", "resource"])
    dates = [result.date for result in outcome.results]
    assert dates == sorted(dates, reverse=True)
    assert [r.title for r in outcome.results][:2] == [
        "Nepal's federal transition",
        "Local elections and governance in Uganda",
    ]
