"""Readers' journeys in real Chromium, clicking as a reader does; each journey's duration is reported."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from scripts.site_pages import SEARCH_WORD
from tests.browser.conftest import FIGURES

pytestmark = pytest.mark.browser


@contextmanager
def timed(name: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    FIGURES.append(f"journey {name}: {time.perf_counter() - started:.2f} s")


def heading(page) -> str:
    return page.locator("main h1").first.inner_text().strip()


def test_home_to_blog_post_to_author(page):
    with timed("home → blog post → author"):
        page.goto("/en/")
        post_link = page.locator("main a[href^='/en/blog/']").filter(has_not_text="Blog").first
        title = post_link.inner_text().strip()
        post_link.click()
        page.wait_for_url(re.compile(r"/en/blog/[\w-]+/$"))
        assert heading(page) == title

        author = page.locator("main a[rel='author']").first
        author_name = author.inner_text().strip()
        author.click()
        page.wait_for_url(re.compile(r"/en/blog/\?author=[\w-]+$"))
        assert author_name in page.title()
        # The author's page lists the post we came from.
        assert page.locator("main .card__title a", has_text=title).count() == 1


def test_library_filter_product_download(page, tmp_path):
    with timed("library → filter → product → download"):
        page.goto("/en/resources/")
        all_count = page.locator(".card-list > li").count()
        page.check("input[name='type'][value='report']")
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url(re.compile(r"type=report"))
        cards = page.locator(".card-list > li")
        assert 0 < cards.count() < all_count
        types = [text.strip() for text in cards.locator(".resource-card__type").all_text_contents()]
        assert set(types) == {"Report"}

        product = cards.first.locator(".card__title a")
        title = product.inner_text().strip()
        product.click()
        page.wait_for_url(re.compile(r"/en/resources/[\w-]+/$"))
        assert heading(page) == title

        link = page.locator("main .file-list a.document-link").first
        with page.expect_download() as download_info:
            link.click()
        download = download_info.value
        assert download.failure() is None
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        assert saved.suffix == ".pdf"
        assert saved.read_bytes().startswith(b"%PDF-")


def test_glossary_letter_to_term_to_related_term(page):
    with timed("glossary A–Z → term → related term"):
        page.goto("/en/glossary/")
        page.locator(".letter-nav a", has_text=re.compile(r"^F$")).click()
        page.wait_for_url(re.compile(r"#letter-F$"))
        section = page.locator("#letter-F")
        assert section.is_visible()
        term = section.locator("a[href='/en/glossary/fiscal-decentralization/']")
        term.click()
        page.wait_for_url("**/en/glossary/fiscal-decentralization/")
        assert heading(page) == "Fiscal decentralization"

        related = page.locator("section[aria-labelledby='related-heading'] a").first
        related_title = related.inner_text().strip()
        related.click()
        page.wait_for_url(re.compile(r"/en/glossary/[\w-]+/$"))
        assert heading(page) == related_title
        assert "fiscal-decentralization" not in page.url


def test_search_facet_then_result(page):
    with timed("search → facet → result"):
        page.goto("/en/search/")
        page.fill("#search-q", SEARCH_WORD["en"])
        page.press("#search-q", "Enter")
        page.wait_for_url(re.compile(r"q=decentralization"))
        unfiltered = page.locator("#results-heading").inner_text()

        page.get_by_role("checkbox", name=re.compile(r"^Glossary term")).check()
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url(re.compile(r"type=glossary"))
        assert page.locator("#results-heading").inner_text() != unfiltered
        results = page.locator(".search-result")
        assert results.count() > 0
        labels = results.locator("> p.meta").all_inner_texts()
        assert labels and all(label.split(" · ")[0].strip() == "Glossary term" for label in labels)

        first = results.first.locator("h3 a")
        title = first.inner_text().strip()
        first.click()
        page.wait_for_url(re.compile(r"/en/glossary/[\w-]+/$"))
        assert heading(page) == title


def test_switch_to_arabic_and_back(page):
    with timed("switch to Arabic and back"):
        path = "/en/blog/own-source-revenue-east-africa/"
        page.goto(path)
        page.locator(".lang-menu summary").click()
        page.locator(".lang-switcher a[hreflang='ar']").click()
        page.wait_for_url("**/ar/blog/own-source-revenue-east-africa/")
        html = page.locator("html")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
        arabic_title = heading(page)

        page.locator(".lang-menu summary").click()
        page.locator(".lang-switcher a[hreflang='en']").click()
        page.wait_for_url(f"**{path}")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("en", "ltr")
        assert heading(page) != arabic_title
