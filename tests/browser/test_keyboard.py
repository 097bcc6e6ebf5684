"""Keyboard only: skip link first, visible focus, menus and filter forms operable without a mouse."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from scripts.site_pages import LANGUAGES, SEARCH_WORD
from tests.browser.keyboard import focused, tab_sequence, tab_until

pytestmark = pytest.mark.browser

FOCUS_STYLE = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  return {focusVisible: el.matches(':focus-visible'), outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth) || 0, boxShadow: style.boxShadow};
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skip_link_comes_first_shows_and_moves_focus_to_main(page, lang):
    page.goto(f"/{lang}/blog/")
    page.keyboard.press("Tab")
    first = focused(page)
    assert first is not None
    assert "skip-link" in first["classes"]
    assert first["href"] == "#main"
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, "the focused skip link is off screen"

    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    # The next Tab continues inside the main content, past the header's links.
    page.keyboard.press("Tab")
    assert focused(page)["inMain"]


@pytest.mark.parametrize("path", ["/en/blog/", "/ar/resources/", "/en/search/?q=budget"])
def test_every_focused_element_has_a_visible_indicator(page, path):
    page.goto(path)
    checked = 0
    for _ in range(25):
        page.keyboard.press("Tab")
        if focused(page) is None:
            continue
        style = page.evaluate(FOCUS_STYLE)
        described = focused(page)
        assert style["focusVisible"], described
        has_outline = style["outlineStyle"] != "none" and style["outlineWidth"] >= 2
        assert has_outline or style["boxShadow"] != "none", (described, style)
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_menu_and_language_switcher_are_reached_in_order(page, lang):
    page.goto(f"/{lang}/")
    visible_links = page.eval_on_selector_all(
        ".site-header a", "links => links.filter(a => a.checkVisibility()).map(a => a.getAttribute('href'))"
    )
    assert len(visible_links) >= 6
    # Skip link, the brand, the search field and button, the main menu, then the language button.
    reached = [item for item in tab_sequence(page, len(visible_links) + 4) if item]
    assert [item["href"] for item in reached if item["tag"] == "a"] == ["#main", *visible_links]
    assert [item["tag"] for item in reached][2:4] == ["input", "button"]
    assert reached[-1]["tag"] == "summary"
    # Enter opens the language menu; the languages follow in the tab order.
    page.keyboard.press("Enter")
    languages = [item["href"] for item in tab_sequence(page, 5) if item]
    assert languages == page.eval_on_selector_all(
        ".lang-menu a", "links => links.map(a => a.getAttribute('href'))"
    )

    # Enter on a menu item follows it.
    page.goto(f"/{lang}/")
    tab_until(page, lambda item: item["href"] == f"/{lang}/glossary/")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{lang}/glossary/")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_menu_button_opens_navigation_and_languages_from_the_keyboard(chromium, site, lang):
    """At 390 px the navigation hides behind a menu button (a <details>, no script): Tab reaches it, Enter
    opens it, Tab goes on through the menu and the languages, Enter follows a link."""
    context = chromium.new_context(base_url=site.base_url, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"/{lang}/blog/")
        assert not page.locator(".site-nav").is_visible()
        button = tab_until(page, lambda item: item["tag"] == "summary")
        assert button["text"] == page.locator(".menu-toggle summary").inner_text().strip()
        assert page.locator(".menu-toggle summary").is_visible()
        page.keyboard.press("Enter")
        assert page.locator(".site-nav").is_visible()
        assert page.locator(".menu-toggle").get_attribute("open") is not None
        first_link = tab_sequence(page, 1)[0]
        assert first_link["inNav"] and first_link["href"] == page.locator(".site-nav a").first.get_attribute(
            "href"
        )
        # On through the menu to the language button, open it, choose the other language.
        tab_until(page, lambda item: item["tag"] == "summary")
        page.keyboard.press("Enter")
        other = "ar" if lang == "en" else "en"
        tab_until(page, lambda item: item["href"].startswith(f"/{other}/"))
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/{other}/blog/")
        assert page.locator("html").get_attribute("lang") == other
        # Escape-free closing: Enter on the button again hides the menu.
        page.locator(".menu-toggle summary").focus()
        page.keyboard.press("Enter")
        page.keyboard.press("Enter")
        assert not page.locator(".site-nav").is_visible()
    finally:
        context.close()


def test_library_filters_work_from_the_keyboard(page):
    page.goto("/en/resources/")
    total_before = page.locator(".card-list > li").count()
    tab_until(page, lambda item: item["type"] == "checkbox" and item["name"] == "type")
    page.keyboard.press("Space")
    chosen = page.evaluate("() => document.activeElement.value")
    assert chosen and page.evaluate("() => document.activeElement.checked")
    tab_until(page, lambda item: item["tag"] == "button", limit=400)  # past every facet's options
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"type={re.escape(chosen)}"))
    assert page.locator("#listing-heading").inner_text() == "Matching knowledge products"
    assert 0 < page.locator(".card-list > li").count() <= total_before


def test_search_facets_work_from_the_keyboard(page):
    page.goto(f"/en/search/?q={quote(SEARCH_WORD['en'])}")
    heading_before = page.locator("#results-heading").inner_text()
    checkbox = tab_until(page, lambda item: item["type"] == "checkbox" and item["name"] == "type")
    page.keyboard.press("Space")
    value = page.evaluate("() => document.activeElement.value")
    assert page.evaluate("() => document.activeElement.checked")
    tab_until(page, lambda item: item["tag"] == "button" and item["inMain"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"type={re.escape(value)}"))
    assert page.locator("#results-heading").inner_text() != heading_before
    assert checkbox["name"] == "type"
