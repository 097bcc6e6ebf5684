"""WCAG 2.2 AA: axe-core, run inside Chromium, finds no violation on the main pages in both languages."""

from __future__ import annotations

import pytest

from scripts.site_pages import LANGUAGES, page_paths
from tests.browser.conftest import FIGURES

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
CASES = [(lang, name) for lang in LANGUAGES for name in page_paths(lang)]


def run_axe(page, axe_source: str) -> dict:
    """Inject axe-core (through DevTools, so the page's CSP stays as served) and run the WCAG tags."""
    page.evaluate(axe_source)
    return page.evaluate(
        "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
        " return {violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})),"
        " passes: r.passes.length, incomplete: r.incomplete.map(v => v.id)}; }",
        AXE_TAGS,
    )


IDS = [f"{lang}-{name.replace(' ', '-')}" for lang, name in CASES]


@pytest.mark.parametrize(("lang", "name"), CASES, ids=IDS)
def test_no_axe_violations(page, axe_source, lang, name):
    path = page_paths(lang)[name]
    response = page.goto(path)
    assert response.status == (404 if name == "404" else 200)
    assert page.locator("html").get_attribute("lang") == lang
    if name.startswith("search"):  # the page under test really is the one with (or without) results
        assert (page.locator(".search-result").count() > 0) == (name == "search with results")
    result = run_axe(page, axe_source)
    violations = result["violations"]
    review = ", ".join(result["incomplete"]) or "none"
    FIGURES.append(
        f"axe {lang} {name}: {len(violations)} violations, {result['passes']} passed rules, review: {review}"
    )
    assert violations == [], "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in violations
    )


def test_axe_reports_a_planted_violation(page, axe_source):
    """The run above can fail: an image without a text alternative is reported."""
    page.goto("/en/")
    page.evaluate(
        "() => { const image = document.createElement('img'); image.src = '/no-such-image.png';"
        " document.querySelector('main').append(image); }"
    )
    assert "image-alt" in {violation["id"] for violation in run_axe(page, axe_source)["violations"]}
