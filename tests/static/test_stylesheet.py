"""The stylesheet: small, system fonts only, and a print style that leaves the content alone on the page."""

import gzip
import re
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "site.css"
# Hidden when printing: every piece of navigation and chrome.
CHROME = [".site-header", ".site-nav", ".site-footer", ".breadcrumbs", ".skip-link", ".lang-switcher"]
# The design system (tokens, header, cards, chips, footer) in one file; the page-weight budget that matters
# is the first view of a page (tests/browser/test_page_weight.py, 60 KB with everything it loads).
MAX_GZIPPED_BYTES = 8_000


def css() -> str:
    return re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(encoding="utf-8"), flags=re.DOTALL)


def at_media_blocks(text: str, query: str) -> list[str]:
    """The bodies of the @media blocks whose query is ``query`` (braces balanced)."""
    bodies = []
    for match in re.finditer(r"@media\s+" + re.escape(query) + r"\s*\{", text):
        depth, start = 1, match.end()
        position = start
        while depth:
            depth += {"{": 1, "}": -1}.get(text[position], 0)
            position += 1
        bodies.append(text[start : position - 1])
    return bodies


def rules(block: str) -> list[tuple[list[str], str]]:
    """(selectors, declarations) of each rule in a block without nested at-rules."""
    return [
        ([selector.strip() for selector in selectors.split(",")], declarations)
        for selectors, declarations in re.findall(r"([^{}]+)\{([^{}]*)\}", block)
    ]


def print_rules() -> list[tuple[list[str], str]]:
    blocks = at_media_blocks(css(), "print")
    assert blocks, "no @media print block"
    return [rule for block in blocks for rule in rules(block)]


def test_print_hides_navigation_header_footer_switcher_and_search():
    hidden = {
        selector
        for selectors, declarations in print_rules()
        if re.search(r"display:\s*none", declarations)
        for selector in selectors
    }
    for selector in [*CHROME, 'form[role="search"]', ".letter-nav", ".citation-downloads", ".pagination"]:
        assert selector in hidden, selector


def test_print_shows_each_links_url_after_it():
    after = [
        (selectors, declarations)
        for selectors, declarations in print_rules()
        if any(selector.endswith("::after") and "a[href" in selector for selector in selectors)
    ]
    assert after, "no a[href]::after rule for print"
    selectors, declarations = after[0]
    assert re.search(r'content:\s*"\s*\("\s*attr\(href\)\s*"\)"', declarations)
    assert {'main a[href^="http"]::after', 'main a[href^="/"]::after'} <= set(selectors)


def test_print_is_black_on_white_and_readable():
    body = [declarations for selectors, declarations in print_rules() if "body" in selectors]
    assert body and re.search(r"color:\s*#000", body[0]) and re.search(r"background:\s*#fff", body[0])
    assert re.search(r"\b1[0-2]pt\b", body[0])  # a print size, not screen pixels


def test_system_fonts_only():
    text = css()
    assert "@font-face" not in text
    assert "@import" not in text
    assert not re.search(r"url\(", text), "the stylesheet loads nothing else"
    families = re.findall(r"font(?:-family)?:\s*([^;}]+)", text)
    assert any("system-ui" in family for family in families)


def test_stylesheet_stays_small():
    assert len(gzip.compress(STYLESHEET.read_bytes(), 9)) < MAX_GZIPPED_BYTES
