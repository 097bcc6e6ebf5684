"""The one search query layer, used by the search page, the JSON API and the library's keyword box.

Flow: validated ``SearchParams`` (their facet fields come from the facet declarations, catalogue.facets) ->
words of the query (``search.text.search_terms``) -> the engine returns the ids of the matching live, public
pages of the language, best first (``search.engine``) -> catalogue.facets reads the pages' facts, filters and
counts with its one rule (a facet value's count is exactly the number of results that choosing it gives, with
the other facets applied) -> one page of results is loaded and each page describes itself through the content
contract (decnet.content). Nothing here knows a page type: types, labels, dates, summaries, snippets and the
definition card come from the page models that implement ``decnet.content.ContentPage``.
"""

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import translation
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from catalogue import facets as facet_layer
from catalogue.facets import Facet, FacetGroup, Facts, Selection
from decnet.content import OTHER_PAGE_TYPE
from search import crosslanguage, engine, engine_facets, faceting, ranking, spelling
from search import params as search_params
from search.params import (
    PAGE_SIZE_DEFAULT as PAGE_SIZE_DEFAULT,
)
from search.params import (
    PAGE_SIZE_MAX as PAGE_SIZE_MAX,
)
from search.params import (
    QUERY_MAX_LENGTH as QUERY_MAX_LENGTH,
)
from search.params import (
    SEARCH_FACETS as SEARCH_FACETS,
)
from search.params import (
    SUGGESTIONS_MAX as SUGGESTIONS_MAX,
)
from search.params import (
    BaseSearchParams as BaseSearchParams,
)
from search.params import (
    Language as Language,
)
from search.params import (
    SearchParams as SearchParams,
)
from search.params import (
    SortOrder as SortOrder,
)
from search.params import (
    params_model as params_model,
)
from search.params import (
    parse_params as parse_params,
)
from search.results import (
    GlossaryMatch as GlossaryMatch,
)
from search.results import (
    SearchOutcome as SearchOutcome,
)
from search.results import (
    SearchResult as SearchResult,
)
from search.results import (
    Suggestion as Suggestion,
)
from search.results import (
    TopicRef as TopicRef,
)
from search.results import (
    card_for,
    describe,
)
from search.text import (
    fold_words,
    normalise_query,
    search_terms,
    search_terms_and_cut,
    without_control_characters,
)
from traffic.generation import in_process
from traffic.locales import language_codes
from traffic.visibility import public


def _selection(params: BaseSearchParams, search_facets: Sequence[Facet]) -> Selection:
    selection: Selection = {}
    for facet in search_facets:
        value = getattr(params, facet.parameter, None)
        values = value if isinstance(value, list) else [value] if value else []
        if values:
            selection[facet.name] = list(values)
    return selection


NO_LOCALE = -1  # a language with no Locale row: matches no page


def _locale_id(lang: str | None, codes: dict[int, str]) -> int | None:
    """The id of the locale to search in (None: every language); ``lang`` is a validated code or "all"."""
    if lang == "all":
        return None
    code = lang or settings.LANGUAGE_CODE
    return next((pk for pk, language in codes.items() if language == code), NO_LOCALE)


def _base_queryset(locale_id: int | None):
    """Live, public pages (not the tree root), of one language unless ``locale_id`` is None."""
    pages = public(Page.objects.live()).filter(depth__gt=1)
    return pages if locale_id is None else pages.filter(locale_id=locale_id)


PROMOTED_QUERIES = "search.promoted-queries"


def _read_promoted_queries() -> frozenset[str]:
    """The queries editors promoted something for: most searches are none of them, and then run no query for
    promotions. Read once per generation in each worker (a promotion saved or deleted starts a new one)."""
    return frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))


