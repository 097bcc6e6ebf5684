"""Reads for the glossary: which terms the A–Z index lists, how they are grouped by letter, the letter
navigation, the related terms a term page links to, and the term's equivalents in the other languages.

Grouping is a plain function of the titles (no database), so its rules (accents folded, digits and
symbols under "#", every other script's letters in their own groups) are tested on their own, and the
index costs the same few queries however many terms it lists.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from django.apps import apps
from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language_info
from wagtail.models import Page

from multilingual import languages
from multilingual.i18n import is_language_placeholder
from traffic.visibility import public

if TYPE_CHECKING:  # the models import this module; at run time the term model comes from the app registry
    from decnet.models.taxonomy import Topic
    from glossary.models import GlossaryPage, GlossaryTermPage


def _term_model() -> type[GlossaryTermPage]:
    return apps.get_model("glossary", "GlossaryTermPage")


T = TypeVar("T")

# Group of titles that start with a digit or with no letter at all.
NUMBERS_AND_SYMBOLS = "#"
LATIN_ALPHABET = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Letters of the Arabic alphabet in their usual (hijā'ī) order; variants of alef fold to "ا".
# The letter navigation of each content language (multilingual.languages); others use the Latin one.
ALPHABETS: dict[str, tuple[str, ...]] = languages.ALPHABETS
# The Arabic definite article is not part of a term's initial: "اللامركزية" is filed under "ل".
ARABIC_ARTICLE = "ال"

# Latin letters that Unicode does not decompose into a base letter plus accents.
_LATIN_FOLDS = {"Æ": "A", "Œ": "O", "Ø": "O", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "T", "Ħ": "H", "Ŧ": "T"}
# Arabic letters whose NFKD form does not reduce to a letter of the Arabic alphabet (multilingual.languages).
_ARABIC_FOLDS = {"ى": "ي", "ة": "ه", "ٱ": "ا", "ء": "ا"}


def alphabet_for(language_code: str) -> tuple[str, ...]:
    """The letters the navigation always shows for a content language (e.g. "pt-br" → Latin)."""
    return ALPHABETS.get(language_code.split("-")[0].lower(), LATIN_ALPHABET)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _significant_text(title: str) -> str:
    """The title from its first letter or digit on, without accents (what grouping and sorting use)."""
    title = unicodedata.normalize("NFC", title)
    start = next((i for i, ch in enumerate(title) if ch.isalnum()), None)
    if start is None:
        return ""
    text = title[start:]
    # Checked before accents are removed: "ألف" (hamza on the alef) does not start with the article.
    if text.startswith(ARABIC_ARTICLE) and sum(ch.isalpha() for ch in text[2:]) >= 2:
        text = text[len(ARABIC_ARTICLE) :]
    return _strip_marks(text)


def initial_letter(title: str) -> str:
    """The group a title is filed under: its first letter in capitals without accents ("Économie" → "E",
    "æther" → "A", "Δήμος" → "Δ"), or "#" when it starts with a digit or has no letter at all."""
    text = _significant_text(title)
    if not text or not text[0].isalpha():
        return NUMBERS_AND_SYMBOLS
    letter = text[0].upper()[0]  # "ß".upper() is "SS"
    letter = _LATIN_FOLDS.get(letter, letter)
    return _ARABIC_FOLDS.get(letter, letter)


def letter_anchor(letter: str) -> str:
    """The id of a letter's section on the index page: "letter-A"; "letter-num" for "#"."""
    return "letter-num" if letter == NUMBERS_AND_SYMBOLS else f"letter-{letter}"


def sort_key(title: str) -> tuple[str, str]:
    """Accent- and case-insensitive order, with the exact title as tie-breaker so the order is stable."""
    return (_significant_text(title).casefold(), title)


@dataclass
class LetterGroup(Generic[T]):
    letter: str
    items: list[T] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return letter_anchor(self.letter)

    @property
    def is_numbers_and_symbols(self) -> bool:
        return self.letter == NUMBERS_AND_SYMBOLS


