"""The view restrictions, read once per request: the same pages as Wagtail's ``public()``, at one query."""

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.factories import BlogPostPageFactory, StandardPageFactory
from traffic.scope import RequestScopeMiddleware
from traffic.visibility import public


def restrictions_read(queries) -> int:
    return sum('FROM "wagtailcore_pageviewrestriction"' in query["sql"] for query in queries)


def restrict(page: Page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame-42"
    )


@pytest.fixture
def sections(home_page, blog_index):
    private = StandardPageFactory(parent=home_page, title="Members", slug="members", show_in_menus=True)
    under_private = StandardPageFactory(parent=private, title="Minutes", slug="minutes")
    posts = [BlogPostPageFactory(parent=blog_index, title=f"Post {n}") for n in range(3)]
    return {"private": private, "under_private": under_private, "posts": posts}


def in_one_request(work):
    """Runs ``work`` as a view behind the request-scope middleware and returns what it returned."""
    results = []

    def view(request):
        results.append(work())
        return HttpResponse()

    RequestScopeMiddleware(view)(RequestFactory().get("/"))
    return results[0]


def test_the_same_pages_as_wagtails_public(sections):
    restrict(sections["private"])
    ours = set(public(Page.objects.live()).values_list("pk", flat=True))
    wagtails = set(Page.objects.live().public().values_list("pk", flat=True))
    assert ours == wagtails
    assert sections["private"].pk not in ours and sections["under_private"].pk not in ours
    assert {post.pk for post in sections["posts"]} <= ours


def test_without_restrictions_nothing_is_excluded(sections):
    assert public(Page.objects.live()).count() == Page.objects.live().count()


def test_read_once_per_request_and_every_time_outside_one(sections):
    restrict(sections["private"])

    def three_listings():
        return [list(public(Page.objects.live()).values_list("pk", flat=True)) for _ in range(3)]

    with CaptureQueriesContext(connection) as inside:
        listed = in_one_request(three_listings)
    assert restrictions_read(inside.captured_queries) == 1
    assert all(sections["private"].pk not in pks for pks in listed)
    with CaptureQueriesContext(connection) as outside:
        three_listings()
    assert restrictions_read(outside.captured_queries) == 3


def test_a_restriction_saved_during_the_request_is_honoured_at_once(sections):
    def restrict_between_two_listings():
        before = set(public(Page.objects.live()).values_list("pk", flat=True))
        restrict(sections["private"])
        after = set(public(Page.objects.live()).values_list("pk", flat=True))
        return before, after

    before, after = in_one_request(restrict_between_two_listings)
    assert sections["private"].pk in before
    assert sections["private"].pk not in after and sections["under_private"].pk not in after


def read_on_a_page(client, path: str):
    client.get(path)
    with CaptureQueriesContext(connection) as page:
        response = client.get(path)
    assert response.status_code == 200
    return restrictions_read(page.captured_queries), response.text


def test_a_page_reads_the_restrictions_once_and_wagtail_once(client, sections):
    """Ours once (menu, footer, language versions, feeds, listings) and Wagtail's own serve-time check once;
    9 reads on the blog index before the memo."""
    reads, html = read_on_a_page(client, "/en/blog/")
    assert reads <= 2
    assert 'href="/en/members/"' in html  # in the menu while public


def test_with_a_restriction_the_page_hides_it_at_four_reads(client, sections):
    """With a restriction somewhere, the other-language check (hardening/wagtail_hooks.py) reads the page's
    own restrictions and its translations' too: two more."""
    restrict(sections["private"])
    reads, html = read_on_a_page(client, "/en/blog/")
    assert reads <= 4
    assert 'href="/en/members/"' not in html