def _promotions(query: str, locale_id: int | None, base) -> tuple[list[int], list[SearchPromotion]]:
    """Editors' promoted pages for this query (in the search language when translated), and external links."""
    # Editors type promoted queries in the admin; Wagtail stores them lower-cased, punctuation kept.
    keys = {normalise_query_string(without_control_characters(query)), normalise_query(query)}
    page_ids: list[int] = []
    links: list[SearchPromotion] = []
    if keys.isdisjoint(in_process(PROMOTED_QUERIES, _read_promoted_queries)):
        return [], []
    for promotion in SearchPromotion.objects.filter(query__query_string__in=keys).select_related("page"):
        if promotion.page is None:
            if promotion.external_link_url:
                links.append(promotion)
            continue
        page = promotion.page
        if locale_id is not None and page.locale_id != locale_id:
            page = page.get_translations().filter(locale_id=locale_id).first()
        if page is not None and page.pk not in page_ids:
            page_ids.append(page.pk)
    live_ids = set(base.filter(pk__in=page_ids).values_list("pk", flat=True)) if page_ids else set()
    return [pk for pk in page_ids if pk in live_ids], sorted(links, key=lambda p: p.sort_order or 0)


def _definition_card(query: str, ids: list[int], facts: Facts, request) -> GlossaryMatch | None:
    """The page whose exact name (a glossary term's name, abbreviation or a synonym) is the query, ignoring
    case and accents; each page type says which names count (``ContentPage.exact_names``).

    Only matching pages are candidates (a term page always matches its own names). A lower rank wins (a name
    beats an abbreviation, which beats a synonym); then the engine's order decides.
    """
    wanted = fold_words(query)
    if not faceting.may_name_a_page(wanted):
        return None
    position = {pk: index for index, pk in enumerate(ids)}
    found: list[tuple[int, int, int]] = []
    for model in faceting.card_models():
        model_ids = [pk for pk in ids if facts[pk].type == model.search_type]
        for start in range(0, len(model_ids), facet_layer.CHUNK):
            chunk = model_ids[start : start + facet_layer.CHUNK]
            for pk, rank, name in model.exact_names(model.objects.filter(pk__in=chunk)):
                if fold_words(name) == wanted:
                    found.append((rank, position[pk], pk))
    if not found:
        return None
    return card_for(Page.objects.get(pk=min(found)[2]).specific, request)


def _title_matches_first(
    ids: list[int], terms: list[str], titles: Mapping[int, str], glossary_match, first: list[int]
) -> list[int]:
    """The title groups of search.ranking (promoted, exact title, every query word in the title, the rest)."""
    exact = {glossary_match.page.pk} if glossary_match else set()
    return ranking.title_groups(ids, terms, titles, exact, first)


@dataclass
class _Bridge:
    """The query seen from the other languages (search.crosslanguage): their matches, and the term the query
    names in another language, translated into the searched one (its page, its name's words, its matches)."""

    elsewhere: crosslanguage.Elsewhere
    term_page_id: int | None = None
    term_words: list[str] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    degraded: bool = False


def _other_languages(query: str, terms: list[str], locale_id: int | None, locales: dict[int, str], base):
    """What other languages hold for the query, and the page of the searched language translating the term
    the query names exactly in another language (None if it names none): (Elsewhere, page or None)."""
    if locale_id is None or locale_id == NO_LOCALE:
        return crosslanguage.Elsewhere(), None

    def exact_name_page(name: str, ids: list[int], facts: Facts) -> int | None:
        card = _definition_card(name, ids, facts, None)
        return card.page.pk if card else None

    elsewhere = crosslanguage.elsewhere(
        query, " ".join(terms), locale_id, locales, _base_queryset(None), exact_name_page
    )
    term = (
        crosslanguage.translation_in(elsewhere.named_page_id, locale_id, base)
        if elsewhere.named_page_id
        else None
    )
    return elsewhere, term


def _bridge(elsewhere, term: Page | None, found: list[int], base, language: str | None) -> _Bridge:
    """The glossary bridge, taken only when the term's translation is not among the pages ``found`` already
    (an abbreviation shared by every language finds its term without it)."""
    bridge = _Bridge(elsewhere, degraded=elsewhere.degraded)
    if term is not None and term.pk not in set(found):
        bridge.term_page_id, bridge.term_words = term.pk, search_terms(term.title)
        answer = engine.matching_ids(" ".join(bridge.term_words), base, settings.SEARCH_MAX_MATCHES, language)
        bridge.ids = [term.pk, *answer.ids]
        bridge.degraded = bridge.degraded or answer.degraded
    return bridge