@dataclass(frozen=True)
class NavLetter:
    """One entry of the letter navigation; ``has_items`` False means it is shown but not linked."""

    letter: str
    has_items: bool

    @property
    def anchor(self) -> str:
        return letter_anchor(self.letter)

    @property
    def is_numbers_and_symbols(self) -> bool:
        return self.letter == NUMBERS_AND_SYMBOLS


def _group_order(letter: str, alphabet: tuple[str, ...]) -> tuple[int, int, str]:
    if letter == NUMBERS_AND_SYMBOLS:
        return (2, 0, letter)
    if letter in alphabet:
        return (0, alphabet.index(letter), letter)
    return (1, ord(letter[0]), letter)


def group_by_letter(
    items: Iterable[T], title: Callable[[T], str], language_code: str = languages.SOURCE_LANGUAGE
) -> list[LetterGroup[T]]:
    """Items grouped by the initial letter of their title, groups and items in A–Z order.

    Groups follow the language's alphabet, then letters of other scripts (by code point), then "#".
    Only letters that have items get a group.
    """
    alphabet = alphabet_for(language_code)
    groups: dict[str, LetterGroup[T]] = {}
    for item in items:
        letter = initial_letter(title(item))
        groups.setdefault(letter, LetterGroup(letter)).items.append(item)
    ordered = sorted(groups.values(), key=lambda group: _group_order(group.letter, alphabet))
    for group in ordered:
        group.items.sort(key=lambda item: sort_key(title(item)))
    return ordered


def letter_navigation(
    groups: Iterable[LetterGroup], language_code: str = languages.SOURCE_LANGUAGE
) -> list[NavLetter]:
    """Every letter of the language's alphabet (linked only when it has terms), then the other groups
    that have terms (other scripts, "#"), in the same order as the groups."""
    present = {group.letter for group in groups}
    alphabet = alphabet_for(language_code)
    letters = set(alphabet) | present
    ordered = sorted(letters, key=lambda letter: _group_order(letter, alphabet))
    return [NavLetter(letter, letter in present) for letter in ordered]


def index_terms(glossary: GlossaryPage) -> QuerySet[GlossaryTermPage]:
    """Live, public terms directly under the glossary and in its locale."""
    return (
        public(_term_model().objects.child_of(glossary).live())
        .filter(locale_id=glossary.locale_id)
        .select_related("locale")
        .order_by("path")
    )


def glossary_index(glossary: GlossaryPage) -> list[LetterGroup[GlossaryTermPage]]:
    """The index's terms grouped A–Z (one query for the terms, however many there are)."""
    language_code = glossary.locale.language_code
    return group_by_letter(index_terms(glossary), title=lambda term: term.title, language_code=language_code)


FILTER_MAX_LENGTH = 100


def read_filter(raw: object) -> str:
    """The glossary filter as typed (``?q=``), cleaned: text only, no control characters, at most
    FILTER_MAX_LENGTH characters, spaces collapsed; "" for anything else."""
    if not isinstance(raw, str):
        return ""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw[: FILTER_MAX_LENGTH * 4])
    return " ".join(printable.split())[:FILTER_MAX_LENGTH].strip()


def _comparable(text: str) -> str:
    return _strip_marks(unicodedata.normalize("NFC", text)).casefold()


def matches_filter(term: GlossaryTermPage, words: list[str]) -> bool:
    """True when every word occurs in the term's title or abbreviation, ignoring case and accents
    ("economie" finds "Économie locale", "igft" finds "Intergovernmental fiscal transfers (IGFT)")."""
    haystack = _comparable(f"{term.title} {term.abbreviation}")
    return all(word in haystack for word in words)


