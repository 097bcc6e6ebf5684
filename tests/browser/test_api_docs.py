"""The search API's documentation page (/api/v1/docs) in Chromium: served by the site, it loads nothing from
another host, breaks no rule of its CSP and passes axe (WCAG 2.2 AA)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.test_accessibility import run_axe

pytestmark = pytest.mark.browser


def test_api_docs_page_is_self_contained_and_accessible(page, site, axe_source):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    response = page.goto("/api/v1/docs", wait_until="load")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Decentralization.Net search API"
    own = urlsplit(site.base_url).netloc
    assert requested and [url for url in requested if urlsplit(url).netloc != own] == []
    assert not [text for text in console if "Content Security Policy" in text], console
    violations = run_axe(page, axe_source)["violations"]
    assert violations == [], violations
