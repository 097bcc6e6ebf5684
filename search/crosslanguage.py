"""Search across languages: what the other languages hold for a query, and the glossary's bridge between them.

A search covers one language. For the same words this module searches the live, public pages of every other
language once (each read with its own language's analysis, ``engine.in_language(None)``) and gives:

- **Other languages' matches**: per language, how many pages match, so the page can say "12 results in
  Français" and link to that language's search page, and the API can report it (``other_languages``).
- **The glossary bridge**: when the query is exactly a page's name in another language (a glossary term's
  name, abbreviation or synonym: ``ContentPage.exact_names``, read by the definition card), that page's
  translation in the searched language is the term the reader means. Its name is searched too, and the
  definition card shows it, in the reader's language: "décentralisation budgétaire" on the English site
  finds "Fiscal decentralization" and the English pages about it.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from catalogue import facets as facet_layer
from multilingual import languages
from search import engine, engine_facets, faceting
from search.text import fold_words


@dataclass(frozen=True)
class OtherLanguage:
    """Matches of the query in one other language, and its search page."""

    code: str
    name: str  # the language's own name ("Français")
    total: int
    url: str  # that language's search page for the query (a path)


@dataclass
class Elsewhere:
    """What the other languages hold for a query."""

    languages: list[OtherLanguage] = field(default_factory=list)
    # The page (another language's) whose exact name is the query, if any; the caller translates it.
    named_page_id: int | None = None
    degraded: bool = False


def search_page_url(code: str, query: str) -> str:
    """The search page of language ``code`` for ``query`` (a path)."""
    with translation.override(code):
        return f"{reverse('search')}?{urlencode({'q': query})}"


def elsewhere(
    query: str, words: str, locale_id: int, locales: dict[int, str], base_all, name_finder
) -> Elsewhere:
    """Search the live, public pages (``base_all``: of every language) of the languages other than
    ``locale_id`` for ``words``. ``name_finder(query, ids, facts)`` returns the id of the page among ``ids``
    whose exact name is ``query`` (the definition card's rule), or None."""
    others = base_all.exclude(locale_id=locale_id)
    if not engine.engine_in_use():
        return _elsewhere_in_the_database(query, words, others, locales)
    answer = engine.matching_ids(words, others, settings.SEARCH_MAX_MATCHES, None)
    ids = list(dict.fromkeys(answer.ids))
    if not ids:
        return Elsewhere(degraded=answer.degraded)
    facts = facet_layer.brief_facts(ids)
    ids = [pk for pk in ids if pk in facts]
    totals = Counter(locales.get(facts[pk].locale_id) for pk in ids)
    named = name_finder(query, ids, facts) if ids else None
    return Elsewhere(_languages(query, totals), named, answer.degraded)


def _elsewhere_in_the_database(query: str, words: str, others, locales: dict[int, str]) -> Elsewhere:
    """The database's answer: the matches counted per language by one aggregate query and the exact name found
    among them by the definition card's own SQL (``search.faceting.card_page_id``): no list of ids read, so
    no bound on how many are counted and nothing ranked that no one reads."""
    matching = engine_facets.matching_queryset(words, others).order_by()
    counted = matching.values_list("locale_id").annotate(pages=Count("pk")).order_by()
    totals = Counter({locales[pk]: pages for pk, pages in counted if pk in locales})
    degraded = engine.fallback_alias() is not None  # the engine is down: its fallback answers
    if not totals:
        return Elsewhere(degraded=degraded)
    named = faceting.card_page_id(fold_words(query), words, others)
    return Elsewhere(_languages(query, totals), named, degraded)


def _languages(query: str, totals: Counter) -> list[OtherLanguage]:
    return [
        OtherLanguage(code, languages.BY_CODE[code].name, totals[code], search_page_url(code, query))
        for code in (language.code for language in languages.LANGUAGE_TABLE)
        if totals.get(code)
    ]


def translation_in(page_id: int, locale_id: int, base) -> Page | None:
    """The live, public translation (in ``base``: the searched pages) of page ``page_id`` in ``locale_id``."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    return base.filter(translation_key=page.translation_key, locale_id=locale_id).first()
