"""Autocomplete on the search fields (static/js/suggest.js): the WAI-ARIA 1.2 combobox pattern from the
keyboard, in English and in Arabic (right to left), debounced requests in the page's language, stale ones
aborted, axe-core clean with the popup open, and the plain form without JavaScript."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from scripts.site_pages import BLOG_POST, LANGUAGES, SEARCH_WORD, TERM
from tests.browser.keyboard import focused, tab_until
from tests.browser.test_accessibility import run_axe
from tests.browser.test_layout import ARTIFACTS

pytestmark = pytest.mark.browser

# A prefix of the demo term TERM's title in each language (the suggestions also hold other pages).
PREFIX = dict(zip(LANGUAGES, ("fiscal dec", "اللامركزية الم"), strict=True))
SUGGEST_PATH = "/api/v1/search/suggest"

COMBOBOX = """(id) => {
  const input = document.getElementById(id);
  const list = document.getElementById(input.getAttribute('aria-controls'));
  const status = input.closest('.suggest').querySelector('[role=status]');
  const options = list ? [...list.querySelectorAll('[role=option]')] : [];
  return {role: input.getAttribute('role'), expanded: input.getAttribute('aria-expanded'),
          autocomplete: input.getAttribute('aria-autocomplete'),
          active: input.getAttribute('aria-activedescendant'),
          listRole: list && list.getAttribute('role'), listVisible: !!list && list.checkVisibility(),
          options: options.map(o => ({id: o.id, text: o.textContent,
                                      selected: o.getAttribute('aria-selected'),
                                      path: new URL(o.dataset.url, location.href).pathname})),
          status: status && status.textContent, live: status && status.getAttribute('aria-live'),
          value: input.value};
}"""


def combobox(page, field_id: str) -> dict:
    return page.evaluate(COMBOBOX, field_id)


def suggest_requests(page) -> list[dict[str, list[str]]]:
    """The query strings of the suggest requests the page makes, as they are made."""
    seen: list[dict[str, list[str]]] = []
    page.on(
        "request",
        lambda request: (
            seen.append(parse_qs(urlsplit(request.url).query))
            if urlsplit(request.url).path == SUGGEST_PATH
            else None
        ),
    )
    return seen


def open_popup(page, field_id: str, text: str) -> dict:
    """Type ``text`` into the focused field key by key and wait for the answer to the whole field's words and
    the listbox. (Waiting for the listbox alone returned, on a busy machine, while it still showed the
    answer to the first letters: typing had outlasted the debounce, and the request for the whole words was
    still to come.)"""
    assert focused(page)["id"] == field_id
    words = (page.locator(f"#{field_id}").input_value() + text).strip()

    def for_the_words(response) -> bool:
        url = urlsplit(response.url)
        return url.path == SUGGEST_PATH and parse_qs(url.query).get("q") == [words]

    with page.expect_response(for_the_words) as answer:
        page.keyboard.type(text)
    answer.value.finished()
    page.wait_for_selector(f"#{field_id}-suggest:not([hidden]) [role=option]")
    return combobox(page, field_id)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_header_field_from_the_keyboard_leads_to_the_chosen_suggestion(page, site, lang):
    requests = suggest_requests(page)
    page.goto(f"/{lang}/blog/{BLOG_POST}/")
    tab_until(page, lambda item: item["id"] == "header-q")
    state = open_popup(page, "header-q", PREFIX[lang])

    # The combobox pattern: role, expanded popup it controls, a listbox of options, a polite announcement.
    assert state["role"] == "combobox" and state["expanded"] == "true" and state["autocomplete"] == "list"
    assert state["listRole"] == "listbox" and state["listVisible"] and state["active"] is None
    assert state["live"] == "polite"
    count = len(state["options"])
    assert str(count) in state["status"] and state["status"] != ""
    # Debounced: one request for the whole prefix typed key by key, in the page's language.
    assert len(requests) < len(PREFIX[lang]) // 2, requests
    assert requests[-1] == {"q": [PREFIX[lang]], "lang": [lang]}

    target = f"/{lang}/glossary/{TERM}/"
    paths = [option["path"] for option in state["options"]]
    assert target in paths, paths
    for _ in range(paths.index(target) + 1):
        page.keyboard.press("ArrowDown")
    state = combobox(page, "header-q")
    chosen = state["options"][paths.index(target)]
    assert state["active"] == chosen["id"] and chosen["selected"] == "true"
    assert [option["selected"] for option in state["options"]].count("true") == 1
    # ArrowUp moves back, ArrowDown returns; focus never leaves the field.
    page.keyboard.press("ArrowUp")
    assert combobox(page, "header-q")["active"] != chosen["id"]
    page.keyboard.press("ArrowDown")
    assert combobox(page, "header-q")["active"] == chosen["id"] and focused(page)["id"] == "header-q"

    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.base_url}{target}")
    assert page.locator("html").get_attribute("lang") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_escape_closes_the_popup_then_clears_the_field(page, lang):
    page.goto(f"/{lang}/")
    page.locator("#header-q").focus()
    open_popup(page, "header-q", PREFIX[lang])
    page.keyboard.press("ArrowDown")

    page.keyboard.press("Escape")
    state = combobox(page, "header-q")
    assert state["expanded"] == "false" and not state["listVisible"] and state["active"] is None
    assert state["value"] == PREFIX[lang] and focused(page)["id"] == "header-q"
    # Closed: Enter is the form's again (the search page), and ArrowDown reopens the same suggestions.
    page.keyboard.press("ArrowDown")
    assert combobox(page, "header-q")["expanded"] == "true"
    page.keyboard.press("Escape")

    page.keyboard.press("Escape")
    assert combobox(page, "header-q")["value"] == ""
    page.keyboard.type(PREFIX[lang])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/{lang}/search/\?q="))


def test_a_stale_request_is_aborted_and_its_answer_never_shown(page):
    held: list = []

    def hold_first(route):
        if not held:
            held.append(route)  # never answered: the newer query must abort it
        else:
            route.continue_()

    page.route(re.compile(re.escape(SUGGEST_PATH)), hold_first)
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto("/en/")
    page.locator("#header-q").focus()
    page.keyboard.type("decentral")
    page.wait_for_timeout(600)  # past the debounce: the first request is on its way (and held)
    assert len(held) == 1
    # The held request's words: "decentral", or fewer letters when typing outlasted the debounce (a busy
    # machine: on Dec 4, "decen" with four browser workers on two cores).
    stale = held[0].request.url
    state = open_popup(page, "header-q", "ization")
    assert stale in failed, (stale, failed)
    titles = [option["text"].lower() for option in state["options"]]
    assert titles and all("decentralization" in title for title in titles), titles


def test_search_page_field_suggests_in_the_chosen_languages(page, site):
    requests = suggest_requests(page)
    page.goto("/ar/search/")
    page.locator("#search-q").focus()
    state = open_popup(page, "search-q", PREFIX["ar"])
    assert requests[-1]["lang"] == ["ar"] and state["expanded"] == "true"
    page.keyboard.press("ArrowDown")
    first = combobox(page, "search-q")["options"][0]["path"]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.base_url}{first}")

    # "Search pages in all languages" widens the suggestions too.
    page.goto("/en/search/")
    page.locator("#search-all-languages").check()
    page.locator("#search-q").focus()
    open_popup(page, "search-q", "fiscal")
    assert requests[-1] == {"q": ["fiscal"], "lang": ["all"]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_nothing_with_the_popup_open(page, axe_source, lang):
    page.goto(f"/{lang}/search/")
    page.locator("#header-q").focus()
    open_popup(page, "header-q", PREFIX[lang])
    page.keyboard.press("ArrowDown")
    violations = run_axe(page, axe_source)["violations"]
    assert combobox(page, "header-q")["listVisible"], "the popup closed during the check"
    assert violations == [], violations


@pytest.mark.parametrize("lang", LANGUAGES)
def test_popup_screenshots_and_no_sideways_scroll(chromium, site, lang):
    """Artefacts to look at (tests/browser/artifacts/autocomplete-*.png); the popup fits the screen."""
    for width in (390, 1280):
        context = chromium.new_context(base_url=site.base_url, viewport={"width": width, "height": 844})
        try:
            tab = context.new_page()
            tab.goto(f"/{lang}/blog/{BLOG_POST}/")
            tab.locator("#header-q").focus()
            open_popup(tab, "header-q", PREFIX[lang])
            tab.keyboard.press("ArrowDown")
            box = tab.locator("#header-q-suggest").bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width
            assert tab.evaluate("() => document.documentElement.scrollWidth") <= width
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=ARTIFACTS / f"autocomplete-{lang}-{width}.png")
        finally:
            context.close()


def test_without_javascript_the_forms_are_plain_get_forms(chromium, site):
    context = chromium.new_context(base_url=site.base_url, java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto("/ar/")
        assert tab.locator("[role=listbox], [role=combobox]").count() == 0
        tab.locator("#header-q").fill(SEARCH_WORD["ar"])
        tab.keyboard.press("Enter")
        tab.wait_for_url(re.compile(r"/ar/search/\?q="))
        assert tab.locator(".search-result").count() > 0
    finally:
        context.close()
