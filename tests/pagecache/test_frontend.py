"""What the site tells Varnish (pagecache/frontend.py): which responses it may keep, and the purge on commit.

The real varnishd in front of a real gunicorn is in tests/frontendcache/test_varnish.py; these tests check the
site's side in process, on every database, without varnishd."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client
from wagtail.models import PageViewRestriction

from decnet.models import StandardPage
from pagecache import frontend
from tests.factories import StandardPageFactory, TopicFactory
from tests.impact.conftest import BROWSER

pytestmark = pytest.mark.django_db
VARNISH = "http://127.0.0.1:9"  # nothing listens: a purge is logged, never raised


@pytest.fixture
def frontend_on(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": VARNISH}
    }
    settings.FRONTEND_CACHE_SECONDS = 300


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About LPSA", slug="about")


def reader() -> Client:
    return Client(headers={"user-agent": BROWSER})


def shareable(response) -> bool:
    return response.get(frontend.SURROGATE_HEADER) == "max-age=300"


def test_public_pages_are_shareable_with_their_page_id_only_when_a_frontend_cache_is_set(about, settings):
    assert not reader().get(about.url).has_header(frontend.SURROGATE_HEADER)  # off unless configured
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": "x", "LOCATION": VARNISH}}
    settings.FRONTEND_CACHE_SECONDS = 300
    response = reader().get(about.url)
    assert shareable(response) and response[frontend.PAGE_HEADER] == str(about.pk)


@pytest.mark.usefixtures("frontend_on")
def test_with_the_page_cache_on_its_hits_are_shareable_too(about, settings):
    settings.PAGE_CACHE = True
    assert [shareable(reader().get(about.url)) for _ in range(2)] == [True, True]


@pytest.mark.usefixtures("frontend_on")
def test_private_answers_are_never_shareable(about, admin_user):
    assert not shareable(reader().get(f"{about.url}?utm_source=newsletter"))
    assert not shareable(reader().get("/api/v1/search?q=budget"))
    assert not shareable(reader().get("/en/no-such-page/"))
    signed_in = Client()
    signed_in.force_login(admin_user)
    assert not shareable(signed_in.get(about.url))
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert not shareable(reader().get(about.url))


@pytest.mark.usefixtures("frontend_on")
def test_a_page_that_uses_a_csp_nonce_is_not_shareable(about, monkeypatch):
    monkeypatch.setattr(StandardPage, "template", "pagetype/inline_script_page.html")
    assert not shareable(reader().get(about.url))


@pytest.mark.usefixtures("frontend_on")
def test_a_page_rendered_while_the_content_changed_is_not_shareable(about, monkeypatch):
    """Varnish could keep it after the purge: the change's new generation tells the site so."""
    original = StandardPage.serve

    def serve_while_an_editor_publishes(self, request, *args, **kwargs):
        response = original(self, request, *args, **kwargs)
        TopicFactory(name="Fiscal transfers", slug="fiscal-transfers")  # a snippet saved meanwhile
        return response

    monkeypatch.setattr(StandardPage, "serve", serve_while_an_editor_publishes)
    assert not shareable(reader().get(about.url))


def test_a_change_purges_once_per_transaction_after_the_commit(
    about, frontend_on, monkeypatch, django_capture_on_commit_callbacks
):
    purged = []
    monkeypatch.setattr(frontend, "purge_urls_from_cache", lambda urls: purged.append(urls))
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        about.title = "About the Alliance"
        about.save_revision().publish()
        TopicFactory(name="Fiscal transfers", slug="fiscal-transfers")
        assert purged == []  # not before the commit
    assert purged == [["http://localhost/"]]


def test_without_a_frontend_cache_nothing_is_purged(about, monkeypatch, django_capture_on_commit_callbacks):
    purged = []
    monkeypatch.setattr(frontend, "purge_urls_from_cache", lambda urls: purged.append(urls))
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert purged == []


def test_an_unreachable_frontend_cache_does_not_fail_a_publish(
    about, frontend_on, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()  # PURGE to a closed port: logged by Wagtail's backend
