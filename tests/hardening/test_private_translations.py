"""Private stays private in every language; page passwords and password resets are throttled; mail settings
come from the environment (issue 17, point 4)."""

from __future__ import annotations

import pytest
from wagtail.models import Page, PageViewRestriction

from hardening.mailconfig import email_settings
from tests.factories import BlogPostPageFactory, fresh
from tests.glossary.conftest import translate

LANGUAGES = ["fr", "es", "pt", "ar"]
SECRET_WORD = "quetzalcoatlbudget"

pytestmark = pytest.mark.shared_site  # the post in five languages: built once (built_versions)


@pytest.fixture(scope="module")
def built_versions(shared_site) -> dict[str, Page]:
    """A blog post in five languages, each with a word found nowhere else: built once per module (about
    0.6 s each time), each test's changes rolled back with it."""
    blog_index = shared_site.blog_index
    post = BlogPostPageFactory(parent=blog_index, title=f"Village fund {SECRET_WORD}", slug="village-fund")
    pages = {"en": post}
    for language in LANGUAGES:
        translate(blog_index, language, f"Blog {language}", slug="blog")  # a real section page, with its feed
        pages[language] = translate(
            post, language, f"Fonds {SECRET_WORD} {language}", slug=f"fonds-{language}"
        )
    return pages


@pytest.fixture
def versions(built_versions, db) -> dict[str, Page]:
    return {language: fresh(page) for language, page in built_versions.items()}


def restrict(page: Page, kind: str = PageViewRestriction.PASSWORD) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="open-sesame-42")


def public_surfaces(client, versions) -> dict[str, list[str]]:
    """Where each language version shows up for an anonymous reader."""
    found: dict[str, list[str]] = {language: [] for language in versions}
    sitemap = client.get("/sitemap.xml").content.decode()
    for language, page in versions.items():
        url = page.get_url()
        response = client.get(url)
        if response.status_code == 200 and SECRET_WORD in response.content.decode():
            found[language].append("page")
        if url in sitemap:
            found[language].append("sitemap")
        api = client.get("/api/v1/search", {"q": SECRET_WORD, "lang": language})
        assert api.status_code == 200
        if api.json()["results"]:
            found[language].append("api")
        search_page = client.get(f"/{language}/search/", {"q": SECRET_WORD})
        if url in search_page.content.decode():
            found[language].append("search")
        feed = client.get(page.get_parent().get_url() + "feeds/rss/")
        if feed.status_code == 200 and SECRET_WORD in feed.content.decode():
            found[language].append("feed")
    return found


def test_all_five_versions_are_public_before_the_restriction(client, versions, settings):
    settings.SEARCH_API_RATE_LIMIT = "off"
    found = public_surfaces(client, versions)
    assert all(set(places) == {"page", "sitemap", "api", "search", "feed"} for places in found.values()), (
        found
    )


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_restricting_a_page_restricts_all_five_language_versions_everywhere(client, versions, settings, kind):
    settings.SEARCH_API_RATE_LIMIT = "off"
    restrict(versions["en"], kind)
    for language, page in versions.items():
        assert PageViewRestriction.objects.filter(page=page, restriction_type=kind).count() == 1, language
        response = client.get(page.get_url())
        if kind == PageViewRestriction.LOGIN:
            assert response.status_code == 302 and "/_util/login/" in response["Location"], language
        else:
            assert SECRET_WORD not in response.content.decode() and "password" in response.content.decode()
    assert public_surfaces(client, versions) == {language: [] for language in versions}


def test_restricting_a_translation_restricts_the_source_and_lifting_it_frees_all(client, versions, settings):
    settings.SEARCH_API_RATE_LIMIT = "off"
    restriction = restrict(versions["fr"])
    assert PageViewRestriction.objects.filter(page__in=versions.values()).count() == 5
    restriction.delete()
    assert not PageViewRestriction.objects.filter(page__in=versions.values()).exists()
    assert client.get(versions["ar"].get_url()).status_code == 200


def test_a_translation_made_after_the_restriction_is_restricted(blog_index, client):
    post = BlogPostPageFactory(parent=blog_index, title="Later translated", slug="later")
    restrict(post)
    french = translate(post, "fr", "Traduit plus tard", slug="plus-tard")
    assert PageViewRestriction.objects.filter(page=french).count() == 1
    assert "Traduit plus tard" not in client.get(french.get_url()).content.decode()


def test_restrictions_from_before_the_rule_are_enforced_when_serving(versions, client):
    # bulk_create sends no signal: a row as it was before restrictions were copied.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=versions["en"], restriction_type=PageViewRestriction.LOGIN)]
    )
    assert not PageViewRestriction.objects.filter(page=versions["pt"]).exists()
    response = client.get(versions["pt"].get_url())
    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_page_password_guesses_are_throttled_per_client(versions, client, settings):
    settings.PAGE_PASSWORD_ATTEMPTS = 5
    restriction = restrict(versions["en"])
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{versions['en'].pk}/"
    statuses = [
        client.post(url, {"password": f"guess-{n}", "return_url": "/en/"}).status_code for n in range(5)
    ]
    assert statuses == [200] * 5
    refused = client.post(url, {"password": "open-sesame-42", "return_url": "/en/"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    other = client.post(url, {"password": "guess", "return_url": "/en/"}, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 200  # another address has its own count


def test_password_reset_requests_are_throttled_per_client(client, db, settings, mailoutbox):
    settings.PASSWORD_RESET_REQUESTS = 3
    statuses = [
        client.post("/admin/password_reset/", {"email": f"user{n}@example.org"}).status_code for n in range(4)
    ]
    assert statuses[:3] == [302] * 3 and statuses[3] == 429


def test_mail_settings_from_email_url_or_the_usual_variables():
    assert email_settings({"EMAIL_URL": "smtp://mailer:p%40ss@mail.example.org:587?tls"}) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "mailer",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_SSL": False,
        "EMAIL_USE_TLS": True,
        "EMAIL_TIMEOUT": 10,
    }
    assert email_settings({"EMAIL_URL": "smtps://mail.example.org"})["EMAIL_PORT"] == 465
    assert email_settings({"EMAIL_URL": "console://"})["EMAIL_BACKEND"].endswith("console.EmailBackend")
    usual = email_settings(
        {"EMAIL_HOST": "relay", "EMAIL_PORT": "2525", "EMAIL_USE_TLS": "true", "EMAIL_FROM": "a@b"}
    )
    assert (usual["EMAIL_HOST"], usual["EMAIL_PORT"], usual["EMAIL_USE_TLS"]) == ("relay", 2525, True)
    assert usual["DEFAULT_FROM_EMAIL"] == "a@b"
    assert email_settings({}) == {"EMAIL_TIMEOUT": 10}


def test_development_sends_mail_to_the_console():
    import importlib

    dev = importlib.import_module("decnet.settings.dev")
    assert dev.EMAIL_BACKEND == "django.core.mail.backends.console.EmailBackend"
