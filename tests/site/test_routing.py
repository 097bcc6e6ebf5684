"""Routing through the cache (decnet.routing): no query for the pages of the path, never a wrong page after a
change that starts a new generation."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from decnet import seo
from tests.factories import BlogPostPageFactory
from traffic.generation import new_generation
from traffic.scope import request_scope

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(blog_index):
    return BlogPostPageFactory(parent=blog_index, title="Routed post", slug="routed-post")


def _route(home_page, *components):
    request = RequestFactory().get("/")
    return home_page.specific.route(request, list(components)).page


def test_the_pages_of_the_path_and_the_breadcrumbs_cost_no_query(home_page, blog_index, post):
    with request_scope():
        _route(home_page, blog_index.slug, "routed-post")  # builds the cached child maps
    home = Page.objects.get(pk=home_page.pk).specific
    with request_scope(), CaptureQueriesContext(connection) as queries:
        routed = _route(home, blog_index.slug, "routed-post")
        trail = seo.ancestors(routed)
    assert routed.pk == post.pk
    assert len(queries.captured_queries) == 0  # rows kept under the generation (Wagtail: 4)
    assert [page.pk for page in trail] == [home_page.pk, blog_index.pk]


def test_breadcrumbs_of_a_page_not_routed_come_from_the_database(blog_index, post, home_page):
    page = Page.objects.get(pk=post.pk).specific
    with CaptureQueriesContext(connection) as queries:
        trail = seo.ancestors(page)
    assert [item.pk for item in trail] == [home_page.pk, blog_index.pk]
    assert len(queries.captured_queries) == 1


def test_a_slug_changed_behind_the_cache_routes_to_the_right_page(client, blog_index, post):
    url = post.url
    assert client.get(url).status_code == 200  # the blog's child map is now cached
    Page.objects.filter(pk=post.pk).update(slug="renamed-post")
    new_generation()  # as a save, publish or move does (pagecache/invalidation.py)
    renamed = url.replace("/routed-post/", "/renamed-post/")
    assert client.get(renamed).status_code == 200
    assert client.get(url).status_code == 404


def test_a_restricted_page_is_still_refused(client, post):
    assert client.get(post.url).status_code == 200
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(post.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