# How many of the best unfiltered matches the engine returns as definition-card candidates (a page named
# exactly as the query has every query word in its title, which the engine ranks first).
CARD_CANDIDATES = 10
DATE_FIELDS = ("date", "publication_date", "first_published_at")
# The relevance order's type balance (search.ranking.balance_types) is applied to the first ``BALANCE_HEAD``
# results of the title-grouped order; from there on the order is the title-grouped one. Page 1 needs at most
# ``TYPE_SHARE`` results of each type, which the head holds unless a type's first result ranks lower.
BALANCE_HEAD = ranking.WINDOW + 40


@dataclass(frozen=True)
class _Ask:
    """One search as the ranking paths see it."""

    params: BaseSearchParams
    terms: list[str]
    card_query: str  # the text the definition card must be named (the query, or its corrected words)
    base: QuerySet
    language: str | None
    selection: Selection
    search_facets: list[Facet]
    shown_promoted: list[int]  # promoted pages passing the selection, in the editors' order
    promoted_ids: list[int]
    request: HttpRequest | None


@dataclass
class _Ranked:
    """What a ranking path answers: one page of result ids, the total, the counts, the definition card."""

    page_ids: list[int]
    total: int
    counts: dict[str, dict[str, int]]
    glossary_match: GlossaryMatch | None
    degraded: bool
    matched_any: bool  # the query itself matched a page (promoted pages and filters aside)
    term_words: list[str] = field(default_factory=list)  # the bridge term's words, highlighted too


@dataclass
class _NamedTerm:
    """The matches of a term's name when the query named the term by its abbreviation or a synonym."""

    ids: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    degraded: bool = False


def _names_another_way(query: str, glossary_match: GlossaryMatch | None) -> list[str]:
    """The words of the card's term name when the query named the term by its abbreviation or a synonym
    ("OSR", "multi-level governance"), else none (no card, or the query is the term's name)."""
    if glossary_match is None:
        return []
    words = search_terms(glossary_match.term)
    if not words or fold_words(" ".join(words)) == fold_words(query):
        return []
    return words


def _named_term(
    query: str,
    glossary_match: GlossaryMatch | None,
    bridge: _Bridge,
    base,
    language: str | None,
    known: set[int],
) -> _NamedTerm:
    """When the query names a term by its abbreviation or a synonym, the posts and products about the term
    mostly spell its name out ("own-source revenue"): the name is searched too, and its matches not found
    already come after the query's own. Nothing when the query is the term's name, when there is no
    definition card, or when the glossary bridge already searched a name."""
    if bridge.term_page_id is not None:
        return _NamedTerm()
    words = _names_another_way(query, glossary_match)
    if not words:
        return _NamedTerm()
    answer = engine.matching_ids(" ".join(words), base, settings.SEARCH_MAX_MATCHES, language)
    return _NamedTerm([pk for pk in answer.ids if pk not in known], words, answer.degraded)


