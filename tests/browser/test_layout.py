"""Layout in Chromium at a desktop (1280 px) and a phone (390 px) width, in English and Arabic.

Each page is captured full-length as a test artefact (``tests/browser/artifacts/``, ignored by Git; set
``BROWSER_ARTIFACTS_DIR`` to put them elsewhere) and held to layout facts a reader notices: nothing scrolls
sideways; the header takes at most two lines on a phone; the cards of a row share one image height (every
card has an image area); nothing leaves an empty column on a desktop; the page title keeps clear of the
screen's edges. At the phone width axe-core also runs with the menu open.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.site_pages import LANGUAGES, page_paths
from tests.browser.conftest import FIGURES
from tests.browser.test_accessibility import run_axe

pytestmark = pytest.mark.browser

ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS_DIR", Path(__file__).resolve().parent / "artifacts"))
PAGES = (
    "home",
    "blog post",
    "knowledge product",
    "glossary term",
    "glossary index",
    "library",
    "search with results",
    "topic hub",
    "country hub",
)
WIDTHS = {1280: 900, 390: 844}
CASES = [(lang, name, width) for lang in LANGUAGES for name in PAGES for width in WIDTHS]
# An element counts as reaching the far edge of the content when it ends within this many pixels of it.
EDGE_TOLERANCE = 48

OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"

# The visible parts of the header's first level, grouped into lines by their vertical position.
HEADER_LINES = """() => {
  const items = [...document.querySelectorAll('.site-header__inner > *')]
    .map(el => el.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
  const lines = [];
  for (const r of items.sort((a, b) => a.top - b.top)) {
    const line = lines.find(l => r.top < l.bottom - 4 && r.bottom > l.top + 4);
    if (line) { line.top = Math.min(line.top, r.top); line.bottom = Math.max(line.bottom, r.bottom); }
    else lines.push({top: r.top, bottom: r.bottom});
  }
  return {lines: lines.length, height: document.querySelector('.site-header').getBoundingClientRect().height};
}"""

# Per card list: rows of cards (by their top), and in each row the image area's height of every card.
CARD_ROWS = """() => [...document.querySelectorAll('main .card-list')].map(list => {
  const rows = {};
  for (const card of list.querySelectorAll(':scope > .card')) {
    const top = Math.round(card.getBoundingClientRect().top);
    const media = card.querySelector('.card__media');
    (rows[top] = rows[top] || []).push(media ? Math.round(media.getBoundingClientRect().height) : null);
  }
  return Object.values(rows);
})"""

# How far the content of each wrap in <main> reaches towards its far edge (right in English, left in Arabic).
EMPTY_COLUMN = """(tolerance) => {
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const gaps = [];
  for (const wrap of document.querySelectorAll('main .wrap, main > article, main > div')) {
    const box = wrap.getBoundingClientRect(), style = getComputedStyle(wrap);
    const end = rtl ? box.left + parseFloat(style.paddingLeft) : box.right - parseFloat(style.paddingRight);
    const parts = [...wrap.querySelectorAll(
        'p, li, img, h1, h2, h3, dt, dd, figure, aside, label, select, input')]
      .map(el => el.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
    if (!parts.length) continue;
    const reach = rtl ? Math.min(...parts.map(r => r.left)) : Math.max(...parts.map(r => r.right));
    gaps.push(Math.round(rtl ? reach - end : end - reach));
  }
  return gaps;
}"""

TITLE_MARGINS = """() => {
  const h1 = document.querySelector('main h1').getBoundingClientRect();
  return {start: Math.round(h1.left), end: Math.round(window.innerWidth - h1.right)};
}"""


def load_everything(page) -> None:
    """Scroll down a screen at a time and back, so lazy images load before the capture and the measurements
    (each image gets at most a few seconds: a missing one must not hang the test). Images that are not
    rendered (a hub's items past the first three on a phone) are not waited for: a lazy one never loads."""
    page.evaluate(
        "async () => { for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {"
        " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 60)); } }"
    )
    page.evaluate(
        "() => Promise.race([new Promise(r => setTimeout(r, 5000)),"
        " Promise.all([...document.images].filter(img => !img.complete && img.getClientRects().length)"
        "   .map(img => new Promise(done => { img.onload = img.onerror = done; })))])"
    )
    page.evaluate("window.scrollTo(0, 0)")


@pytest.fixture
def sized_page(chromium, site, request):
    contexts = []

    def open_at(width: int):
        context = chromium.new_context(
            base_url=site.base_url, viewport={"width": width, "height": WIDTHS[width]}
        )
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield open_at
    for context in contexts:
        context.close()


@pytest.mark.parametrize(
    ("lang", "name", "width"),
    CASES,
    ids=[f"{lang}-{name.replace(' ', '-')}-{width}" for lang, name, width in CASES],
)
def test_layout(sized_page, axe_source, lang, name, width):
    page = sized_page(width)
    response = page.goto(page_paths(lang)[name])
    assert response.status == 200
    load_everything(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"{lang}-{name.replace(' ', '-')}-{width}.png"
    page.screenshot(path=str(shot), full_page=True)

    assert page.evaluate(OVERFLOW) <= 0, "the page scrolls sideways"
    margins = page.evaluate(TITLE_MARGINS)
    assert min(margins.values()) >= 12, f"the title touches the screen's edge: {margins}"

    for rows in page.evaluate(CARD_ROWS):
        for row in rows:
            assert None not in row, "a card without an image area"
            assert len(set(row)) == 1, f"image heights differ within a row: {row}"

    header = page.evaluate(HEADER_LINES)
    FIGURES.append(
        f"layout {lang} {name} {width}px: header {header['lines']} line(s), {header['height']:.0f} px"
    )
    if width == 390:
        assert header["lines"] <= 2, header
        assert header["height"] <= 140, header
        # With the menu open, the page (navigation and languages included) passes axe-core.
        page.locator(".menu-toggle summary").click()
        assert page.locator(".site-nav").is_visible()
        violations = run_axe(page, axe_source)["violations"]
        assert violations == [], [(v["id"], v["nodes"]) for v in violations]
    else:
        gaps = page.evaluate(EMPTY_COLUMN, EDGE_TOLERANCE)
        assert gaps and max(gaps) <= EDGE_TOLERANCE, f"content stops short of the far edge by {gaps} px"


def test_one_bar_on_a_quote(page):
    """A quote block is drawn with one bar, not two (the block's wrapper and the figure both had one)."""
    page.goto("/en/blog/kenya-counties-and-the-equitable-share/")
    quote = page.locator("main .pull-quote").first
    assert quote.count() == 1
    bars = page.evaluate(
        "() => { const q = document.querySelector('main .pull-quote'); let n = 0;"
        " for (let el = q; el && el.tagName !== 'MAIN'; el = el.parentElement)"
        "   if (parseFloat(getComputedStyle(el).borderInlineStartWidth) > 0) n++;"
        " for (const el of q.querySelectorAll('*'))"
        "   if (parseFloat(getComputedStyle(el).borderInlineStartWidth) > 0) n++;"
        " return n; }"
    )
    assert bars == 1


def test_chips_do_not_split_across_lines(sized_page):
    """Each topic or country chip is one box, even when the list wraps on a phone."""
    page = sized_page(390)
    page.goto("/en/blog/")
    split = page.evaluate(
        "() => [...document.querySelectorAll('main .tags a')]"
        ".filter(a => a.getClientRects().length > 1).length"
    )
    assert split == 0
    topic, country = (
        page.locator(f"main .tags--{kind} a").first.evaluate(
            "a => { const s = getComputedStyle(a);"
            " return [s.backgroundColor, s.borderRadius, s.borderStyle]; }"
        )
        for kind in ("topics", "countries")
    )
    assert topic != country, "topic and country chips look the same"


# -- Filters on a phone: folded behind "Filters (n active)" so the results come first

TOP_OF = "selector => document.querySelector(selector).getBoundingClientRect().top + window.scrollY"


def test_search_results_come_first_on_a_phone(sized_page):
    """At 390×844 the first result of /en/search/?q=fiscal starts on the first screen; the filters wait behind
    their toggle, which says how many are chosen."""
    page = sized_page(390)
    assert page.goto("/en/search/?q=fiscal").status == 200
    assert page.evaluate(TOP_OF, "main .search-result") < 844
    toggle = page.locator("main .filters-toggle")
    assert toggle.inner_text().strip() == "Filters (0 active)"
    assert not page.locator("main .filters .facet-list").first.is_visible()

    # Choose two values from the page's own facets: the toggle counts them.
    values = page.locator("main .filters input[type=checkbox]")
    chosen = [(values.nth(i).get_attribute("name"), values.nth(i).get_attribute("value")) for i in (0, 1)]
    page.goto("/en/search/?q=fiscal&" + "&".join(f"{name}={value}" for name, value in chosen))
    assert page.locator("main .filters-toggle").inner_text().strip() == "Filters (2 active)"
    assert page.evaluate(TOP_OF, "main .search-result") < 844


@pytest.mark.parametrize("width", [390, 412, 1280])
def test_the_search_form_does_not_move_when_its_script_runs(chromium, site, width):
    """The autocomplete script wraps the field in its combobox box; the form must lay out the same before
    and after, or the page jumps under the reader's eyes (Lighthouse measured a shift of 0.18 on a phone)."""
    boxes = {}
    for scripted in (False, True):
        context = chromium.new_context(
            base_url=site.base_url, viewport={"width": width, "height": 844}, java_script_enabled=scripted
        )
        try:
            page = context.new_page()
            assert page.goto("/en/search/?q=fiscal").status == 200
            if scripted:
                page.wait_for_selector("#search-form .suggest #search-q")
            boxes[scripted] = page.evaluate(
                """() => ["#search-q", "#search-form button[type=submit]", "#search-all-languages"].map(
                    selector => {
                        const box = document.querySelector(selector).getBoundingClientRect();
                        return [selector, Math.round(box.top), Math.round(box.left)];
                    })"""
            )
        finally:
            context.close()
    assert boxes[True] == boxes[False]


@pytest.mark.parametrize("path", ["/en/blog/", "/en/resources/"])
def test_listing_filters_fold_away_on_a_phone_and_open_without_javascript(chromium, site, path):
    context = chromium.new_context(
        base_url=site.base_url, viewport={"width": 390, "height": 844}, java_script_enabled=False
    )
    try:
        page = context.new_page()
        assert page.goto(path).status == 200
        facets = page.locator("main .filters fieldset").first
        assert not facets.is_visible()
        assert page.evaluate(TOP_OF, "main .card-list > .card") < 844
        page.locator("main .filters-toggle").click()  # a <details>: opens with no script
        assert facets.is_visible()
        value = page.locator("main .filters fieldset input[type=checkbox]").first
        page.goto(f"{path}?{value.get_attribute('name')}={value.get_attribute('value')}")
        assert page.locator("main .filters-toggle").inner_text().strip() == "Filters (1 active)"
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/en/search/?q=fiscal", "/en/blog/", "/en/resources/"])
def test_filters_are_shown_beside_the_results_on_a_desktop(sized_page, path):
    page = sized_page(1280)
    assert page.goto(path).status == 200
    assert not page.locator("main .filters-toggle").is_visible()
    assert page.locator("main .filters fieldset").first.is_visible()
    assert page.locator("main .filters button[type=submit]").is_visible()


# -- The glossary index in two columns on a desktop; long hubs kept short on a phone

# The distinct left edges of the glossary's entries (one per column) and the widest entry's share of the list.
GLOSSARY_COLUMNS = """() => {
  const lists = [...document.querySelectorAll('main .glossary-terms')];
  const entries = lists.flatMap(list => [...list.querySelectorAll(':scope > .glossary-entry')]);
  const lefts = new Set(entries.map(e => Math.round(e.getBoundingClientRect().left)));
  const widest = Math.max(...entries.map(e => e.getBoundingClientRect().width));
  return {columns: lefts.size, share: widest / lists[0].getBoundingClientRect().width};
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_index_has_two_columns_on_a_desktop_and_one_on_a_phone(sized_page, lang):
    page = sized_page(1280)
    assert page.goto(page_paths(lang)["glossary index"]).status == 200
    wide = page.evaluate(GLOSSARY_COLUMNS)
    assert wide["columns"] == 2 and wide["share"] < 0.55, wide
    phone = sized_page(390)
    phone.goto(page_paths(lang)["glossary index"])
    assert phone.evaluate(GLOSSARY_COLUMNS)["columns"] == 1


def test_glossary_filters_without_javascript(chromium, site):
    """The filter box is a plain form: typing and pressing Enter narrows the index with no script, and a
    topic's filter (a hub's "See all") is kept when a word narrows it further."""
    context = chromium.new_context(base_url=site.base_url, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/en/glossary/")
        everything = page.locator("main .glossary-entry").count()
        page.fill("#glossary-q", "fiscal")
        page.press("#glossary-q", "Enter")
        page.wait_for_url("**/en/glossary/?q=fiscal")
        found = page.locator("main .glossary-entry dt").all_inner_texts()
        assert 0 < len(found) < everything
        assert all("fiscal" in term.lower() for term in found), found

        page.goto("/en/glossary/?topic=fiscal-decentralization")
        on_topic = page.locator("main .glossary-entry").count()
        assert 0 < on_topic < everything
        page.fill("#glossary-q", "imbalance")
        page.press("#glossary-q", "Enter")
        page.wait_for_url("**/en/glossary/?q=imbalance&topic=fiscal-decentralization")
        assert 0 < page.locator("main .glossary-entry").count() < on_topic
    finally:
        context.close()


# Per hub section: its items shown, all its items, and whether its "See all" link is visible.
HUB_SECTIONS = """() => [...document.querySelectorAll('main section.section')].map(section => {
  const items = [...section.querySelectorAll('.hub-cards > li, .hub-list > li')];
  const more = section.querySelector('.hub__more a');
  return {shown: items.filter(li => li.getClientRects().length > 0).length, all: items.length,
          total: parseInt(section.querySelector('.hub__count').textContent.replace(/[^0-9٠-٩]/g, '')
                   .replace(/[٠-٩]/g, d => '٠١٢٣٤٥٦٧٨٩'.indexOf(d)), 10),
          more: !!more && more.getClientRects().length > 0};
})"""
HUB_CASES = [(lang, name) for lang in LANGUAGES for name in ("topic hub", "country hub")]


@pytest.mark.parametrize(
    ("lang", "name"), HUB_CASES, ids=[f"{lang}-{n.replace(' ', '-')}" for lang, n in HUB_CASES]
)
def test_hubs_stay_short_on_a_phone(sized_page, axe_source, lang, name):
    """At 390 px a hub section shows at most three items, as compact rows, with "See all N" when it holds
    more; the page is a few screens long and passes axe-core with its feeds opened. At 1280 px every item
    the hub holds is shown, and "See all" only when the hub holds fewer than all."""
    from wayfinding.hubs import HUB_PHONE_ITEMS

    page = sized_page(390)
    assert page.goto(page_paths(lang)[name]).status == 200
    load_everything(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{lang}-{name.replace(' ', '-')}-390-sections.png"), full_page=True)
    assert page.evaluate(OVERFLOW) <= 0
    sections = page.evaluate(HUB_SECTIONS)
    assert sections, "the demo hub has no sections"
    for section in sections:
        assert section["shown"] == min(section["total"], HUB_PHONE_ITEMS), section
        assert section["more"] == (section["total"] > HUB_PHONE_ITEMS), section
    height = page.evaluate("document.documentElement.scrollHeight")
    FIGURES.append(f"hub {lang} {name} 390px: {height} px tall, sections {sections}")
    assert height <= 6 * WIDTHS[390], f"the hub is {height / WIDTHS[390]:.1f} screens long"
    # A card is a row on a phone: its image beside its text, not above it.
    card = page.locator("main .hub-cards > .card").first
    media, body = (card.locator(part).bounding_box() for part in (".card__media", ".card__body"))
    assert abs(media["y"] - body["y"]) < 2 and media["width"] < body["width"]

    page.locator("main .hub__follow summary").click()
    assert page.locator("main .hub__feeds a").first.is_visible()
    violations = run_axe(page, axe_source)["violations"]
    assert violations == [], [(v["id"], v["nodes"]) for v in violations]

    wide = sized_page(1280)
    wide.goto(page_paths(lang)[name])
    for section in wide.evaluate(HUB_SECTIONS):
        assert section["shown"] == section["all"], section
        assert section["more"] == (section["total"] > section["all"]), section
