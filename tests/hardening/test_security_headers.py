"""Every public response carries the strict policy and the other security headers, and sets no cookie."""

from __future__ import annotations

import importlib

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from hardening import csp
from hardening.middleware import SecurityHeadersMiddleware
from tests.factories import fresh
from tests.hardening.conftest import build_public_site
from tests.hardening.headers import inline_code, is_same_origin, loaded_urls, policy, sources

pytestmark = pytest.mark.shared_site

PAGE_TYPES = ["home", "standard", "blog_index", "blog_post", "library", "resource", "glossary", "term"]
OTHER_PUBLIC_URLS = [
    "/en/search/",
    "/en/search/?q=decentralization",
    "/api/v1/search?q=decentralization",
    "/api/v1/openapi.json",
    "/healthz",
    "/en/no-such-page/",
]


@pytest.fixture(scope="module")
def public_site_built_once(shared_site):
    """The tests only request its pages: built once for the module."""
    return build_public_site(shared_site)


@pytest.fixture
def public_site(public_site_built_once, db):
    return {name: fresh(page) for name, page in public_site_built_once.items()}


def assert_security_headers(response) -> None:
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    for name in ("script-src", "style-src"):
        values = sources(directives, name)
        assert "'unsafe-inline'" not in values and "'unsafe-eval'" not in values, (name, values)
        assert not any(value in {"*", "https:", "http:", "data:"} for value in values), (name, values)
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions
    assert not response.cookies and "Set-Cookie" not in response.headers


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_has_the_public_policy(client, public_site, page_type):
    response = client.get(public_site[page_type].url)
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_public_pages_need_nothing_the_policy_forbids(client, public_site, page_type):
    """No inline script, handler or style (the policy would block them); every asset from the site itself."""
    html = client.get(public_site[page_type].url).content.decode()
    assert inline_code(html) == {"scripts": [], "handlers": [], "styles": [], "style_attributes": []}
    urls = loaded_urls(html)
    assert any("site.css" in url for url in urls)
    assert all(is_same_origin(url) for url in urls), urls


@pytest.mark.parametrize("url", OTHER_PUBLIC_URLS)
def test_search_api_and_error_pages_have_the_public_policy(client, public_site, url):
    response = client.get(url)
    assert response.status_code in (200, 404, 503)
    assert_security_headers(response)


def test_search_page_needs_nothing_the_policy_forbids(client, public_site):
    html = client.get("/en/search/?q=primer").content.decode()
    assert inline_code(html) == {"scripts": [], "handlers": [], "styles": [], "style_attributes": []}


def test_the_error_pages_need_nothing_the_policy_forbids(client, public_site):
    html = client.get("/en/no-such-page/").content.decode()
    assert inline_code(html) == {"scripts": [], "handlers": [], "styles": [], "style_attributes": []}


def test_embedded_media_frames_are_limited_to_the_configured_providers(client, public_site, settings):
    directives = policy(client.get(public_site["home"].url))
    assert directives["frame-src"] == settings.HARDENING_CSP_FRAME_SRC
    settings.HARDENING_CSP_FRAME_SRC = []
    assert policy(client.get(public_site["home"].url))["frame-src"] == ["'none'"]


@pytest.fixture
def production(monkeypatch):
    """The production settings module, loaded with the environment it requires."""
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "decentralization.net")
    return importlib.import_module("decnet.settings.production")


def test_hsts_for_one_year_over_https_with_the_production_settings(client, public_site, production):
    assert production.SECURE_HSTS_SECONDS >= 31_536_000
    with override_settings(
        SECURE_HSTS_SECONDS=production.SECURE_HSTS_SECONDS,
        SECURE_HSTS_INCLUDE_SUBDOMAINS=production.SECURE_HSTS_INCLUDE_SUBDOMAINS,
        SECURE_HSTS_PRELOAD=production.SECURE_HSTS_PRELOAD,
    ):
        response = client.get(public_site["resource"].url, secure=True)
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert_security_headers(response)


def test_admin_cookies_are_secure_httponly_and_samesite_in_production(client, superuser, production):
    from tests.hardening.conftest import STRONG_PASSWORD

    cookie_settings = {
        name: getattr(production, name)
        for name in (
            "SESSION_COOKIE_SECURE",
            "SESSION_COOKIE_HTTPONLY",
            "SESSION_COOKIE_SAMESITE",
            "CSRF_COOKIE_SECURE",
            "CSRF_COOKIE_HTTPONLY",
            "CSRF_COOKIE_SAMESITE",
        )
    }
    with override_settings(**cookie_settings):
        client.get("/admin/login/", secure=True)
        response = client.post(
            "/admin/login/", {"username": "root", "password": STRONG_PASSWORD}, secure=True
        )
    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies.get(name) or client.cookies[name]
        assert cookie["secure"] is True, name
        assert cookie["httponly"] is True, name
        assert cookie["samesite"] == "Lax", name


def test_a_nonce_is_added_only_when_a_template_uses_it():
    def view_with_inline_script(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">void 0</script>')

    def view_without(request):
        return HttpResponse("<p>plain</p>")

    with_nonce = SecurityHeadersMiddleware(view_with_inline_script)(RequestFactory().get("/en/"))
    nonce = with_nonce.content.decode().split('nonce="')[1].split('"')[0]
    assert len(nonce) >= 22
    directives = csp.parse(with_nonce.headers["Content-Security-Policy"])
    assert f"'nonce-{nonce}'" in directives["script-src"]

    without = SecurityHeadersMiddleware(view_without)(RequestFactory().get("/en/"))
    assert "nonce-" not in without.headers["Content-Security-Policy"]

    other = SecurityHeadersMiddleware(view_with_inline_script)(RequestFactory().get("/en/"))
    assert other.content.decode().split('nonce="')[1].split('"')[0] != nonce


def test_a_view_that_sets_its_own_policy_keeps_it():
    def view(request):
        response = HttpResponse("{}")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = SecurityHeadersMiddleware(view)(RequestFactory().get("/en/"))
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"


@override_settings(MEDIA_URL="https://media.example.net/media/")
def test_media_on_another_origin_is_allowed_where_media_is_used():
    directives = csp.public_directives()
    assert "https://media.example.net" in directives["img-src"]
    assert "https://media.example.net" not in directives["connect-src"]
