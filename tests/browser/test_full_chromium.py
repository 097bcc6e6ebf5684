"""The headless shell the browser tests run in lays pages out as the full Chromium does, errors included.

The suite drives Debian's chromium-headless-shell (tests/browser/conftest.py), which costs the machine about
40 % of the CPU of the full browser. Both are built from the same Chromium sources; this file holds the
shell to /usr/bin/chromium on pages that exercise the layout most (a long post, a term, the library with its
filters, right-to-left Arabic), at a phone and a desktop width: every landmark and heading in the same box,
the same page length, and no script error in either.
"""

from __future__ import annotations

import pytest

from scripts.site_pages import RIGHT_TO_LEFT, SOURCE_LANGUAGE, page_paths
from tests.browser.conftest import CHROMIUM_ARGS, FULL_CHROMIUM
from tests.browser.test_layout import WIDTHS

pytestmark = pytest.mark.browser

PAGES = [
    (SOURCE_LANGUAGE, "blog post"),
    (SOURCE_LANGUAGE, "glossary term"),
    (SOURCE_LANGUAGE, "library"),
    (RIGHT_TO_LEFT, "home"),
]

# The boxes of the page's landmarks and headings, rounded to whole pixels, and its size.
GEOMETRY = """() => {
  const boxes = [...document.querySelectorAll('header, nav, main, footer, h1, h2, h3, form, img')]
    .map(el => { const r = el.getBoundingClientRect();
      return [el.tagName, el.className, Math.round(r.left), Math.round(r.top + window.scrollY),
              Math.round(r.width), Math.round(r.height)]; });
  const root = document.documentElement;
  return {width: root.scrollWidth, height: root.scrollHeight, boxes};
}"""


@pytest.fixture(scope="module")
def full_chromium(playwright_driver):
    browser = playwright_driver.chromium.launch(
        executable_path=FULL_CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


def layout_and_errors(browser, site, path: str, width: int) -> tuple[dict, list[str]]:
    context = browser.new_context(base_url=site.base_url, viewport={"width": width, "height": WIDTHS[width]})
    context.set_default_timeout(20_000)
    try:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(f"page error: {error}"))
        tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
        response = tab.goto(path, wait_until="load")
        assert response.status == 200, path
        tab.evaluate("document.fonts.ready")
        return tab.evaluate(GEOMETRY), errors
    finally:
        context.close()


def test_the_two_builds_are_the_same_chromium(chromium, full_chromium):
    assert chromium.version == full_chromium.version


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    ("lang", "name"), PAGES, ids=[f"{lang}-{name.replace(' ', '-')}" for lang, name in PAGES]
)
def test_the_shell_lays_the_page_out_as_the_full_browser(chromium, full_chromium, site, lang, name, width):
    path = page_paths(lang)[name]
    shell, shell_errors = layout_and_errors(chromium, site, path, width)
    full, full_errors = layout_and_errors(full_chromium, site, path, width)
    assert full_errors == [] and shell_errors == [], (full_errors, shell_errors)
    assert len(shell["boxes"]) > 5, shell  # the page has landmarks and headings to compare
    assert shell == full