def run_search(
    params: BaseSearchParams, request: HttpRequest | None = None, search_facets: Sequence[Facet] | None = None
) -> SearchOutcome:
    """Search live, public pages: one page of results, total, facet counts, definition card, degraded flag.

    Filters and counts are computed where the data is: by the engine in the request that returns the hits
    (OpenSearch, Elasticsearch), else by SQL over the matching set (database backends, and the fallback when
    the engine fails: then the answer is flagged degraded). Only when the query names a glossary term of
    another language (the bridge, search.crosslanguage) are the matching ids read and classified in Python."""
    # Read at each call from its one declaration (search.params), where a facet is added (or a test adds one).
    search_facets = list(search_params.SEARCH_FACETS if search_facets is None else search_facets)
    terms, truncated = search_terms_and_cut(params.q)
    selection = _selection(params, search_facets)
    if not terms:
        groups = [FacetGroup(facet, []) for facet in search_facets]
        return SearchOutcome(
            params, terms, [], 0, groups, None, engine.engine_marked_down(), [], bool(selection), truncated
        )

    locales = language_codes()
    locale_id = _locale_id(params.lang, locales)
    base = _base_queryset(locale_id)
    language = None if locale_id is None else locales.get(locale_id)
    promoted_ids, promoted_links = _promotions(params.q, locale_id, base)
    # Topics are always read: results show theirs.
    read = search_facets if facet_layer.TOPIC in search_facets else [*search_facets, facet_layer.TOPIC]
    promoted_facts = facet_layer.facts_for_ids(promoted_ids, read)
    shown_promoted = [
        pk
        for pk in promoted_ids
        if pk in promoted_facts and facet_layer.passes(promoted_facts[pk], selection)
    ]
    ask = _Ask(
        params,
        terms,
        params.q,
        base,
        language,
        selection,
        search_facets,
        shown_promoted,
        promoted_ids,
        request,
    )
    ranked = _engine_side(ask) or _database_side(ask)
    corrected = False
    if not ranked.matched_any:
        # Nothing matched: once more with the unknown words spelled as the site spells them (search.spelling).
        fixed = spelling.corrected_terms(terms, base, locale_id)
        if fixed:
            again_ask = replace(ask, terms=fixed, card_query=" ".join(fixed))
            again = _engine_side(again_ask) or _database_side(again_ask)
            if again.matched_any:
                again.degraded = again.degraded or ranked.degraded
                ask, ranked, corrected = again_ask, again, True
    elsewhere, term = _other_languages(params.q, ask.terms, locale_id, locales, base)
    if term is not None or _names_another_way(ask.card_query, ranked.glossary_match):
        # The bridge, or a query naming a term by its abbreviation or a synonym (its name is searched too):
        # two full-text matches that one count cannot join, read and counted in Python (rare queries).
        ranked = _in_python(ask, elsewhere, term)
    degraded = ranked.degraded or elsewhere.degraded

    facts = facet_layer.facts_for_ids(ranked.page_ids, [facet_layer.TOPIC])  # results show their topics
    page_ids = [pk for pk in ranked.page_ids if pk in facts]
    promoted = set(promoted_ids) if params.sort == "relevance" else set()
    groups = facet_layer.facet_groups(search_facets, ranked.counts, selection, locale_id)
    topics = {value for pk in page_ids for value in facts[pk].of("topic")}
    topic_names = facet_layer.TOPIC.labels(topics, locale_id)
    return SearchOutcome(
        params=params,
        terms=ask.terms,
        results=describe(
            page_ids, facts, ask.terms + ranked.term_words, promoted, (locales, topic_names), request
        ),
        total=ranked.total,
        facet_groups=groups,
        glossary_match=ranked.glossary_match,
        degraded=degraded,
        promoted_links=promoted_links if params.page == 1 else [],
        filtered=bool(selection),
        query_truncated=truncated,
        other_languages=elsewhere.languages,
        corrected_query=" ".join(ask.terms) if corrected else "",
    )


def _window(params: BaseSearchParams) -> tuple[int, int]:
    start = (params.page - 1) * params.page_size
    return start, start + params.page_size


def _balanced(
    grouped: list[int], ask: _Ask, glossary_match: GlossaryMatch | None, facts: Facts | None = None
) -> list[int]:
    """The relevance order (search.ranking.relevance_order: title groups, then page 1 balanced across types)
    of the first ``BALANCE_HEAD`` ids of ``grouped`` (the title-grouped order, from the first result), the
    rest as they are. ``facts`` holds the head's titles and types when the caller has read them."""
    head = grouped[:BALANCE_HEAD]
    facts = facts if facts is not None else facet_layer.brief_facts(head)
    head = [pk for pk in head if pk in facts]
    titles = {pk: facts[pk].title for pk in head}
    types = {pk: facts[pk].type for pk in head}
    exact = {glossary_match.page.pk} if glossary_match else set()
    return (
        ranking.relevance_order(head, ask.terms, titles, types, exact, ask.promoted_ids)
        + grouped[BALANCE_HEAD:]
    )


