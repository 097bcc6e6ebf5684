"""The SQL of the database side of search (search/faceting.py) reads years and days in the database itself:
on SQLite, no Python function is called per row (Django's ExtractYear and TruncDate call one there), and the
values are those of Django's functions. The one-pass SQLite ranking gives a page of ids in one query."""

import datetime
import re

import pytest
from django.db import connection
from django.db.models.functions import ExtractYear, TruncDate
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPostPage
from search import engine, engine_facets, facet_rows, faceting
from tests.factories import BlogPostPageFactory, make_site_tree
from tests.search.conftest import engine_in_use, reindex_all


@pytest.fixture(scope="module")
def dated(module_db):
    """Four posts across years, published at both ends of a day; built once (the tests only read them)."""
    tree = make_site_tree()
    moments = [
        (datetime.date(2009, 12, 31), datetime.datetime(2009, 12, 31, 23, 59, tzinfo=datetime.UTC)),
        (datetime.date(2010, 1, 1), datetime.datetime(2010, 1, 1, 0, 0, tzinfo=datetime.UTC)),
        (datetime.date(2024, 2, 29), datetime.datetime(2024, 2, 29, 12, 30, tzinfo=datetime.UTC)),
        (datetime.date(2025, 6, 1), datetime.datetime(2025, 6, 1, 8, 0, tzinfo=datetime.UTC)),
    ]
    for n, (day, moment) in enumerate(moments):
        post = BlogPostPageFactory(parent=tree.blog_index, title=f"Water governance {n}", date=day)
        Page.objects.filter(pk=post.pk).update(first_published_at=moment)
    reindex_all()
    return moments


@pytest.fixture
def posts(dated, db):
    return dated


def test_years_and_days_equal_djangos(posts):
    rows = BlogPostPage.objects.annotate(
        year=facet_rows.Year("date"),
        django_year=ExtractYear("date"),
        published_year=facet_rows.Year("first_published_at"),
        django_published_year=ExtractYear("first_published_at"),
        day=faceting._Day("first_published_at"),
        django_day=TruncDate("first_published_at"),
    ).values_list("year", "django_year", "published_year", "django_published_year", "day", "django_day")
    rows = list(rows)
    assert len(rows) == 4
    for year, django_year, published_year, django_published_year, day, django_day in rows:
        assert (int(year), int(published_year)) == (django_year, django_published_year)
        assert str(day) == str(django_day)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's per-row Python functions")
def test_no_python_function_per_row_on_sqlite(posts):
    sql = str(
        BlogPostPage.objects.annotate(y=facet_rows.Year("date"), d=faceting._Day("first_published_at")).query
    )
    assert "django_" not in sql and "strftime" in sql
    with timezone.override("Europe/Paris"):  # a time zone other than UTC: Django's own functions
        sql = str(BlogPostPage.objects.annotate(y=facet_rows.Year("first_published_at")).query)
    assert "django_datetime_extract" in sql


def test_newest_first_orders_by_the_listing_date(posts):
    posts_first = faceting.newest_first(Page.objects.type(BlogPostPage)).values_list("pk", flat=True)
    dates = dict(BlogPostPage.objects.values_list("pk", "date"))
    assert [dates[pk] for pk in posts_first] == sorted((day for day, _moment in posts), reverse=True)


def test_a_ranked_page_of_ids_is_one_query(posts):
    """On SQLite the ranking query's ids are the answer: the pages are not loaded again through the
    searched queryset (whose SQL repeats the full-text matches)."""
    pages = Page.objects.live().filter(depth__gt=1)
    everything = [
        page.pk
        for page in engine.backend_for(engine.fallback_alias() or "default").search(
            "water governance", pages.only("pk"), operator="and"
        )
    ]
    with CaptureQueriesContext(connection) as queries:
        assert engine_facets.ranked_ids("water governance", pages, 1, 2) == everything[1:3]
    assert len(queries.captured_queries) == 1


def test_the_relevance_page_is_one_ranked_query_with_the_title_matches_first(posts):
    """The results whose title holds every word, then the others, each group in the backend's order, after
    the pages that go first: one ranked query (the title group is its leading key), on any page."""
    blog = BlogIndexPage.objects.get()
    for n in range(3):  # "governance" only in their summary (the factory's)
        BlogPostPageFactory(parent=blog, title=f"Budget note {n}")
    pages = Page.objects.live().filter(depth__gt=1)
    titled = set(
        engine_facets.matching_queryset("governance", pages, fields=["title"]).values_list("pk", flat=True)
    )
    ranked = engine_facets.ranked_ids("governance", pages, 0, 100)
    assert 4 <= len(titled) < len(ranked)  # both groups
    first = [ranked[-1]]  # e.g. a promoted page
    rest = [pk for pk in ranked if pk in titled and pk not in first] + [
        pk for pk in ranked if pk not in titled and pk not in first
    ]
    with CaptureQueriesContext(connection) as queries:
        assert faceting.relevance_page("governance", pages, first, 0, 10) == (first + rest)[:10]
    assert len(queries.captured_queries) == 1
    assert faceting.relevance_page("governance", pages, first, 3, 6) == (first + rest)[3:6]
    assert faceting.relevance_page("governance", pages, first, 5, 10) == (first + rest)[5:10]
    # Backends without a leading ordering key (Wagtail's own, e.g. MySQL) rank the two groups apart, alike.
    in_titles = engine_facets.matching_queryset("governance", pages, fields=["title"]).values("pk")
    others = pages.exclude(pk__in=first)
    for offset, limit in [(0, 10), (0, 2), (2, 3), (4, 3), (6, 5)]:
        expected = rest[offset : offset + limit]
        assert engine_facets.ranked_ids("governance", others, offset, limit, first=in_titles) == expected
        assert (
            engine_facets._first_then_rest("governance", others, offset, limit, None, in_titles) == expected
        )


def test_a_search_ranks_its_matches_with_one_full_text_match_of_the_documents(posts, client):
    """The ranked query of a search applies the full-text match itself, once: it does not also keep the
    pages of the counted matching set (a subquery repeating the match, a second pass over the matches)."""
    if engine_in_use() != "database":
        pytest.skip("the database side of search ranks in SQL; an engine ranks in its own request")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/search", {"q": "water governance"}).json()["total"] == 4
    ranked = [
        query["sql"]
        for query in queries.captured_queries
        if " LIMIT " in query["sql"] and any(match in query["sql"] for match in (" @@ ", " MATCH "))
    ]
    assert ranked, [query["sql"][:200] for query in queries.captured_queries]
    ranking = max(ranked, key=len)
    # The documents' match (title and body), beside the title group's match (titles only).
    document = re.compile(
        r'"title" \|\| "?\w+"?\."body"\) @@' if connection.vendor == "postgresql" else r"\{title body\}"
    )
    assert len(document.findall(ranking)) == 1, ranking
