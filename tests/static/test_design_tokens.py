"""Colour tokens (static/css/site.css): every text colour reads at WCAG AA (4.5:1) on the surfaces it is used on.

The stylesheet's naming is the contract: ``--fg-*`` text colours on the light surfaces ``--bg-page``,
``--bg-subtle`` and ``--bg-tint``; ``--fg-on-inverse*`` on every ``--bg-inverse*``. On top of that, every rule
that sets both a text colour and a background from tokens (buttons, badges, chips, placeholders…) is checked
as the pair it is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "site.css"
AA_TEXT = 4.5
LIGHT_SURFACES = ("--bg-page", "--bg-subtle", "--bg-tint")


def css() -> str:
    return re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(encoding="utf-8"), flags=re.S)


def tokens(text: str | None = None) -> dict[str, str]:
    """The colour custom properties of :root, {name: #rrggbb}."""
    root = re.search(r":root\s*\{([^}]*)\}", text if text is not None else css())
    assert root, "no :root block"
    return {
        name: value.lower()
        for name, value in re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\b", root.group(1))
    }


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def token_pairs(text: str | None = None) -> set[tuple[str, str]]:
    """(text token, background token) pairs the stylesheet promises by naming, and those its rules set."""
    palette = tokens(text)
    foregrounds = [name for name in palette if name.startswith("--fg-") and not name.startswith("--fg-on-")]
    on_inverse = [name for name in palette if name.startswith("--fg-on-inverse")]
    inverse = [name for name in palette if name.startswith("--bg-inverse")]
    pairs = {(fg, bg) for fg in foregrounds for bg in LIGHT_SURFACES}
    pairs |= {(fg, bg) for fg in on_inverse for bg in inverse}
    for declarations in re.findall(r"\{([^{}]*)\}", text if text is not None else css()):
        colour = re.search(r"(?<![-\w])color\s*:\s*var\((--[\w-]+)\)", declarations)
        background = re.search(r"background(?:-color)?\s*:\s*var\((--[\w-]+)\)", declarations)
        if colour and background:
            pairs.add((colour.group(1), background.group(1)))
    return pairs


def test_the_stylesheet_declares_the_tokens_it_uses():
    palette = tokens()
    assert {"--bg-page", "--fg-text", "--fg-link", "--bg-inverse", "--fg-on-inverse"} <= set(palette)
    used = set(re.findall(r"var\((--(?:fg|bg)-[\w-]+)\)", css()))
    assert used - set(palette) == set(), "colour tokens used but not declared"


@pytest.mark.parametrize(("foreground", "background"), sorted(token_pairs()), ids=lambda value: value)
def test_text_and_background_pair_meets_aa(foreground, background):
    palette = tokens()
    ratio = contrast(palette[foreground], palette[background])
    assert ratio >= AA_TEXT, f"{foreground} on {background}: {ratio:.2f}:1 < {AA_TEXT}:1"


def test_placeholder_tones_are_inverse_surfaces():
    """Card placeholders print white text on their tone: each tone must be one of the checked surfaces."""
    tones = re.findall(r"\.tone-\d\s*\{\s*background-color:\s*var\((--[\w-]+)\)", css())
    assert len(tones) >= 4
    assert all(tone.startswith("--bg-inverse") for tone in tones)


def test_the_check_can_fail():
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the lightest grey that passes on white
    assert contrast("#777777", "#ffffff") < AA_TEXT
    sheet = ":root { --bg-page: #ffffff; --bg-subtle: #ffffff; --bg-tint: #ffffff; --fg-pale: #999999; }"
    assert ("--fg-pale", "--bg-page") in token_pairs(sheet)
    rule = sheet + " .chip { color: var(--fg-pale); background: var(--bg-page); }"
    assert ("--fg-pale", "--bg-page") in token_pairs(rule)
