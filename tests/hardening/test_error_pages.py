"""With DEBUG off, 404 and 500 are the site's generic pages: no traceback, no settings, no echoed input."""

from __future__ import annotations

import pytest
from django.test import Client

from decnet.models import HomePage

LEAKS = [
    "Traceback",
    "Django",
    "urlpatterns",
    "DEBUG",
    "settings",
    "Exception",
    "wagtail",
    "sqlite",
    "SECRET",
]


def assert_leaks_nothing(content: str, *secrets: str) -> None:
    for text in [*LEAKS, *secrets]:
        assert text not in content, text


def test_debug_is_off_in_tests_as_in_production(settings):
    assert settings.DEBUG is False


@pytest.mark.parametrize(
    "path",
    [
        "/en/no-such-page/",
        "/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E-probe/",
        "/en/library/../../etc/passwd-probe",
        "/documents/999999/probe.pdf",
    ],
)
def test_404_is_generic(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 404
    content = response.content.decode()
    assert "Page not found" in content
    assert_leaks_nothing(content, "probe", "alert(1)")


def test_500_is_generic_and_says_nothing_about_the_error(home_page, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("database password is hunter2 at db.internal:5432")

    monkeypatch.setattr(HomePage, "get_context", broken)
    response = Client(raise_request_exception=False).get(home_page.url)
    assert response.status_code == 500
    content = response.content.decode()
    assert "Something went wrong" in content
    assert '<html lang="en"' in content
    assert_leaks_nothing(content, "hunter2", "db.internal", "RuntimeError", "get_context")
    assert "Content-Security-Policy" in response.headers
    assert not response.cookies
