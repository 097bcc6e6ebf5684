"""The blog index costs the same number of SQL queries whatever the number of posts it shows."""

import datetime
import itertools

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import BlogIndexPage
from tests.factories import CountryFactory, PersonFactory, TopicFactory
from tests.page_queries import MAX_QUERIES_PER_PAGE, warm_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_posts(make_post, make_image):
    """Add posts that each have their own feed image, two authors, two topics and a country."""
    topics = [TopicFactory() for _ in range(3)]
    countries = [CountryFactory() for _ in range(3)]
    people = [PersonFactory() for _ in range(4)]
    counter = itertools.count()

    def add(how_many: int) -> None:
        for _ in range(how_many):
            number = next(counter)
            make_post(
                title=f"Post number {number}",
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                feed_image=make_image(width=64, height=48),
                authors=[people[number % 4], people[(number + 1) % 4]],
                topics=[topics[number % 3], topics[(number + 1) % 3]],
                countries=[countries[number % 3]],
            )

    return add


def _count_queries(client, url: str) -> tuple[int, str]:
    assert client.get(url).status_code == 200  # warm-up: generates the thumbnails' renditions once
    for cache in caches.all():
        cache.clear()  # so renditions and site root paths come from the database, as on a cold request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response.content.decode()


def test_all_posts_on_one_page_cost_constant_queries(client, add_posts, monkeypatch):
    """10 and 50 posts listed on one page (pagination widened) run the same queries."""
    monkeypatch.setattr(BlogIndexPage, "per_page", 100)
    add_posts(10)
    ten, html_ten = _count_queries(client, "/en/blog/")
    assert html_ten.count('<li class="card">') == 10
    add_posts(40)
    fifty, html_fifty = _count_queries(client, "/en/blog/")
    assert html_fifty.count('<li class="card">') == 50
    assert html_fifty.count('loading="lazy"') == 50
    assert ten == fifty


def test_paginated_index_with_10_and_50_posts_costs_the_same(client, add_posts):
    add_posts(10)
    ten, _ = _count_queries(client, "/en/blog/")
    add_posts(40)
    fifty, html = _count_queries(client, "/en/blog/")
    assert "Page 1 of 5" in html
    assert ten == fifty


def test_filtered_author_listing_costs_constant_queries(client, add_posts, monkeypatch):
    monkeypatch.setattr(BlogIndexPage, "per_page", 100)
    add_posts(4)
    author_slug = PersonFactory._meta.model.objects.order_by("pk").first().slug
    url = f"/en/blog/?author={author_slug}&year=2020"
    few, _ = _count_queries(client, url)
    add_posts(16)
    many, html = _count_queries(client, url)
    assert html.count('<li class="card">') == 10
    assert few == many


# Warm requests: at most these many queries, the same with 2 and with 8 posts around
# (issue 18's ceiling, tests/page_queries.py).
POST_QUERIES = MAX_QUERIES_PER_PAGE
INDEX_QUERIES = MAX_QUERIES_PER_PAGE


def test_post_and_index_stay_within_their_query_budget_as_posts_are_added(client, add_posts):
    add_posts(2)
    post_url = BlogIndexPage.objects.get().get_children().live().order_by("path").first().url
    few = [warm_queries(client, url)[0] for url in (post_url, "/en/blog/")]
    add_posts(6)
    many = [warm_queries(client, url)[0] for url in (post_url, "/en/blog/")]
    assert many == few
    assert many[0] <= POST_QUERIES
    assert many[1] <= INDEX_QUERIES
