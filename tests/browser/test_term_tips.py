"""Glossary terms in a post's body (decnet.terms), in real Chromium: keyboard focus on the term's link shows
its definition (the link's accessible description), Escape hides it, hovering shows it, nothing moves or
overflows, and axe-core finds no violation with the definition open, in English and Arabic, at desktop and
phone widths.

Artefacts: ``tests/browser/artifacts/<lang>-term-tip-<width>.png`` (the definition open)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.site_pages import LANGUAGES, page_paths
from tests.browser.keyboard import focused, tab_until
from tests.browser.test_accessibility import run_axe

pytestmark = pytest.mark.browser

ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS_DIR", Path(__file__).resolve().parent / "artifacts"))
WIDTHS = (1280, 390)

TIP_STATE = """(link) => {
  const tip = document.getElementById(link.getAttribute('aria-describedby'));
  const box = tip.getBoundingClientRect(), column = link.closest('.term-scope').getBoundingClientRect();
  return {visible: tip.checkVisibility(), text: tip.textContent.trim(), role: tip.getAttribute('role'),
          left: box.left, right: box.right, top: box.top, columnLeft: column.left, columnRight: column.right,
          linkBottom: link.getBoundingClientRect().bottom,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
}"""
# Where the text after the first term link sits: it must not move when the definition shows.
NEXT_BLOCK_TOP = (
    "() => document.querySelector('.term-scope > :last-child').getBoundingClientRect().top + scrollY"
)


def accessible_description(page, selector: str) -> str:
    """The accessible description Chromium computes for the first element matching ``selector``."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    tree = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})
    cdp.detach()
    return " ".join(str(tree["nodes"][0].get("description", {}).get("value", "")).split())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_focus_shows_the_definition_escape_hides_it(page, axe_source, lang, width):
    page.set_viewport_size({"width": width, "height": 900 if width > 600 else 844})
    assert page.goto(page_paths(lang)["blog post"]).status == 200
    link = page.locator(".post-body a.term-link").first
    href = link.get_attribute("href")
    assert href.startswith(f"/{lang}/") and link.get_attribute("aria-describedby")
    hidden = link.evaluate(TIP_STATE)
    assert not hidden["visible"] and hidden["role"] == "tooltip" and hidden["text"]
    below = page.evaluate(NEXT_BLOCK_TOP)

    reached = tab_until(page, lambda item: "term-link" in item["classes"], limit=120)
    assert reached["href"] == href
    shown = link.evaluate(TIP_STATE)
    assert shown["visible"] and shown["text"] == " ".join(hidden["text"].split())
    # Below the link, inside the text column, on screen; nothing scrolls sideways and nothing moved.
    assert shown["top"] >= shown["linkBottom"] - 1
    assert shown["columnLeft"] - 1 <= shown["left"] and shown["right"] <= shown["columnRight"] + 1
    assert shown["left"] >= 0 and shown["right"] <= width
    assert shown["overflow"] <= 0
    assert page.evaluate(NEXT_BLOCK_TOP) == below
    # Chromium's accessibility tree gives the focused link the definition as its description.
    assert accessible_description(page, ".post-body a.term-link") == " ".join(hidden["text"].split())

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{lang}-term-tip-{width}.png"))
    violations = run_axe(page, axe_source)["violations"]
    assert violations == [], violations

    page.keyboard.press("Escape")
    assert focused(page)["href"] == href  # Escape hides the definition, focus stays on the link
    assert not link.evaluate(TIP_STATE)["visible"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert link.evaluate(TIP_STATE)["visible"]  # focus back on the term shows it again


def test_pointer_hover_shows_the_definition_and_it_stays_while_pointed_at(page):
    page.goto(page_paths("en")["blog post"])
    link = page.locator(".post-body a.term-link").first
    link.hover()
    state = link.evaluate(TIP_STATE)
    assert state["visible"]
    # Moving onto the definition keeps it open (WCAG 1.4.13, hoverable).
    page.mouse.move((state["left"] + state["right"]) / 2, state["top"] + 8)
    assert link.evaluate(TIP_STATE)["visible"]
    page.mouse.move(5, 5)
    assert not link.evaluate(TIP_STATE)["visible"]
