"""Defined terms woven into the reading: the first mention of a term in a page's body links to the term's
page, with the term's short definition on hover and on keyboard focus.

Which names count comes from the content contract (``ContentPage.exact_names``, the names that raise a
definition card in search): rank 0, the term itself, matches in any case ("Fiscal decentralization",
"fiscal decentralization"); rank 1, an abbreviation, matches exactly ("OSR", never "osr"); other ranks
(synonyms) are not linked. The definition is the page's ``definition_card()``. The foundation never names
the glossary: any page type whose ``exact_names`` yields names provides terms.

A page asks for links with ``links_terms()`` (an editor's switch on posts and knowledge products); the
template wraps the body in ``{% term_links page %}…{% end_term_links %}`` (decnet_tags).

Linking works on the rendered HTML's text only: never inside a tag or an attribute, nor inside a link, a
heading, code, a button, a form label or a script; whole words only; the longest name wins where names
overlap ("fiscal decentralization" before "decentralization"); each term once per page. The language's
terms are read once per request (a fixed number of queries, however many terms there are).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from django.db import models
from django.http import HttpRequest
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from decnet import fragments
from decnet.content import content_models
from traffic.visibility import public


def links_switch() -> models.BooleanField:
    """The editors' switch of a page type whose body links its terms (its ``links_terms()`` answers from
    it): one declaration, the same field on every such page type."""
    return models.BooleanField(
        _("link glossary terms"),
        default=True,
        help_text=_(
            "Link the first mention of each glossary term in the body to the term, with its definition shown "
            "when readers point at it or tab to it."
        ),
    )


TITLE_RANK = 0
ABBREVIATION_RANK = 1

# Elements whose text is never linked: links (no link in a link), headings, code, form controls, scripts…
SKIPPED_ELEMENTS = frozenset(
    "a h1 h2 h3 h4 h5 h6 code pre kbd samp var button label select option textarea abbr dfn svg math".split()  # noqa: SIM905
)
# Elements whose content is raw text for the browser: skipped whole, without looking for tags inside.
RAW_TEXT_ELEMENTS = frozenset("script style textarea title iframe noscript template xmp".split())  # noqa: SIM905

# A tag, a comment or a declaration; quoted attribute values may hold ">" (they are never text).
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
    r"|<[!?][^>]*>",
    re.S,
)


@dataclass(frozen=True)
class Term:
    """One page that defines a term: where it lives and the plain-text definition shown beside a mention."""

    pk: int
    url: str
    title: str
    definition: str


@dataclass
class TermIndex:
    """The live terms of one language, ready to be found in text."""

    terms: dict[int, Term] = field(default_factory=dict)
    # Casefolded title -> term id; exact abbreviation -> term id.
    titles: dict[str, int] = field(default_factory=dict)
    abbreviations: dict[str, int] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def find(self, name: str) -> Term | None:
        pk = self.abbreviations.get(name)
        if pk is None:
            pk = self.titles.get(name.casefold())
        return self.terms.get(pk) if pk is not None else None


def _name_pattern(name: str) -> str:
    """The name as a regular expression: any run of spaces in it matches any run of white space."""
    return r"\s+".join(re.escape(part) for part in name.split())


def build_index(terms: list[Term], names: list[tuple[int, int, str]]) -> TermIndex:
    """The index of ``terms`` found by ``names`` ((term id, rank, name) rows of ``exact_names``)."""
    index = TermIndex(terms={term.pk: term for term in terms})
    alternatives: list[tuple[int, str]] = []
    for pk, rank, raw in names:
        name = " ".join(str(raw or "").split())
        if pk not in index.terms or not name:
            continue
        if rank == TITLE_RANK:
            if index.titles.setdefault(name.casefold(), pk) == pk:
                alternatives.append((len(name), f"(?i:{_name_pattern(name)})"))
        elif rank == ABBREVIATION_RANK and index.abbreviations.setdefault(name, pk) == pk:
            alternatives.append((len(name), _name_pattern(name)))
    if alternatives:
        # Longest first: at one place in the text the longest name that fits wins.
        alternatives.sort(key=lambda item: -item[0])
        body = "|".join(expression for _, expression in alternatives)
        index.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return index


def load_index(locale_id: int, request: HttpRequest | None) -> TermIndex:
    """The live, public terms of one language, from every page type that names terms (two queries per such
    type, one for the others: none)."""
    terms: list[Term] = []
    names: list[tuple[int, int, str]] = []
    for model in content_models():
        rows = [
            row
            for row in model.exact_names(model.objects.filter(live=True, locale_id=locale_id))
            if row[1] in (TITLE_RANK, ABBREVIATION_RANK)
        ]
        if not rows:
            continue
        pages = public(model.objects.live()).filter(pk__in={row[0] for row in rows})
        for page in pages:
            card = page.definition_card() or {}
            url = page.get_url(request=request)
            if url:
                terms.append(Term(page.pk, url, page.title, str(card.get("definition") or "")))
        names.extend(rows)
    return build_index(terms, names)


def index_for(locale_id: int, request: HttpRequest | None) -> TermIndex:
    """The language's term index, kept with the page chrome until the next change (decnet.fragments)."""
    return fragments.chrome(request, "term index", lambda: load_index(locale_id, request), locale_id)


