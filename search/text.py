"""Text helpers for search: turning what a reader typed into safe search terms, and highlighting matches.

Why a sanitiser: each engine has its own query syntax (FTS5 MATCH strings, PostgreSQL tsquery, Lucene), and
stock Wagtail passes some characters through to it, so a lone ``"`` is a 500 on SQLite. Reducing the query to
plain words (letters, digits and combining marks of any script) makes every engine see the same harmless
input.
"""

import functools
import html
import re
import unicodedata
from collections.abc import Sequence

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

MAX_TERMS = 16
MAX_TERM_LENGTH = 64
SNIPPET_WORDS = 32
_WORD_CATEGORIES = ("L", "N", "M")


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in _WORD_CATEGORIES


def search_terms(query: str) -> list[str]:
    """The words of a query, without operators, quotes, control characters or symbols (emoji).

    Words are runs of letters, digits and combining marks, so Arabic, CJK and accented words survive whole.
    Duplicates (ignoring case) are dropped; at most ``MAX_TERMS`` words of ``MAX_TERM_LENGTH`` characters.
    """
    return search_terms_and_cut(query)[0]


def search_terms_and_cut(query: str) -> tuple[list[str], bool]:
    """``search_terms(query)`` and whether the limits dropped part of the query (a word past ``MAX_TERMS``,
    or the end of a word longer than ``MAX_TERM_LENGTH``): the page and the API tell the reader so."""
    terms: list[str] = []
    seen: set[str] = set()
    current: list[str] = []
    cut = False
    for char in unicodedata.normalize("NFC", query) + " ":
        if _is_word_char(char):
            current.append(char)
            continue
        if current:
            word = "".join(current)
            current = []
            key = word[:MAX_TERM_LENGTH].casefold()
            # Marks alone (e.g. the variation selector of an emoji) are not a word.
            if key in seen or not any(unicodedata.category(c)[0] in "LN" for c in word):
                continue
            if len(terms) == MAX_TERMS:
                return terms, True
            cut = cut or len(word) > MAX_TERM_LENGTH
            seen.add(key)
            terms.append(word[:MAX_TERM_LENGTH])
    return terms, cut


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """``text`` (trimmed) cut to at most ``limit`` characters at the last space that fits, and whether it was
    cut. A single word longer than ``limit`` is cut inside it."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    head = text[: limit + 1]
    boundary = max((match.start() for match in re.finditer(r"\s", head)), default=0)
    cut = head[:boundary] if boundary > 0 else text[:limit]
    return cut.rstrip(), True


def without_control_characters(text: str) -> str:
    """``text`` without NUL and other control/format characters (PostgreSQL refuses NUL in text values)."""
    return "".join(char for char in text if unicodedata.category(char)[0] != "C")


def normalise_query(query: str) -> str:
    """The canonical form of a query, for logging and matching: its words, lower case, single spaces."""
    return " ".join(term.lower() for term in search_terms(query))


# Combining marks (accents, Arabic harakat…) of the Basic Multilingual Plane, removed after decomposition.
_COMBINING = re.compile(
    "["
    + "".join(re.escape(chr(code)) for code in range(0x300, 0x10000) if unicodedata.combining(chr(code)))
    + "]"
)
_WORD_RUNS = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text (``Décentralisation`` -> ``decentralisation``)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def fold_words(text: str) -> str:
    """``fold`` then keep only the words, single-spaced: for exact comparisons of titles, terms, synonyms."""
    return " ".join(_WORD_RUNS.findall(fold(text)))


def plain_text(value: str) -> str:
    """Text of a (rich text) value: tags removed, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(strip_tags(value or "")).split())


_fold_character = functools.lru_cache(maxsize=4096)(fold)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@functools.lru_cache(maxsize=8192)
def _folded_run(run: str) -> tuple[str, tuple[int, ...] | None]:
    """A run of non-ASCII characters (often a whole word: Arabic, or "é"), folded, and for each folded
    character the offset of its character in the run; None when each character folds to exactly one."""
    pieces = [_fold_character(char) for char in run]
    if all(len(piece) == 1 for piece in pieces):
        return "".join(pieces), None
    return "".join(pieces), tuple(offset for offset, piece in enumerate(pieces) for _char in piece)


def _folded_with_positions(text: str) -> tuple[str, Sequence[int]]:
    """Fold ``text`` and remember, for each folded character, the index of the original character. ASCII
    folds to its lower case, character for character: ASCII text, and the ASCII runs of other text, are
    folded whole; the runs of other characters are folded once per process (the same words recur). Folded
    one character at a time, snippets cost about a third of a search request's CPU in a profile."""
    if text.isascii():
        return text.lower(), range(len(text))
    folded: list[str] = []
    positions: list[int] = []
    cursor = 0
    for run in _NON_ASCII_RUN.finditer(text):
        start, end = run.span()
        folded.append(text[cursor:start].lower())
        positions.extend(range(cursor, start))
        folded_run, offsets = _folded_run(run.group())
        folded.append(folded_run)
        positions.extend(range(start, end) if offsets is None else (start + offset for offset in offsets))
        cursor = end
    folded.append(text[cursor:].lower())
    positions.extend(range(cursor, len(text)))
    return "".join(folded), positions


def highlight(text: str, terms: list[str], max_words: int = SNIPPET_WORDS) -> SafeString:
    """An excerpt of ``text`` around the first match, HTML-escaped, with matched words wrapped in ``<mark>``.

    A word matches when it starts with one of the (folded) terms, so ``govern`` marks ``Governance`` and
    ``decentralisation`` marks ``Décentralisation``. Everything from ``text`` is escaped: the only markup in
    the result is the ``<mark>`` elements added here.
    """
    text = " ".join(text.split())
    if not text:
        return mark_safe("")
    folded_terms = sorted({fold(term) for term in terms if term}, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    if folded_terms:
        folded, positions = _folded_with_positions(text)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(term) for term in folded_terms) + r")\w*")
        for match in pattern.finditer(folded):
            spans.append((positions[match.start()], positions[match.end() - 1] + 1))

    # Choose a window of whole words: a few words of context before the first match.
    word_starts = [match.start() for match in re.finditer(r"\S+", text)]
    first = spans[0][0] if spans else 0
    first_word = max((i for i, start in enumerate(word_starts) if start <= first), default=0)
    start_word = max(0, first_word - max_words // 4)
    end_word = min(len(word_starts), start_word + max_words)
    start = word_starts[start_word]
    end = word_starts[end_word] if end_word < len(word_starts) else len(text)
    excerpt_end = len(text[:end].rstrip())

    parts: list[str] = ["… " if start_word > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= excerpt_end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, excerpt_end)
        if span_start < cursor:
            continue
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:excerpt_end]))
    if end_word < len(word_starts):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above went through escape()
