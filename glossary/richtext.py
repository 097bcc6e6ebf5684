"""Conversions between text from outside (spreadsheets) and the rich text stored in glossary pages.

Wagtail's ``RichTextField`` stores whatever string it is given and templates render it with ``|richtext``
without escaping, so text that did not come from the admin editor must be turned into safe HTML here:
plain text is escaped and wrapped in paragraphs; a small set of tags (the features the definition field
offers in the editor) is kept and everything else is dropped.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Tags that mark a definition as HTML rather than plain text. A stray "<" in plain text ("budgets < 5%")
# does not match, so such text is escaped, not parsed.
_HTML_TAG_RE = re.compile(r"</?\s*(p|br|b|strong|i|em|a|ul|ol|li)\b[^>]*>", re.IGNORECASE)
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")
_WHITESPACE_RE = re.compile(r"\s+")
# Block boundaries in stored rich text, replaced by a space when the text is flattened.
_BLOCK_BOUNDARY_RE = re.compile(r"</?(p|br|li|ul|ol|h[1-6]|blockquote|div)\b[^>]*>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")

ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
_RENAMED_TAGS = {"strong": "b", "em": "i"}
_INLINE_TAGS = frozenset({"b", "i", "a"})
_LIST_TAGS = frozenset({"ul", "ol"})
# Elements whose content is not text for readers and is dropped together with the tags.
_DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title"}
)


def looks_like_html(text: str) -> bool:
    """True when the text uses at least one of the tags the definition field supports."""
    return bool(_HTML_TAG_RE.search(text))


def plain_text_to_rich_text(text: str) -> str:
    """Escape plain text and wrap it in paragraphs: blank lines separate paragraphs, single newlines
    become line breaks. Returns "" when there is no visible text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = []
    for block in _PARAGRAPH_BREAK_RE.split(text):
        lines = [html.escape(line.strip(), quote=False) for line in block.split("\n") if line.strip()]
        if lines:
            paragraphs.append("<p>" + "<br/>".join(lines) + "</p>")
    return "".join(paragraphs)


def sanitise_rich_text(markup: str) -> str:
    """Keep only paragraphs, line breaks, bold, italic, lists and http(s)/mailto links; escape all text.

    The output is generated from parser events (never copied from the input), so no attribute other than
    a checked ``href`` and no unknown tag can survive. Inline content outside a paragraph or list item is
    wrapped in ``<p>``. Returns "" when nothing visible is left.
    """
    sanitiser = _Sanitiser()
    sanitiser.feed(markup)
    sanitiser.close()
    return sanitiser.result()


def to_rich_text(value: str) -> str:
    """Rich text for a definition given as plain text or as limited HTML (see the two functions above)."""
    if looks_like_html(value):
        return sanitise_rich_text(value)
    return plain_text_to_rich_text(value)


def rich_text_to_plain_text(markup: str) -> str:
    """Visible text of stored rich text on one line: tags removed, entities decoded, blocks separated."""
    text = _BLOCK_BOUNDARY_RE.sub(" ", markup)
    text = html.unescape(_TAG_RE.sub("", text))
    return _WHITESPACE_RE.sub(" ", text).strip()


def _safe_href(value: str | None) -> str | None:
    if not value:
        return None
    # Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so remove them
    # before looking at the scheme.
    href = "".join(ch for ch in value.strip() if ch > " " and ch != "\x7f")
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    if scheme not in ALLOWED_URL_SCHEMES:
        return None
    return href


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._stack: list[str] = []  # open output tags, outermost first
        self._dropping: list[str] = []  # open elements whose content is discarded
        self._has_text = False

    # -- output helpers -----------------------------------------------------------------------------
    def _open(self, tag: str, attrs: str = "") -> None:
        self._out.append(f"<{tag}{attrs}>")
        self._stack.append(tag)

    def _close_through(self, tag: str) -> None:
        """Close open tags up to and including the innermost ``tag`` (no-op if it is not open)."""
        if tag not in self._stack:
            return
        while self._stack:
            current = self._stack.pop()
            self._out.append(f"</{current}>")
            if current == tag:
                return

    def _close_inline(self) -> None:
        while self._stack and self._stack[-1] in _INLINE_TAGS:
            self._out.append(f"</{self._stack.pop()}>")

    def _ensure_text_container(self) -> None:
        """Make sure inline content goes into a paragraph or a list item."""
        if not self._stack:
            self._open("p")
        elif self._stack[-1] in _LIST_TAGS:
            self._open("li")

    def _start_block(self) -> None:
        """Close an open paragraph before a new paragraph or list starts."""
        self._close_inline()
        if self._stack and self._stack[-1] == "p":
            self._close_through("p")

    # -- parser events --------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropping or tag in _DROPPED_WITH_CONTENT:
            self._dropping.append(tag)
            return
        tag = _RENAMED_TAGS.get(tag, tag)
        if tag == "p":
            if "li" in self._stack:
                return  # a paragraph inside a list item adds nothing
            self._start_block()
            self._close_through("p")
            self._open("p")
        elif tag in _LIST_TAGS:
            if "li" not in self._stack:
                self._start_block()
            else:
                self._close_inline()
            self._open(tag)
        elif tag == "li":
            self._close_inline()
            if self._stack and self._stack[-1] == "li":
                self._close_through("li")
            if not self._stack or self._stack[-1] not in _LIST_TAGS:
                self._start_block()
                self._close_through("p")
                if not self._stack or self._stack[-1] not in _LIST_TAGS:
                    self._open("ul")
            self._open("li")
        elif tag == "br":
            if self._stack and self._stack[-1] not in _LIST_TAGS:
                self._out.append("<br/>")
        elif tag in ("b", "i"):
            self._ensure_text_container()
            self._open(tag)
        elif tag == "a":
            self._close_through("a")
            href = _safe_href(dict(attrs).get("href"))
            if href is not None:
                self._ensure_text_container()
                self._open("a", f' href="{html.escape(href, quote=True)}"')
        # Any other tag is dropped; its text content is kept.

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.handle_starttag(tag, attrs)
        # Other self-closing tags (<img/>, <input/>…) carry no text: drop them.

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            if tag in self._dropping:
                while self._dropping and self._dropping.pop() != tag:
                    pass
            return
        tag = _RENAMED_TAGS.get(tag, tag)
        if tag in ("p", "li", "ul", "ol", "b", "i", "a"):
            self._close_through(tag)

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        if not data.strip():
            # Whitespace between blocks is layout, not content; inside text it separates words.
            if self._stack and self._stack[-1] not in _LIST_TAGS:
                self._out.append(" ")
            return
        self._ensure_text_container()
        self._out.append(html.escape(data, quote=False))
        self._has_text = True

    def result(self) -> str:
        while self._stack:
            self._out.append(f"</{self._stack.pop()}>")
        if not self._has_text:
            return ""
        markup = "".join(self._out)
        # Drop paragraphs and list items left empty by removed content.
        previous = None
        while previous != markup:
            previous = markup
            markup = re.sub(r"<(p|li|b|i)>\s*</\1>", "", markup)
            markup = re.sub(r"<(ul|ol)>\s*</\1>", "", markup)
            markup = re.sub(r"<a [^>]*>\s*</a>", "", markup)
        return markup
