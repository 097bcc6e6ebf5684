"""The Wagtail admin works under its own, documented policy (hardening/csp.py): its inline code is allowed."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.factories import StandardPageFactory
from tests.hardening.headers import allows_inline, inline_code, is_same_origin, loaded_urls, policy, sources


def admin_urls(home_page) -> list[str]:
    return [
        "/admin/",
        f"/admin/pages/{home_page.pk}/",
        f"/admin/pages/{home_page.pk}/edit/",
        f"/admin/pages/{home_page.pk}/view_draft/",
        "/admin/documents/",
        "/admin/documents/add/",
        "/admin/images/add/",
        "/admin/snippets/decnet/topic/",
        "/admin/users/",
    ]


def assert_admin_policy_allows_the_page(response) -> dict[str, list[str]]:
    directives = policy(response)
    html = response.content.decode()
    code = inline_code(html)
    if code["scripts"] or code["handlers"]:
        assert allows_inline(directives, "script-src"), code
    if code["styles"] or code["style_attributes"]:
        assert allows_inline(directives, "style-src"), code
    assert all(is_same_origin(url) for url in loaded_urls(html) if not url.startswith("data:")), loaded_urls(
        html
    )
    assert "'self'" in sources(directives, "script-src")
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]  # the live preview panel frames admin views
    assert not any(value.startswith("'nonce-") for value in directives["script-src"])
    return code


def test_admin_login_page_loads_under_the_admin_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy_allows_the_page(response)
    assert "unsafe-inline" in response.headers["Content-Security-Policy"]


def test_admin_pages_load_and_their_inline_code_is_allowed(superuser_client, home_page):
    seen_inline_script = False
    for url in admin_urls(home_page):
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        code = assert_admin_policy_allows_the_page(response)
        seen_inline_script = seen_inline_script or bool(code["scripts"])
    # The admin does rely on inline scripts: the public policy would break it.
    assert seen_inline_script


def test_admin_policy_differs_from_the_public_one_only_where_documented(superuser_client, home_page, client):
    admin = policy(superuser_client.get("/admin/"))
    public = policy(client.get(home_page.url))
    assert "'unsafe-inline'" not in public["script-src"]
    assert set(admin["script-src"]) - set(public["script-src"]) == {"'unsafe-inline'", "'unsafe-eval'"}
    assert admin["connect-src"] == ["'self'", "https://releases.wagtail.org"]


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/"])
def test_admin_responses_keep_the_other_security_headers(client, db, url):
    response = client.get(url)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_live_preview_panel_may_frame_the_page_within_the_admin(superuser_client, home_page):
    """The preview renders the public page through the middleware again; the admin's framing rule wins."""
    page = StandardPageFactory(parent=home_page, title="About", slug="about")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = nested_form_data(
        {"title": page.title, "slug": page.slug, "introduction": "Unsaved text.", "body": streamfield([])}
    )
    assert superuser_client.post(url, data).json()["is_valid"] is True
    response = superuser_client.get(url)
    assert response.status_code == 200
    assert "Unsaved text." in response.content.decode()
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert_admin_policy_allows_the_page(response)  # frame-ancestors 'self', not the public 'none'
