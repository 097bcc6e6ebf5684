"""The view restrictions, read once per generation and worker, at most once per request: the same pages as
Wagtail's ``public()``."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.factories import BlogPostPageFactory, StandardPageFactory
from tests.traffic.helpers import in_one_request
from traffic.generation import new_generation
from traffic.visibility import public, view_restrictions


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


def listed_in_a_request() -> tuple[set[int], int]:
    """The public pages' ids, as a request lists them, and how many times it read the restrictions."""
    with CaptureQueriesContext(connection) as queries:
        listed = in_one_request(lambda: set(public(Page.objects.live()).values_list("pk", flat=True)))
    return listed, restrictions_read(queries.captured_queries)


def test_kept_across_requests_until_a_new_generation(sections):
    """Read by the first request of a generation only; a change in another worker process (its publish,
    move or restriction starts a new generation) makes the next request read them again."""
    restrict(sections["private"])
    first, first_reads = listed_in_a_request()
    second, second_reads = listed_in_a_request()
    assert (first_reads, second_reads) == (1, 0)
    assert first == second and sections["private"].pk not in second
    PageViewRestriction.objects.filter(page=sections["private"]).update(page=sections["posts"][0])  # unseen
    new_generation()  # what the other process's change did
    after, reads = listed_in_a_request()
    assert reads == 1
    assert sections["private"].pk in after and sections["posts"][0].pk not in after


def test_a_restriction_saved_or_deleted_is_honoured_by_the_next_request(sections):
    listed_in_a_request()
    restriction = restrict(sections["private"])
    hidden, _reads = listed_in_a_request()
    assert sections["private"].pk not in hidden and sections["under_private"].pk not in hidden
    restriction.delete()
    shown, _reads = listed_in_a_request()
    assert {sections["private"].pk, sections["under_private"].pk} <= shown


def test_a_restricted_page_moved_is_hidden_where_it_went_during_the_request_and_after(sections, blog_index):
    restrict(sections["private"])
    listed_in_a_request()

    def move_between_two_listings():
        public(Page.objects.live()).count()
        sections["private"].move(blog_index, pos="last-child")
        return set(public(Page.objects.live()).values_list("pk", flat=True))

    during = in_one_request(move_between_two_listings)
    after, _reads = listed_in_a_request()
    for listed in (during, after):
        assert sections["private"].pk not in listed and sections["under_private"].pk not in listed
        assert all(post.pk in listed for post in sections["posts"])


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


def test_a_caller_changing_its_list_changes_no_one_elses(sections):
    restrict(sections["private"])

    def change_then_list():
        view_restrictions().clear()
        return set(public(Page.objects.live()).values_list("pk", flat=True))

    assert sections["private"].pk not in in_one_request(change_then_list)
    assert sections["private"].pk not in listed_in_a_request()[0]
