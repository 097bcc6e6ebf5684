"""Light pages: a first view of a post, a knowledge product and a glossary term stays within 60 KB.

Measured in Chromium from what it actually loaded: Resource Timing's ``transferSize`` (bytes on the wire,
headers included, compressed as served) for the document and every stylesheet, script and font, with a fresh
cache. The server is production's setup (site_server.py): WhiteNoise serves the hashed, pre-compressed static
files from ``collectstatic`` and GZipMiddleware compresses the HTML. Content images are not counted; every
request, images included, must go to the site's own host.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from scripts.site_pages import BUDGET_PAGES, LANGUAGES, page_paths
from tests.browser.conftest import FIGURES

pytestmark = pytest.mark.browser

BUDGET_BYTES = 60 * 1024
IMAGE_SUFFIXES = (".avif", ".webp", ".jpg", ".jpeg", ".png", ".gif", ".svg")
FONT_SUFFIXES = (".woff2", ".woff", ".ttf", ".otf")

RESOURCE_TIMING = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const entry = e => ({url: e.name, initiator: e.initiatorType, transfer: e.transferSize,
                       encoded: e.encodedBodySize, decoded: e.decodedBodySize});
  return [entry(nav), ...performance.getEntriesByType('resource').map(entry)];
}"""

CASES = [(lang, name) for lang in LANGUAGES for name in BUDGET_PAGES]


def kind(entry: dict) -> str:
    """html, css, js, font, image (a content image: <img>/<picture>) or other (the favicon, say: counted)."""
    path = urlsplit(entry["url"]).path.lower()
    if entry["initiator"] == "navigation":
        return "html"
    if entry["initiator"] in {"img", "image"}:
        return "image"
    if path.endswith(FONT_SUFFIXES):
        return "font"
    if path.endswith(".js") or entry["initiator"] == "script":
        return "js"
    if path.endswith(".css") or entry["initiator"] == "link" and not path.endswith(IMAGE_SUFFIXES):
        return "css"
    return "other"


@pytest.mark.parametrize(("lang", "name"), CASES, ids=[f"{lang}-{n.replace(' ', '-')}" for lang, n in CASES])
def test_first_view_within_budget_and_only_own_host(page, site, lang, name):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    response = page.goto(page_paths(lang)[name], wait_until="load")
    assert response.status == 200
    assert response.header_value("content-encoding") == "gzip", "HTML must be served compressed"

    entries = page.evaluate(RESOURCE_TIMING)
    counted = [entry for entry in entries if kind(entry) != "image"]
    # Every counted response came over the network: no cache hit, no opaque zero.
    for entry in counted:
        assert entry["transfer"] > 0, entry
    total = sum(entry["transfer"] for entry in counted)
    by_kind: dict[str, int] = {}
    for entry in counted:
        by_kind[kind(entry)] = by_kind.get(kind(entry), 0) + entry["transfer"]
    detail = ", ".join(f"{key} {value} B" for key, value in sorted(by_kind.items()))
    FIGURES.append(f"weight {lang} {name}: {total} B transferred ({detail}; {len(requested)} requests)")
    assert total <= BUDGET_BYTES, f"{total} bytes > {BUDGET_BYTES}: {counted}"

    own = urlsplit(site.base_url).netloc
    web = [urlsplit(url) for url in requested if urlsplit(url).scheme in {"http", "https", "ws", "wss"}]
    assert len(web) == len(requested), requested  # no data:, blob: or other scheme slipped past the count
    assert [url.geturl() for url in web if url.netloc != own] == []


def test_static_files_are_compressed_and_cached_forever(page, site):
    """The stylesheet comes under a hashed name, compressed, with a far-future immutable cache header."""
    responses: list = []
    page.on("response", lambda response: responses.append(response))
    page.goto("/en/glossary/", wait_until="load")
    styles = [response for response in responses if response.request.resource_type == "stylesheet"]
    assert styles, "the page loaded no stylesheet"
    for response in styles:
        assert response.status == 200
        # WhiteNoise's manifest names: /static/css/site.<12 hex digits>.css
        assert re.fullmatch(r"/static/.+\.[0-9a-f]{12}\.css", urlsplit(response.url).path), response.url
        assert response.header_value("content-encoding") in {"gzip", "br"}
        assert "immutable" in (response.header_value("cache-control") or "")
