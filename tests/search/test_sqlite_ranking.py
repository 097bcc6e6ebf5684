"""The one-pass SQLite ranking (search/backends/database_sqlite.py) is used, and gives modelsearch's ids in
modelsearch's order (Wagtail's stock SQLite backend, with its correlated score subquery, is the reference)."""

import random

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from blog.models import BlogPostPage
from glossary.models import GlossaryTermPage
from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory, ResourcePageFactory, make_site_tree
from tests.search.conftest import reindex_all

if connection.vendor != "sqlite":  # the FTS5 models exist only on SQLite
    pytest.skip("the SQLite FTS5 backend", allow_module_level=True)

from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend  # noqa: E402

from search.backends.database_sqlite import OnePassSQLiteSearchBackend  # noqa: E402

WORDS = ["governance", "fiscal", "transfers", "local", "municipal", "budget", "council", "reform", "water"]
QUERIES = ["governance", "fiscal transfers", "local governance", "municipal budget reform", "water"]


def database_alias() -> str:
    fallback = settings.SEARCH_FALLBACK_BACKEND
    return fallback if fallback in settings.WAGTAILSEARCH_BACKENDS else "default"


@pytest.fixture(scope="module")
def many_pages(module_db):
    """80 pages of random words from a small vocabulary: many matches, many ties, titles of varied length;
    built once for the module (the tests only search them)."""
    tree = make_site_tree()
    blog_index, library, glossary = tree.blog_index, tree.library, tree.glossary
    rng = random.Random(12)

    def words(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    for n in range(80):
        kind = n % 3
        if kind == 0:
            BlogPostPageFactory(parent=blog_index, title=f"{words(rng.randint(1, 6))} {n}", summary=words(20))
        elif kind == 1:
            ResourcePageFactory(parent=library, title=f"{words(rng.randint(1, 6))} {n}", summary=words(30))
        else:
            GlossaryTermPageFactory(
                parent=glossary, title=f"{words(rng.randint(1, 3))} {n}", definition=f"<p>{words(15)}</p>"
            )
    reindex_all()


@pytest.fixture
def pages(many_pages, db):
    """The module's pages, with each test in its own transaction."""


def ranked_ids(backend, query: str, operator: str = "and") -> list[int]:
    results = backend.search(query, Page.objects.live().filter(depth__gt=1), operator=operator)
    return [page.pk for page in results]


def test_the_database_backend_is_the_one_pass_one(db):
    assert isinstance(get_search_backend(database_alias()), OnePassSQLiteSearchBackend)


@pytest.mark.parametrize("operator", ["and", "or"])
def test_same_ids_in_the_same_order_as_modelsearch(pages, operator):
    stock = SQLiteSearchBackend({})
    one_pass = get_search_backend(database_alias())
    for query in QUERIES:
        expected = ranked_ids(stock, query, operator)
        assert len(expected) > 5, query
        assert ranked_ids(one_pass, query, operator) == expected, query


@pytest.mark.parametrize("prefix", ["gov", "fiscal tra", "mun", "water"])
def test_autocomplete_gives_the_same_ids_in_the_same_order(pages, prefix):
    queryset = Page.objects.live().filter(depth__gt=1)
    stock = SQLiteSearchBackend({}).autocomplete(prefix, queryset, operator="and")
    one_pass = get_search_backend(database_alias()).autocomplete(prefix, queryset, operator="and")
    expected = [page.pk for page in stock]
    assert len(expected) > 1, prefix
    assert [page.pk for page in one_pass] == expected


def test_slices_match_too(pages):
    stock = SQLiteSearchBackend({})
    one_pass = get_search_backend(database_alias())
    queryset = Page.objects.live().filter(depth__gt=1)
    expected = [p.pk for p in stock.search("governance", queryset, operator="and")[10:20]]
    assert [p.pk for p in one_pass.search("governance", queryset, operator="and")[10:20]] == expected


def test_the_ranking_query_runs_the_match_once(pages):
    """The stock query runs MATCH once in the filter and once more per result in the score subquery; the
    one-pass query names the FTS5 table's MATCH once."""
    with CaptureQueriesContext(connection) as queries:
        ranked_ids(get_search_backend(database_alias()), "governance")
    ranking = [q["sql"] for q in queries.captured_queries if "bm25" in q["sql"]]
    assert len(ranking) == 1
    assert ranking[0].count("MATCH") == 1


@pytest.mark.parametrize("model", [GlossaryTermPage, BlogPostPage, Page])
def test_the_matches_of_one_page_type_start_from_the_full_text_index(pages, model):
    """Unordered matches (the definition card's, the facets'): the same pages as modelsearch's, and SQLite
    starts from the FTS5 table, looking each match's index entry up by rowid, rather than from the page
    type's index entries, running the MATCH once per entry (1.2 s per search at 10,000 pages)."""
    searched = model.objects.live().filter(depth__gt=1)
    one_pass = get_search_backend(database_alias()).search("governance", searched, order_by_relevance=False)
    stock = SQLiteSearchBackend({}).search("governance", searched, order_by_relevance=False)
    assert [page.pk for page in one_pass] == [page.pk for page in stock] != []
    sql, params = one_pass.get_queryset().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = [row[3] for row in cursor.fetchall()]
    entry_lookups = [
        step for step in plan if "content_type_id" in step or ("rowid=?" in step and "U1" in step)
    ]
    assert any("VIRTUAL TABLE" in step for step in plan), plan
    assert entry_lookups and all("INTEGER PRIMARY KEY (rowid=?)" in step for step in entry_lookups), plan
