"""``run_search`` filters and counts where the data is (issue 12, point 4): on OpenSearch in the one engine
request that returns the hits (filters and aggregations), on the database backends by SQL over the matching
set. Neither reads every matching id into Python, and the answer is the one the old computation gave (every
matching id read, classified and counted in Python): same total, same counts, same results."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from catalogue import facets as facet_layer
from search import engine
from search.query import SEARCH_FACETS, SearchParams, _base_queryset, _selection, run_search
from search.text import search_terms
from tests.factories import BlogPostPageFactory, ResourcePageFactory, ResourceTypeFactory, fresh
from tests.search.conftest import _EngineIndex, engine_in_use, reindex_all

SELECTIONS = [
    {},
    {"type": ["blog"]},
    {"topic": ["fiscal-decentralization"]},
    {"region": "africa", "year": "2024"},
    {"country": ["KE", "NP"], "type": ["blog", "resource"]},
    {"type": ["glossary"], "topic": ["fiscal-decentralization"]},
]
MATCHES = 24  # budget pages made by the ``many`` fixture
# A column compared with a list of numbers: ``"wagtailcore_page"."id" IN (4, 5, 6)``.
IN_LIST = re.compile(r"(\w+)\"?\s+IN \(((?:\s*%s|\s*\d+)(?:\s*,\s*(?:%s|\d+))*)\s*\)", re.IGNORECASE)


def reference(params: SearchParams) -> tuple[int, set[int], dict[str, dict[str, int]]]:
    """The old computation: every matching id from the engine, facts read and counted in Python."""
    base = _base_queryset(Locale.objects.get(language_code="en").pk)
    ids = list(dict.fromkeys(engine.matching_ids(" ".join(search_terms(params.q)), base, 10_000, "en").ids))
    facts = facet_layer.facts_for_ids(ids, SEARCH_FACETS)
    ids = [pk for pk in ids if pk in facts]
    selection = _selection(params, SEARCH_FACETS)
    kept = {pk for pk in ids if facet_layer.passes(facts[pk], selection)}
    counts = facet_layer.count(ids, facts, SEARCH_FACETS, selection)
    return len(kept), kept, counts


def nonzero(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {name: {value: n for value, n in values.items() if n} for name, values in counts.items()}


def longest_id_list(queries) -> int:
    """The longest list of page ids in the queries (lists of content types, a handful of constants, aside)."""
    lists = [
        match.group(2).count(",") + 1
        for query in queries
        for match in IN_LIST.finditer(query["sql"])
        if match.group(1) != "content_type_id"
    ]
    return max(lists, default=0)


pytestmark = pytest.mark.shared_corpus  # the tests only read: the corpus and the pages below, built once


@pytest.fixture(scope="module")
def many(shared_search_site, shared_site):
    """24 pages matching "budget" across two types, topics, countries and years, next to the module's
    corpus (which has no "budget"); built once for the module and indexed before the next test."""
    taxonomy = shared_search_site.taxonomy
    primer = ResourceTypeFactory(name="Budget primer", slug="budget-primer")
    topics = [taxonomy["finance"], taxonomy["services"]]
    countries = [taxonomy["kenya"], taxonomy["nepal"], taxonomy["uganda"]]
    blog_index, library = fresh(shared_site.blog_index), fresh(shared_site.library)
    for number in range(MATCHES // 2):
        BlogPostPageFactory(
            parent=blog_index,
            title=f"Budget post {number}",
            date=datetime.date(2020 + number % 4, 1, 1 + number),
            topics=[topics[number % 2]],
            countries=[countries[number % 3]],
        )
        ResourcePageFactory(
            parent=library,
            title=f"Budget guide {number}" if number % 3 else f"A guide {number} on the budget",
            summary="How a municipal budget is prepared.",
            publication_date=datetime.date(2019 + number % 3, 6, 1),
            resource_type=primer,
            topics=topics[: number % 3],
            countries=countries[number % 2 :],
            files=[],
        )
    reindex_all()
    _EngineIndex.changed = True  # the engine's index is put back to the module's pages before the next test


@pytest.mark.parametrize("q", ["governance", "decentralization"])
def test_totals_counts_and_results_equal_the_old_computation(corpus, q):
    for selection in SELECTIONS:
        params = SearchParams(q=q, page_size=50, **selection)
        outcome = run_search(params)
        total, kept, counts = reference(params)
        assert outcome.total == total, selection
        assert {result.pk for result in outcome.results} == kept, selection
        assert nonzero(outcome.facet_counts) == nonzero(
            {facet.parameter: counts[facet.name] for facet in SEARCH_FACETS}
        ), selection


def test_pages_of_results_follow_the_old_order(many):
    """Relevance and newest, page by page: together the pages give every kept result once, in order."""
    for sort in ("relevance", "newest"):
        everything = [r.pk for r in run_search(SearchParams(q="budget", sort=sort, page_size=50)).results]
        pages = [
            [r.pk for r in run_search(SearchParams(q="budget", sort=sort, page=n, page_size=5)).results]
            for n in range(1, 7)
        ]
        assert [pk for page in pages for pk in page] == everything, sort
        assert len(everything) == MATCHES
    titles = [r.title for r in run_search(SearchParams(q="municipal budget", page_size=50)).results]
    assert len(titles) == MATCHES // 2  # the guides: "municipal" is only in their summary


def test_no_query_reads_every_matching_id(many, monkeypatch):
    """Counts and totals come from the engine or from SQL over the matching set: the only id lists sent to the
    database are one page of results (5) and the head of the relevance order balanced across types (10 here,
    fewer than the 14 matches; a fixed number however many pages match)."""
    monkeypatch.setattr("search.query.BALANCE_HEAD", 10)
    with CaptureQueriesContext(connection) as queries:
        outcome = run_search(SearchParams(q="budget", topic=["fiscal-decentralization"], page_size=5))
    assert outcome.total == reference(SearchParams(q="budget", topic=["fiscal-decentralization"]))[0]
    assert len(outcome.results) == 5
    assert longest_id_list(queries.captured_queries) <= 10, [q["sql"] for q in queries.captured_queries]


@pytest.mark.skipif(engine_in_use() == "database", reason="needs OpenSearch or Elasticsearch")
def test_one_engine_request_with_filters_and_aggregations(many, monkeypatch):
    backend = engine.backend_for(engine.DEFAULT_ALIAS)
    sent: list[dict] = []
    original = backend.es.search

    def spy(*args, **kwargs):
        sent.append({**kwargs, **(kwargs.get("body") or {})})  # the body, or its keys as arguments
        return original(*args, **kwargs)

    monkeypatch.setattr(backend.es, "search", spy)
    outcome = run_search(SearchParams(q="budget", type=["resource"], sort="newest", page_size=5))
    assert outcome.total == MATCHES // 2 and not outcome.degraded
    # One request gives the hits, the filters and the counts; another asks the other languages
    # (search.crosslanguage, the API's other_languages), none of them counts.
    faceted = [body for body in sent if "aggs" in body]
    assert len(faceted) == 1 and len(sent) <= 2
    assert set(faceted[0]["aggs"]) >= {f"facet_{facet.name}" for facet in SEARCH_FACETS}
    assert "post_filter" in faceted[0] and faceted[0]["size"] == 5


@pytest.mark.skipif(engine_in_use() != "database", reason="the database backends' SQL")
def test_database_side_matches_once_and_counts_over_that_set(many):
    """The total and every facet's counts are one SQL query: the full-text match once, as a materialized
    common table expression, and one GROUP BY of the pages' facet rows (search.facet_rows) per set of
    selections the facets read, joined by UNION ALL. Only the definition card and the relevance page (titles
    first, then the rest) match again: a fixed number of queries however many facets there are."""
    with CaptureQueriesContext(connection) as queries:
        outcome = run_search(SearchParams(q="budget", country=["KE"]))
    assert outcome.total == reference(SearchParams(q="budget", country=["KE"]))[0]
    sqls = [q["sql"] for q in queries.captured_queries]
    grouped = [sql for sql in sqls if "GROUP BY" in sql.upper()]
    counting = [sql for sql in grouped if sql.startswith("WITH decnet_matched")]
    assert len(counting) == 1, counting
    # The only other count: the other languages' matches, per language (search.crosslanguage).
    (per_language,) = [sql for sql in grouped if sql not in counting]
    group_by = per_language.upper().rsplit("GROUP BY", 1)[1].strip()
    assert group_by in {"1", '"WAGTAILCORE_PAGE"."LOCALE_ID"'}, per_language
    assert counting[0].startswith("WITH decnet_matched")
    parts = counting[0].split(" UNION ALL ")
    # The total, the facets' rows over the matches passing the country (every facet but the country), over
    # all the matches (the country), and the exact titles.
    assert len(parts) == 4, parts
    assert ["search_facetvalue" in part for part in parts] == [False, True, True, False]
    assert not any("MATCH" in part or "@@" in part for part in parts[1:])
    full_text = [sql for sql in sqls if "MATCH" in sql or "@@" in sql]
    assert len(full_text) <= 6, full_text