def _engine_side(ask: _Ask) -> _Ranked | None:
    """One engine request: the hits (for relevance, every hit up to the end of the asked page, at least the
    balanced head, so that the query layer applies the relevance order of search.ranking to them), the total,
    the counts and the definition card's candidates. None: no engine, or it failed (answer from the
    database)."""
    params = ask.params
    start, stop = _window(params)
    relevance = params.sort == "relevance"
    limit_all = settings.SEARCH_MAX_MATCHES + len(ask.promoted_ids)
    if relevance:
        offset, limit = 0, min(max(stop, BALANCE_HEAD) + len(ask.promoted_ids), limit_all)
    else:
        offset, limit = min(start, limit_all), max(0, min(stop, limit_all) - start)
    answer = engine_facets.engine_search_with_facets(
        " ".join(ask.terms),
        ask.base,
        filters=ask.selection,
        facets=[facet.name for facet in ask.search_facets],
        missing={facet_layer.TYPE.name: OTHER_PAGE_TYPE},
        order=params.sort,
        date_fields=DATE_FIELDS,
        title_words_first=relevance,
        offset=offset,
        limit=limit,
        also_ids=ask.promoted_ids,
        best=CARD_CANDIDATES,
    )
    if answer is None:
        return None
    shown = set(ask.shown_promoted)
    hits = ask.shown_promoted + [pk for pk in answer.ids if pk not in shown] if relevance else []
    # The card's candidates, then the hits: one query each, whether the hits repeat the best or not.
    facts = facet_layer.brief_facts(answer.best)
    facts.update(facet_layer.brief_facts(hits) if hits else {})
    best = [pk for pk in answer.best if pk in facts]
    glossary_match = _definition_card(ask.card_query, best, facts, ask.request)
    page_ids = answer.ids
    if relevance:
        titles = {pk: facts[pk].title for pk in hits if pk in facts}
        exact = {glossary_match.page.pk} if glossary_match else set()
        grouped = ranking.title_groups(hits, ask.terms, titles, exact, ask.shown_promoted)
        page_ids = _balanced(grouped, ask, glossary_match, facts)[start:stop]
    return _Ranked(page_ids, answer.total, answer.counts, glossary_match, False, answer.matched_any)


def _database_side(ask: _Ask) -> _Ranked:
    """SQL over the matching set (a subquery, never a list of ids): total and counts by GROUP BY, one page of
    ids by ORDER BY … LIMIT; for relevance, the few pages that go first (promoted, exact title, titles with
    every word) are found with a full-text match on titles, and the rest is the backend's ranking."""
    params, base, language = ask.params, ask.base, ask.language
    query = " ".join(ask.terms)
    start, stop = _window(params)
    matching = engine_facets.matching_queryset(query, base, language=language)
    results = base.filter(Q(pk__in=matching.values("pk")) | Q(pk__in=ask.promoted_ids))
    chosen = faceting.conditions(ask.search_facets, ask.selection)
    kept = results.filter(*chosen.values())
    relevance = params.sort == "relevance"
    # Counted over the matches themselves when no page is promoted: ``results`` would read the pages twice.
    counted = results if ask.promoted_ids else matching
    total, counts, exact = faceting.totals_and_counts(
        counted, ask.search_facets, chosen, query if relevance else ""
    )
    glossary_match = _database_definition_card(ask.card_query, query, base, language, ask.request)
    if not relevance:
        page_ids = list(faceting.newest_first(kept).values_list("pk", flat=True)[start:stop])
    else:
        shown = ask.shown_promoted
        exact = [pk for pk in exact if pk not in shown]
        card = glossary_match.page.pk if glossary_match is not None else None
        if card is not None and card not in shown and kept.filter(pk=card).exists():
            exact.append(card)
        exact = list(dict.fromkeys(exact))
        if len(exact) > 1:
            exact = engine_facets.ranked_ids(query, base.filter(pk__in=exact), 0, len(exact), language)
        first = shown + exact
        selected = base.filter(*chosen.values())  # not ``kept``: the ranking applies the match itself
        if start >= BALANCE_HEAD:
            page_ids = faceting.relevance_page(query, selected, first, start, stop, language, base)
        else:
            head = faceting.relevance_page(query, selected, first, 0, max(stop, BALANCE_HEAD), language, base)
            page_ids = _balanced(head, ask, glossary_match)[start:stop]
    promoted = set(ask.promoted_ids)
    matched_any = any(pk not in promoted for pk in page_ids) or matching.exists()
    degraded = engine.fallback_alias() is not None
    return _Ranked(page_ids, total, counts, glossary_match, degraded, matched_any)


def _database_definition_card(
    q: str, query: str, base, language: str | None, request
) -> GlossaryMatch | None:
    """The definition card among the matching pages of the page types that raise one (a few rows each)."""
    pk = faceting.card_page_id(fold_words(q), query, base, language)
    return card_for(Page.objects.get(pk=pk).specific, request) if pk is not None else None


