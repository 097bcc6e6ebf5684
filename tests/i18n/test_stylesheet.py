"""The stylesheet mirrors for Arabic: logical properties only (inline-start/end, block-start/end), never
physical left/right ones, and no direction-specific arrows."""

import re
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "site.css"
PHYSICAL = re.compile(
    r"(?<![\w-])(?:margin|padding|border)-(?:left|right)\b"
    r"|(?<![\w-])(?:left|right)\s*:"
    r"|(?<![\w-])float\s*:\s*(?:left|right)"
    r"|(?<![\w-])text-align\s*:\s*(?:left|right)"
    r"|(?<![\w-])clear\s*:\s*(?:left|right)"
    r"|border-(?:top|bottom)-(?:left|right)-radius"
)


def css_without_comments() -> str:
    return re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(encoding="utf-8"), flags=re.S)


def test_no_physical_direction_in_the_stylesheet():
    assert PHYSICAL.findall(css_without_comments()) == []


def test_no_rtl_override_is_needed():
    css = css_without_comments()
    assert '[dir="rtl"]' not in css and "[dir=rtl]" not in css
    # Arrow-like characters that would point the wrong way in Arabic; "›" and "‹" are mirrored by browsers.
    assert not re.search(r"[→←⇒⇐➔]", css)


def test_the_pattern_catches_physical_properties():
    assert PHYSICAL.findall("a { margin-left: 1rem; float: right; left: 0 } b { text-align: right }")
    assert not PHYSICAL.findall("a { margin-inline-start: 1rem; inset-inline-start: 0; text-align: start }")
