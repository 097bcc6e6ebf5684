"""The page cache (issue 18, point 3): a second anonymous view comes from the cache, any change readers could
see makes the next view fresh, private views are never kept, and counting is the same for hits."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from decnet.models import FooterSettings, FooterText, StandardPage, Topic
from hardening import csp
from hardening.restrictions import _state as restriction_state
from impact import services
from impact.clients import impact_cache
from impact.models import DailyPageViews
from pagecache import store
from tests.factories import BlogPostPageFactory, StandardPageFactory, TopicFactory
from tests.glossary.conftest import translate
from tests.impact.conftest import BROWSER, reader_from

pytestmark = pytest.mark.django_db
CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The cache is off in the test settings (its entries would outlive each test's transaction); on here,
    starting empty (the autouse `empty_caches` clears the cache), with a fresh counting state."""
    settings.PAGE_CACHE = True
    impact_cache().clear()
    services.pending.take()
    yield
    services.pending.take()


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About LPSA", slug="about")


def reader() -> Client:
    return Client(headers={"user-agent": BROWSER})


def status_of(response) -> str | None:
    return response.headers.get(store.HEADER)


def cached_twice(url: str, client: Client | None = None) -> None:
    """GET ``url`` until it is in the cache: a miss that stores it, then a hit."""
    client = client or reader()
    assert status_of(client.get(url)) == "miss"
    assert status_of(client.get(url)) == "hit"


def views_of(page) -> int:
    services.flush()
    return sum(DailyPageViews.objects.filter(page_id=page.pk).values_list("views", flat=True))


# -- hits ----------------------------------------------------------------------------------------------------