def _term_link(term: Term, text: str) -> str:
    """A mention made a link, with the definition as the link's description (shown on hover and focus)."""
    tip_id = f"term-tip-{term.pk}"
    if not term.definition:
        return f'<a class="term-link" href="{escape(term.url)}">{escape(text)}</a>'
    return (
        f'<span class="term"><a class="term-link" href="{escape(term.url)}" aria-describedby="{tip_id}">'
        f'{escape(text)}</a><span class="term-tip" role="tooltip" id="{tip_id}">'
        f"{escape(term.definition)}</span></span>"
    )


def _link_text(raw: str, index: TermIndex, linked: set[int]) -> str:
    """One run of HTML text (entities and all) with its first mentions linked."""
    text = html.unescape(raw)
    pieces: list[str] = []
    position = 0
    for match in index.pattern.finditer(text):
        term = index.find(" ".join(match.group().split()))
        if term is None or term.pk in linked:
            continue
        linked.add(term.pk)
        pieces.append(escape(text[position : match.start()]))
        pieces.append(_term_link(term, match.group()))
        position = match.end()
    if not pieces:
        return raw
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def link_terms(markup: str, index: TermIndex, already_linked: frozenset[int] = frozenset()) -> str:
    """``markup`` with the first mention of each term linked (the rules are in the module's docstring); terms
    in ``already_linked`` (e.g. the page itself) are not linked."""
    if index.pattern is None or not index.pattern.search(html.unescape(markup)):
        return markup
    linked: set[int] = set(already_linked)
    out: list[str] = []
    skipped = 0  # depth of open elements whose text is left alone
    position = 0
    length = len(markup)
    while position < length:
        match = _TOKEN.search(markup, position)
        end = match.start() if match else length
        if end > position:
            text = markup[position:end]
            out.append(text if skipped else _link_text(text, index, linked))
        if match is None:
            break
        out.append(match.group())
        position = match.end()
        name = (match.group("name") or "").lower()
        if not name:
            continue
        if match.group("close"):
            if name in SKIPPED_ELEMENTS and skipped:
                skipped -= 1
            continue
        if name in RAW_TEXT_ELEMENTS and not match.group().endswith("/>"):
            closing = re.compile(rf"</{name}\s*>", re.I).search(markup, position)
            stop = closing.start() if closing else length
            out.append(markup[position:stop])
            position = stop
        elif name in SKIPPED_ELEMENTS and not match.group().endswith("/>"):
            skipped += 1
    return "".join(out)


def linked_body(markup: str, page, request: HttpRequest | None) -> str:
    """The rendered body of ``page`` with its terms linked, when the page asks for it."""
    links_terms = getattr(page, "links_terms", None)
    if not callable(links_terms) or not links_terms() or getattr(page, "locale_id", None) is None:
        return markup
    return link_terms(markup, index_for(page.locale_id, request), frozenset({page.pk}))
