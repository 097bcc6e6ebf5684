"""Engine-side facets (search/engine_facets.py): the engine's one request gives the same results, total and
facet counts as the database computation of the query layer (search/query.py), for selections across facets;
the database primitives count with SQL GROUP BY over the matching set, without loading its ids."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from blog.models import BlogPostPage
from decnet.content import ContentPage, content_models
from glossary.models import GlossaryTermPage
from resources.models import ResourcePage
from search import engine, engine_facets, faceting
from search.query import SearchParams, _base_queryset, run_search
from search.text import fold_words, search_terms
from tests.factories import GlossaryTermPageFactory
from tests.search.conftest import engine_in_use
from tests.search.test_degraded import broken_engine_backends
from traffic.scope import request_scope

pytestmark = pytest.mark.shared_corpus  # the tests only read the corpus: built once per module

FACETS = ["type", "topic", "region", "country", "year"]
MISSING = {"type": "page"}
DATE_FIELDS = ("date", "publication_date", "first_published_at")
SELECTIONS = [
    {},
    {"type": ["blog"]},
    {"topic": ["fiscal-decentralization"]},
    {"region": "africa", "year": "2024"},
    {"country": ["KE", "NP"], "type": ["blog", "resource"]},
    {"topic": ["service-delivery", "local-elections"], "region": "africa"},
    {"type": ["glossary"], "topic": ["fiscal-decentralization"]},
]
needs_engine = pytest.mark.skipif(engine_in_use() == "database", reason="needs OpenSearch or Elasticsearch")


def as_filters(selection: dict) -> dict[str, list[str]]:
    return {name: value if isinstance(value, list) else [value] for name, value in selection.items()}


def english_pages():
    return _base_queryset(Locale.objects.get(language_code="en").pk)


def engine_page(q: str, selection: dict, facets=FACETS, **options) -> engine_facets.FacetedPage:
    answer = engine_facets.engine_search_with_facets(
        " ".join(search_terms(q)),
        english_pages(),
        filters=as_filters(selection),
        facets=facets,
        missing=MISSING,
        date_fields=DATE_FIELDS,
        **options,
    )
    assert answer is not None
    return answer


def database_counts(outcome) -> dict[str, dict[str, int]]:
    return {facet: {v: n for v, n in counts.items() if n} for facet, counts in outcome.facet_counts.items()}


@needs_engine
@pytest.mark.parametrize("q", ["governance", "decentralization"])
def test_engine_counts_equal_the_database_computation(corpus, q):
    for selection in SELECTIONS:
        expected = run_search(SearchParams(q=q, page_size=50, **selection))
        answer = engine_page(q, selection, facets=list(expected.facet_counts), limit=50)
        assert answer.total == expected.total, selection
        assert set(answer.ids) == {result.pk for result in expected.results}, selection
        assert answer.counts == database_counts(expected), selection


@needs_engine
def test_a_value_count_is_what_choosing_it_gives(corpus):
    """The rule itself, checked on the engine alone: choose each value of each facet in turn."""
    for selection in SELECTIONS:
        answer = engine_page("governance", selection)
        for facet, counts in answer.counts.items():
            for value, count in counts.items():
                chosen = as_filters(selection) | {facet: [value]}
                assert engine_page("governance", chosen).total == count, (selection, facet, value)


@needs_engine
def test_newest_order_and_pages_match_the_database_computation(corpus):
    expected = run_search(SearchParams(q="governance", sort="newest", page_size=50))
    ordered = [result.pk for result in expected.results]
    assert engine_page("governance", {}, order="newest", limit=50).ids == ordered
    assert engine_page("governance", {}, order="newest", offset=2, limit=3).ids == ordered[2:5]


@needs_engine
def test_title_words_first(corpus):
    answer = engine_page("local elections", {}, title_words_first=True, limit=50)
    assert answer.ids[0] == corpus["uganda_post"].pk


def test_no_engine_answer_when_the_engine_fails(corpus, settings):
    settings.WAGTAILSEARCH_BACKENDS = broken_engine_backends()
    settings.SEARCH_FALLBACK_BACKEND = "database"
    answer = engine_facets.engine_search_with_facets(
        "governance", english_pages(), filters={}, facets=FACETS, missing=MISSING
    )
    assert answer is None
    assert engine.engine_marked_down()  # the next requests go straight to the database index


def test_no_engine_answer_on_the_database_backend(corpus, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": broken_engine_backends()["database"]}
    answer = engine_facets.engine_search_with_facets("governance", english_pages(), filters={}, facets=FACETS)
    assert answer is None


def test_database_counts_come_from_one_group_by_over_the_matching_set(corpus):
    matching = engine_facets.matching_queryset("governance", english_pages())
    with CaptureQueriesContext(connection) as queries:
        topics = engine_facets.count_by(matching, BlogPostPage, "topics__slug")
        regions = engine_facets.count_by(matching, ResourcePage, "countries__region__slug")
    assert topics == {"service-delivery": 1, "local-elections": 1, "fiscal-decentralization": 1}
    assert regions == {"africa": 1, "asia": 1}
    assert len(queries.captured_queries) == 2
    for query in queries.captured_queries:
        assert "GROUP BY" in query["sql"].upper()
        full_text = "MATCH" in query["sql"] or "@@" in query["sql"]
        assert full_text, query["sql"]  # the match is inside the counting query: no id list was loaded


def test_database_matching_set_and_one_ranked_page(corpus):
    pages = english_pages()
    everything = engine.backend_for(engine.fallback_alias() or "default").search(
        "governance", pages.only("pk"), operator="and"
    )
    ranked = [page.pk for page in everything]
    assert set(engine_facets.matching_queryset("governance", pages).values_list("pk", flat=True)) == set(
        ranked
    )
    with CaptureQueriesContext(connection) as queries:
        assert engine_facets.ranked_ids("governance", pages, 2, 3) == ranked[2:5]
    # One ranking query with LIMIT/OFFSET (SQLite's one-pass backend then loads the 3 pages by id).
    ranking = [q["sql"] for q in queries.captured_queries if "MATCH" in q["sql"] or "@@" in q["sql"]]
    assert len(ranking) == 1 and "LIMIT 3 OFFSET 2" in ranking[0].upper()
    assert len(queries.captured_queries) <= 2


def test_each_set_of_selections_is_computed_once_for_the_counts(corpus, settings):
    """Two chosen facets: the matches passing both (the total, the unchosen facets' counts) and passing each
    one alone (the other chosen facet's counts) are each a common table expression of the one counting query,
    rather than the selections joined again inside every facet's GROUP BY."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": broken_engine_backends()["database"]}
    selection = {"topic": ["service-delivery", "local-elections"], "region": "africa"}
    with CaptureQueriesContext(connection) as queries:
        outcome = run_search(SearchParams(q="governance", page_size=50, **selection))
    counting = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(f"WITH {faceting.MATCHED}")]
    assert len(counting) == 1
    assert counting[0].count("AS MATERIALIZED") == 4  # the matches; both selections; each one alone
    assert outcome.total == len(outcome.results) > 0


def test_the_counting_sql_is_built_once_per_shape_and_counts_as_when_built_anew(corpus, settings):
    """The counts' UNION ALL depends on which facets have a selection, not on the words or the values chosen:
    a second search of the same shape reuses it (building it was a third of a search's CPU) and counts as
    the same search does with the SQL built for it alone."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": broken_engine_backends()["database"]}

    def built() -> int:
        return faceting._counting_union.cache_info().misses

    def search(q: str, **selection) -> tuple:
        outcome = run_search(SearchParams(q=q, page_size=50, **selection))
        return outcome.total, [r.pk for r in outcome.results], outcome.facet_counts

    faceting._counting_union.cache_clear()
    search("budget", topic=["service-delivery"])
    assert built() == 1
    same_shape = {"topic": ["fiscal-decentralization", "local-elections"], "sort": "newest"}
    reused = search("decentralization", **same_shape)
    assert built() == 1  # nothing built
    faceting._counting_union.cache_clear()
    assert search("decentralization", **same_shape) == reused
    assert built() == 1
    assert reused[0] > 0
    search("governance", region="africa")  # another shape: built for it
    assert built() == 2


def test_the_definition_card_reads_only_the_index_entries_of_the_types_raising_one(corpus):
    card_types = {
        str(ContentType.objects.get_for_model(model).pk)
        for model in content_models()
        if model.exact_names.__func__ is not ContentPage.exact_names.__func__
    }
    words = "intergovernmental fiscal transfers"
    with CaptureQueriesContext(connection) as queries:
        pk = faceting.card_page_id(fold_words(words), " ".join(search_terms(words)), english_pages(), "en")
    assert pk == GlossaryTermPage.objects.get(title="Intergovernmental fiscal transfers").pk
    read = [
        set(re.sub(r"\s", "", found).split(","))
        for query in queries.captured_queries
        for found in re.findall(r'"content_type_id"(?: \+ 0\))? IN \(([^)]*)\)', query["sql"])
    ]
    assert read and all(types <= card_types for types in read), read


def test_no_definition_card_for_a_query_that_folds_to_nothing(corpus):
    pages = english_pages()
    with CaptureQueriesContext(connection) as queries:
        assert faceting.card_page_id(fold_words("« ! »"), "", pages, "en") is None
    assert queries.captured_queries == []


def test_a_query_naming_no_page_runs_no_card_query_and_a_new_name_is_known_at_once(
    corpus, glossary, django_assert_num_queries
):
    words = "intergovernmental fiscal transfers"
    term = GlossaryTermPage.objects.get(title="Intergovernmental fiscal transfers")
    pages = english_pages()
    with request_scope():
        with django_assert_num_queries(1):  # every name that raises a card, read once per generation
            assert not faceting.may_name_a_page(fold_words("budget"))
        with django_assert_num_queries(0):
            assert faceting.card_page_id(fold_words("budget"), "budget", pages, "en") is None
            assert faceting.may_name_a_page(fold_words(words))
    with request_scope(), django_assert_num_queries(0):  # the next request: from this process's memory
        assert not faceting.may_name_a_page(fold_words("participatory budgeting"))
    GlossaryTermPageFactory(parent=glossary, title="Participatory budgeting")  # a publish: a new generation
    with request_scope():
        assert faceting.may_name_a_page(fold_words("Participatory Budgeting"))
        pk = faceting.card_page_id(fold_words(words), " ".join(search_terms(words)), pages, "en")
    assert pk == term.pk