def test_a_second_anonymous_view_comes_from_the_cache_without_a_query(about):
    first = Client(headers={"user-agent": CRAWLER}).get(about.url)
    assert first.status_code == 200 and status_of(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = Client(headers={"user-agent": CRAWLER}).get(about.url)
    assert status_of(second) == "hit"
    assert len(queries.captured_queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The middleware outside the cache still runs: security headers and a request id of its own.
    assert "Content-Security-Policy" in second and second["X-Frame-Options"] == "DENY"
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_a_readers_hit_queries_only_what_counting_needs(about):
    reader().get(about.url)
    with CaptureQueriesContext(connection) as queries:
        response = reader_from("203.0.113.40").get(about.url)
    assert status_of(response) == "hit"
    statements = [query["sql"] for query in queries.captured_queries if "SAVEPOINT" not in query["sql"]]
    assert statements and all("hardening_sharedcounter" in sql for sql in statements), statements


def test_filtered_listing_views_are_kept_but_other_query_strings_are_not(about, blog_index):
    cached_twice(f"{blog_index.url}?sort=title")
    assert status_of(reader().get(f"{about.url}?utm_source=newsletter")) is None
    assert status_of(reader().get(f"{about.url}?utm_source=newsletter")) is None
    assert status_of(reader().get(f"{blog_index.url}?q=budget")) is None


def test_the_switch_turns_it_off(about, settings):
    settings.PAGE_CACHE = False
    assert status_of(reader().get(about.url)) is None
    assert status_of(reader().get(about.url)) is None


# -- what makes the next view fresh ------------------------------------------------------------------------


def test_publishing_an_edit_makes_the_next_view_fresh(about):
    cached_twice(about.url)
    about.title = "About the Alliance"
    about.save_revision().publish()
    response = reader().get(about.url)
    assert status_of(response) == "miss" and "About the Alliance" in response.content.decode()


def test_unpublishing_makes_the_next_view_fresh(about):
    cached_twice(about.url)
    about.unpublish()
    assert reader().get(about.url).status_code == 404


def test_moving_makes_the_next_view_fresh(about, home_page):
    team = StandardPageFactory(parent=about, title="Team", slug="team")
    old_url = team.url
    cached_twice(old_url)
    team.move(home_page, pos="last-child")
    moved_away = reader().get(old_url)  # Wagtail leaves a redirect to the new address
    assert moved_away.status_code == 301 and moved_away["Location"] == "/en/team/"
    assert reader().get("/en/team/").status_code == 200


def test_deleting_makes_the_next_view_fresh(about):
    cached_twice(about.url)
    about.delete()
    assert reader().get("/en/about/").status_code == 404


def test_publishing_a_post_makes_its_listing_fresh(blog_index):
    cached_twice(blog_index.url)
    BlogPostPageFactory(parent=blog_index, title="Counties and the equitable share", slug="counties")
    response = reader().get(blog_index.url)
    assert status_of(response) == "miss" and "Counties and the equitable share" in response.content.decode()


def test_publishing_a_translation_makes_the_source_page_fresh(about):
    cached_twice(about.url)
    translate(about, "fr", "À propos", slug="a-propos")
    response = reader().get(about.url)
    assert status_of(response) == "miss" and "/fr/a-propos/" in response.content.decode()


def test_a_snippet_change_makes_the_next_view_fresh(about):
    cached_twice(about.url)
    TopicFactory(name="Fiscal transfers")
    assert status_of(reader().get(about.url)) == "miss"
    assert status_of(reader().get(about.url)) == "hit"
    topic = Topic.objects.get(name="Fiscal transfers")
    topic.name = "Intergovernmental transfers"
    topic.save()
    assert status_of(reader().get(about.url)) == "miss"


def test_a_footer_text_and_a_site_setting_change_make_the_next_view_fresh(about, home_page):
    cached_twice(about.url)
    text = FooterText.objects.create(
        name="Footer", about="Published by the alliance of local governments.", locale=Locale.get_default()
    )
    assert status_of(reader().get(about.url)) == "miss"
    assert status_of(reader().get(about.url)) == "hit"
    footer = FooterSettings.for_site(home_page.get_site())
    footer.text = text
    footer.save()
    response = reader().get(about.url)
    assert status_of(response) == "miss"
    assert "Published by the alliance of local governments." in response.content.decode()


def test_a_draft_saved_does_not_empty_the_cache(about):
    cached_twice(about.url)
    about.title = "Draft title"
    about.save_revision()
    response = reader().get(about.url)
    assert status_of(response) == "hit" and "Draft title" not in response.content.decode()


# -- never kept --------------------------------------------------------------------------------------------


def test_signed_in_users_are_never_served_or_stored(about, client, editor):
    cached_twice(about.url)
    client.force_login(editor)
    response = client.get(about.url, headers={"user-agent": BROWSER})
    assert response.status_code == 200 and status_of(response) is None
    assert status_of(client.get(about.url, headers={"user-agent": BROWSER})) is None


def test_a_signed_in_view_is_not_stored_for_readers(about, client, editor):
    client.force_login(editor)
    client.get(about.url, headers={"user-agent": BROWSER})
    assert status_of(reader().get(about.url)) == "miss"


def test_previews_are_never_stored(about, admin_client):
    about.title = "Unpublished draft title"
    about.save_revision()
    preview = admin_client.get(f"/admin/pages/{about.pk}/edit/preview/", headers={"user-agent": BROWSER})
    assert status_of(preview) is None
    about.make_preview_request(original_request=None, preview_mode=about.default_preview_mode)
    response = reader().get(about.url)
    assert status_of(response) == "miss" and "Unpublished draft title" not in response.content.decode()


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_restricted_pages_are_never_stored(about, kind):
    cached_twice(about.url)
    PageViewRestriction.objects.create(page=about, restriction_type=kind, password="open-sesame-42")
    for _ in range(2):
        response = reader().get(about.url)
        assert status_of(response) is None and response.status_code in (200, 302)
        assert "About LPSA" not in response.content.decode() or kind == PageViewRestriction.PASSWORD


def test_a_page_restricted_in_another_language_is_never_stored(about):
    french = translate(about, "fr", "À propos", slug="a-propos")
    restriction_state.copying = True  # a restriction that predates the copy to every language version
    try:
        PageViewRestriction.objects.create(page=french, restriction_type="password", password="sesame-42")
    finally:
        restriction_state.copying = False
    assert not PageViewRestriction.objects.filter(page=about).exists()
    for _ in range(2):
        response = reader().get(about.url)
        assert status_of(response) is None and "About LPSA" not in response.content.decode()


def test_a_reader_who_entered_a_page_password_is_not_served_from_the_cache(about, blog_index):
    cached_twice(blog_index.url)
    session_client = reader()
    session_client.cookies["sessionid"] = "abc"
    assert status_of(session_client.get(blog_index.url)) is None


def test_responses_that_set_a_cookie_are_never_stored(about, monkeypatch):
    serve = StandardPage.serve

    def serve_with_cookie(self, request, *args, **kwargs):
        response = serve(self, request, *args, **kwargs)
        response.set_cookie("chosen", "1")
        return response

    monkeypatch.setattr(StandardPage, "serve", serve_with_cookie)
    for _ in range(2):
        response = reader().get(about.url)
        assert response.cookies["chosen"].value == "1" and status_of(response) is None


# -- counting and the CSP nonce ----------------------------------------------------------------------------


def test_views_from_the_cache_are_counted_like_rendered_ones(about):
    readers = [reader_from(f"203.0.113.{n}") for n in range(1, 6)]
    responses = [client.get(about.url) for client in readers]
    bots = [reader_from("198.51.100.7", agent).get(about.url) for agent in (CRAWLER, "")]
    assert [status_of(r) for r in responses] == ["miss", "hit", "hit", "hit", "hit"]
    assert [status_of(r) for r in bots] == ["hit", "hit"]
    prefetch = reader_from("203.0.113.99", **{"Sec-Purpose": "prefetch"}).get(about.url)
    assert status_of(prefetch) == "hit"
    assert views_of(about) == 5


def test_a_cached_page_gets_a_fresh_nonce_that_matches_its_policy(about, monkeypatch):
    monkeypatch.setattr(StandardPage, "template", "pagetype/inline_script_page.html")
    nonces = []
    for expected in ("miss", "hit", "hit"):
        response = reader().get(about.url)
        assert status_of(response) == expected
        nonce = response.content.decode().split('<script nonce="')[1].split('"')[0]
        assert f"'nonce-{nonce}'" in csp.parse(response["Content-Security-Policy"])["script-src"]
        nonces.append(nonce)
    assert len(set(nonces)) == 3
