"""The search page and the API cost the same number of SQL queries however many pages match."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import BlogPostPageFactory, ResourcePageFactory, ResourceTypeFactory
from tests.page_queries import MAX_QUERIES_PER_PAGE, warm_queries


@pytest.fixture
def add_pages(blog_index, library, taxonomy, reindex):
    primer = ResourceTypeFactory(name="Primer", slug="primer")
    made = []

    def add(how_many: int) -> None:
        for _ in range(how_many):
            number = len(made)
            made.append(
                BlogPostPageFactory(
                    parent=blog_index,
                    title=f"Budget post {number}",
                    date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                    topics=[taxonomy["finance"]],
                    countries=[taxonomy["kenya" if number % 2 else "nepal"]],
                )
            )
            made.append(
                ResourcePageFactory(
                    parent=library, title=f"Budget product {number}", resource_type=primer, files=[]
                )
            )
        reindex()

    return add


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=budget&region=africa&sort=newest",
        "/api/v1/search?q=budget&topic=fiscal-decentralization&type=blog",
    ],
)
def test_search_queries_do_not_grow_with_the_matches(client, add_pages, django_assert_max_num_queries, url):
    add_pages(3)
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    few = len(queries.captured_queries)
    add_pages(30)
    for cache in caches.all():
        cache.clear()
    with django_assert_max_num_queries(few):
        assert client.get(url).status_code == 200


# A warm request (its results' descriptions kept since the first) with the other languages' matches
# (search.crosslanguage): issue 18's ceiling, as every public page type.
@pytest.mark.parametrize("url", ["/en/search/?q=budget", "/api/v1/search?q=budget"])
def test_search_stays_within_the_page_query_budget_as_matches_grow(client, add_pages, url):
    add_pages(2)
    few, _ = warm_queries(client, url, savepoints=False)
    add_pages(6)
    many, body = warm_queries(client, url, savepoints=False)
    assert "Budget post" in body
    assert many == few
    assert many <= MAX_QUERIES_PER_PAGE