def _in_python(ask: _Ask, elsewhere: crosslanguage.Elsewhere, term: Page | None) -> _Ranked:
    """The query names a glossary term in another language (``term``: its translation), or names a term by
    its abbreviation or a synonym: the matches of the query and of the term's name in the searched language
    are read, classified and counted in Python (rare queries; two full-text matches are not one the engine
    or SQL could count)."""
    params, base = ask.params, ask.base
    answer = engine.matching_ids(" ".join(ask.terms), base, settings.SEARCH_MAX_MATCHES, ask.language)
    bridge = _bridge(elsewhere, term, answer.ids, base, ask.language)
    matched = list(dict.fromkeys(answer.ids + bridge.ids))
    candidates = list(dict.fromkeys(ask.promoted_ids + matched))
    facts = facet_layer.facts_for_ids(candidates, ask.search_facets)
    candidates = [pk for pk in candidates if pk in facts]  # a page deleted since it was indexed
    matched = [pk for pk in matched if pk in facts]
    glossary_match = _definition_card(ask.card_query, matched, facts, ask.request)
    if glossary_match is None and bridge.term_page_id in facts:
        # The query named a term in another language: the card shows the term in the reader's language.
        glossary_match = _definition_card(
            " ".join(bridge.term_words), [bridge.term_page_id], facts, ask.request
        )
    named = _named_term(ask.card_query, glossary_match, bridge, base, ask.language, set(candidates))
    if named.ids:
        facts.update(facet_layer.facts_for_ids(named.ids, ask.search_facets))
        named.ids = [pk for pk in named.ids if pk in facts]
        matched += named.ids
        candidates += named.ids
    kept = [pk for pk in candidates if facet_layer.passes(facts[pk], ask.selection)]
    if params.sort == "newest":
        kept.sort(key=lambda pk: (facts[pk].date or datetime.date.min, pk), reverse=True)
    else:
        titles = {pk: facts[pk].title for pk in kept}
        types = {pk: facts[pk].type for pk in kept}
        exact = {glossary_match.page.pk} if glossary_match else set()
        kept = ranking.relevance_order(kept, ask.terms, titles, types, exact, ask.promoted_ids)
    start, stop = _window(params)
    counts = facet_layer.count(candidates, facts, ask.search_facets, ask.selection)
    return _Ranked(
        kept[start:stop],
        len(kept),
        counts,
        glossary_match,
        answer.degraded or bridge.degraded or named.degraded,
        bool(answer.ids),
        bridge.term_words + named.words,
    )


def keyword_ids(pages: QuerySet, query: str) -> tuple[list[int], bool]:
    """Ids of ``pages`` (of the active language) matching ``query``, best first (the title rule of search
    applied), and the degraded flag: the library's keyword box (registered as the ``decnet_keyword_search``
    hook)."""
    terms = search_terms(query[:QUERY_MAX_LENGTH])
    if not terms:
        return [], engine.engine_marked_down()
    answer = engine.matching_ids(
        " ".join(terms), pages, settings.SEARCH_MAX_MATCHES, translation.get_language()
    )
    ids = list(dict.fromkeys(answer.ids))
    titles: dict[int, str] = {}
    for start in range(0, len(ids), facet_layer.CHUNK):
        titles.update(
            Page.objects.filter(pk__in=ids[start : start + facet_layer.CHUNK]).values_list("pk", "title")
        )
    return _title_matches_first(ids, terms, titles, None, first=[]), answer.degraded


def suggest(
    q: str, lang: str | None = None, request: HttpRequest | None = None
) -> tuple[list[Suggestion], bool]:
    """Up to ten pages whose title (or glossary abbreviation) starts with the words typed so far.

    ``lang`` must already be validated (a language code, "all" or None). Returns the suggestions and the
    degraded flag."""
    terms = search_terms(q[:QUERY_MAX_LENGTH])
    if not terms:
        return [], engine.engine_marked_down()
    locale_id = _locale_id(lang, language_codes())
    answer = engine.autocomplete_ids(" ".join(terms), _base_queryset(locale_id), SUGGESTIONS_MAX)
    facts = facet_layer.facts_for_ids(list(dict.fromkeys(answer.ids)), [])
    pages = {page.pk: page for page in Page.objects.filter(pk__in=answer.ids)}
    suggestions = [
        Suggestion(
            title=pages[pk].title,
            url=pages[pk].get_url(request) or "",
            type=facts[pk].type if pk in facts else "page",
        )
        for pk in answer.ids
        if pk in pages
    ]
    return suggestions, answer.degraded