def read_topic(glossary: GlossaryPage, raw: object) -> Topic | None:
    """The topic of the glossary's language named by ``?topic=`` (its slug), or None for anything else
    (missing, unknown, malformed: the index then lists every term, as the listings do with unknown values)."""
    if not isinstance(raw, str) or not raw or len(raw) > 100 or not raw.isprintable():
        return None
    topic_model = apps.get_model("decnet", "Topic")
    return topic_model.objects.filter(locale_id=glossary.locale_id, slug=raw).first()


def filtered_glossary_index(
    glossary: GlossaryPage, query: str, topic: Topic | None = None
) -> list[LetterGroup[GlossaryTermPage]]:
    """The A–Z groups of the terms matching ``query`` (all terms when it is empty), of ``topic`` when one is
    given (a topic hub's "See all" leads here); still one query."""
    words = _comparable(query).split()
    terms = index_terms(glossary)
    if topic is not None:
        terms = terms.filter(topics=topic)
    terms = [term for term in terms if matches_filter(term, words)]
    return group_by_letter(terms, title=lambda term: term.title, language_code=glossary.locale.language_code)


def index_for_term(term: GlossaryTermPage) -> Page | None:
    """The A–Z index a term page links back to: its glossary, unless readers cannot open it (a draft, or
    the untranslated placeholder of the glossary in the term's language, which is a 404: see
    multilingual.i18n.is_language_placeholder). Then the term page has no link back, not a broken one."""
    parent = term.get_parent()
    if parent is None or not parent.live or is_language_placeholder(parent):
        return None
    return parent


def live_related_terms(term: GlossaryTermPage) -> list[GlossaryTermPage]:
    """The term's related terms in the editor's order, leaving out drafts and private terms.

    Works on an unsaved or previewed page too (the related rows may exist only in memory).
    """
    rows = sorted(
        enumerate(term.related_terms.all()),
        key=lambda pair: (pair[1].sort_order is None, pair[1].sort_order or 0, pair[0]),
    )
    ids = [row.related_term_id for _position, row in rows if row.related_term_id]
    if not ids:
        return []
    pages = public(_term_model().objects.live()).in_bulk(ids)
    seen: set[int] = set()
    result = []
    for page_id in ids:
        if page_id in pages and page_id not in seen:
            seen.add(page_id)
            result.append(pages[page_id])
    return result


@dataclass(frozen=True)
class TermEquivalent:
    """The term in another language: what a term page lists under "In other languages"."""

    language_code: str
    language_name: str  # as settings.LANGUAGES spells it (each language's own name)
    title: str
    url: str
    direction: str  # "rtl" or "ltr", for the link's dir attribute

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"


def _direction(language_code: str) -> str:
    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:  # a code Django does not know: assume left-to-right, the common case
        return "ltr"


def term_equivalents(term: GlossaryTermPage, request: HttpRequest | None = None) -> list[TermEquivalent]:
    """The term's live, public translations in the other site languages, in settings.LANGUAGES order.

    Translations are Wagtail's: pages with the term's translation_key in another locale. Aliases are left
    out: an alias is the untranslated placeholder that repeats the source page, so its title is not an
    equivalent. One query for the translations (plus the one ``public()`` makes for view restrictions),
    whatever their number; URLs come from the request's cached site root paths.
    """
    if term.pk is None:  # previewing a term that was never saved: no translation can exist
        return []
    languages = dict(settings.LANGUAGES)
    order = {code: position for position, code in enumerate(languages)}
    translations = (
        public(term.get_translations().live()).filter(alias_of__isnull=True).select_related("locale")
    )
    equivalents = []
    for page in translations:
        code = page.locale.language_code
        if code not in languages or page.locale_id == term.locale_id:
            continue
        url = page.get_url(request=request)
        if not url:  # not under any site: nothing to link to
            continue
        equivalents.append(TermEquivalent(code, languages[code], page.title, url, _direction(code)))
    equivalents.sort(key=lambda equivalent: order[equivalent.language_code])
    return equivalents
