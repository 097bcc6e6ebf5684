"""The one search query layer, used by the search page and by the JSON API.

Flow: validated ``SearchParams`` -> words of the query (``search.text.search_terms``) -> the engine returns
the ids of the matching live, public pages of the language, best first (``search.engine``) -> filters, facet
counts and the order are computed from those ids with a few database queries -> one page of results is loaded
and described (``SearchResult``). Computing filters and facets from the matching ids, rather than with each
engine's own facet feature, gives every engine (SQLite FTS5, PostgreSQL, OpenSearch) the same semantics:
a facet value's count is exactly the number of results that choosing that value gives.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Literal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from blog.models import BlogPostPage
from decnet.models import Country, Region, Topic
from glossary.models import GlossaryTermPage
from resources.models import ResourcePage
from search import engine
from search.text import (
    fold_words,
    highlight,
    normalise_query,
    plain_text,
    search_terms,
    without_control_characters,
)

QUERY_MAX_LENGTH = 200
PAGE_SIZE_DEFAULT = 10
PAGE_SIZE_MAX = 50
SUGGESTIONS_MAX = 10
MAX_FILTER_VALUES = 20
_CHUNK = 1000

ResultType = Literal["blog", "resource", "glossary", "page"]
SortOrder = Literal["relevance", "newest"]
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]{1,100}$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$", to_upper=True)]
Year = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]


def _known_language(value: str) -> str:
    if value == "all" or value in dict(settings.LANGUAGES):
        return value
    raise ValueError(f"must be 'all' or one of: {', '.join(code for code, _name in settings.LANGUAGES)}")


Language = Annotated[str, AfterValidator(_known_language)]

# The page types readers can filter by; every other page type is "page".
TYPE_MODELS: dict[str, type[Page]] = {
    "blog": BlogPostPage,
    "resource": ResourcePage,
    "glossary": GlossaryTermPage,
}
TYPE_LABELS = {
    "blog": _("Blog post"),
    "resource": _("Knowledge product"),
    "glossary": _("Glossary term"),
    "page": _("Page"),
}
# The date a reader sees on a result (and sorts "newest" by); pages without one use their first publication.
DATE_FIELDS: dict[type[Page], str] = {BlogPostPage: "date", ResourcePage: "publication_date"}
FACETS = ("type", "topic", "region", "country", "year")


class SearchParams(BaseModel):
    """What a search asks for, validated: the same rules for the page and for the API."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    q: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=QUERY_MAX_LENGTH)] = (
        Field(description="The words to search for (1–200 characters).")
    )
    type: list[ResultType] = Field(
        default_factory=list, max_length=4, description="Only these kinds of page (repeatable)."
    )
    topic: list[Slug] = Field(
        default_factory=list, max_length=MAX_FILTER_VALUES, description="Topic slugs (repeatable)."
    )
    country: list[CountryCode] = Field(
        default_factory=list,
        max_length=MAX_FILTER_VALUES,
        description="ISO 3166-1 alpha-2 country codes (repeatable).",
    )
    region: Slug | None = Field(None, description="A region slug.")
    year: Year | None = Field(None, description="Year of the result's date (YYYY).")
    lang: Language | None = Field(
        None, description="Language code of the pages to search, or 'all'. Default: the site's main language."
    )
    sort: SortOrder = Field("relevance", description="relevance (default) or newest.")
    page: int = Field(1, ge=1, le=1_000_000, description="Page of results, from 1.")
    page_size: int = Field(PAGE_SIZE_DEFAULT, ge=1, le=PAGE_SIZE_MAX, description="Results per page (1–50).")


_LIST_FIELDS = ("type", "topic", "country")


def parse_params(data: Mapping, *, lenient: bool = False) -> SearchParams:
    """Build ``SearchParams`` from a QueryDict. ``lenient`` (the HTML page) drops invalid values instead of
    raising, and cuts an over-long query to 200 characters, so a bad link still shows a useful page."""
    raw: dict = {}
    for name in SearchParams.model_fields:
        if name in _LIST_FIELDS:
            values = data.getlist(name) if hasattr(data, "getlist") else list(data.get(name) or [])
            if values:
                raw[name] = values
        elif data.get(name) is not None:
            raw[name] = data.get(name)
    if not lenient:
        return SearchParams.model_validate(raw)

    raw["q"] = str(raw.get("q", "")).strip()[:QUERY_MAX_LENGTH].strip()
    for name in _LIST_FIELDS:
        if name in raw:
            raw[name] = raw[name][:MAX_FILTER_VALUES]
    for _attempt in range(64):
        try:
            return SearchParams.model_validate(raw)
        except ValidationError as error:
            for problem in error.errors():
                location = problem["loc"]
                if not location or location[0] not in raw or location[0] == "q":
                    raise
                name = location[0]
                if name in _LIST_FIELDS and len(location) > 1 and isinstance(location[1], int):
                    raw[name] = [v for i, v in enumerate(raw[name]) if i != location[1]]
                else:
                    raw.pop(name)
                break
    raise ValueError("could not make the search parameters valid")


@dataclass(frozen=True)
class TopicRef:
    slug: str
    name: str


@dataclass
class FacetBucket:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResult:
    """One result, described the same way for the page and the API."""

    page: Page
    title: str
    url: str
    type: str
    type_label: str
    summary: str
    snippet: str
    date: datetime.date | None
    locale: str
    topics: list[TopicRef]
    promoted: bool = False


@dataclass
class GlossaryMatch:
    page: GlossaryTermPage
    term: str
    abbreviation: str
    definition: str
    url: str


@dataclass
class SearchOutcome:
    params: SearchParams
    terms: list[str]
    results: list[SearchResult]
    total: int
    facets: dict[str, list[FacetBucket]]
    glossary_match: GlossaryMatch | None
    degraded: bool
    promoted_links: list[SearchPromotion] = field(default_factory=list)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.params.page_size))

    @property
    def facet_counts(self) -> dict[str, dict[str, int]]:
        return {
            name: {bucket.value: bucket.count for bucket in buckets} for name, buckets in self.facets.items()
        }


@dataclass
class Suggestion:
    title: str
    url: str
    type: str


@dataclass(slots=True)
class _Facts:
    """What filters and facets need to know about one matching page."""

    type: str
    date: datetime.date | None
    title: str = ""
    locale_id: int = 0
    topics: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()

    def values(self, facet: str) -> Iterable[str]:
        if facet == "type":
            return (self.type,)
        if facet == "year":
            return (str(self.date.year),) if self.date else ()
        return {"topic": self.topics, "country": self.countries, "region": self.regions}[facet]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _m2m_rows(
    model: type[Model], field_name: str, target_paths: tuple[str, ...], ids: list[int]
) -> list[tuple]:
    """(page id, value, …) rows for a page model's many-to-many field, e.g. countries -> code, region slug."""
    relation = model._meta.get_field(field_name)
    through = relation.remote_field.through
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    rows: list[tuple] = []
    for chunk in _chunks(ids):
        rows.extend(
            through.objects.filter(**{f"{source}_id__in": chunk}).values_list(
                f"{source}_id", *(f"{target}__{path}" for path in target_paths)
            )
        )
    return rows


def _type_by_content_type() -> dict[int, str]:
    return {ContentType.objects.get_for_model(model).pk: name for name, model in TYPE_MODELS.items()}


def _load_facts(ids: list[int]) -> dict[int, _Facts]:
    """Type, date, topics, countries and regions of the given pages, with a few queries per 1,000 pages."""
    types = _type_by_content_type()
    facts: dict[int, _Facts] = {}
    for chunk in _chunks(ids):
        for pk, content_type_id, published, title, locale_id in Page.objects.filter(pk__in=chunk).values_list(
            "pk", "content_type_id", "first_published_at", "title", "locale_id"
        ):
            facts[pk] = _Facts(
                type=types.get(content_type_id, "page"),
                date=published.date() if published else None,
                title=title,
                locale_id=locale_id,
            )
    by_model: dict[type[Page], list[int]] = {}
    for pk, fact in facts.items():
        if fact.type in TYPE_MODELS:
            by_model.setdefault(TYPE_MODELS[fact.type], []).append(pk)
    for model, model_ids in by_model.items():
        if model in DATE_FIELDS:
            for chunk in _chunks(model_ids):
                for pk, value in model.objects.filter(pk__in=chunk).values_list("pk", DATE_FIELDS[model]):
                    facts[pk].date = value
        field_names = {f.name for f in model._meta.get_fields()}
        collected: dict[str, dict[int, set[str]]] = {"topics": {}, "countries": {}, "regions": {}}
        if "topics" in field_names:
            for pk, slug in _m2m_rows(model, "topics", ("slug",), model_ids):
                collected["topics"].setdefault(pk, set()).add(slug)
        if "countries" in field_names:
            for pk, code, region in _m2m_rows(model, "countries", ("code", "region__slug"), model_ids):
                collected["countries"].setdefault(pk, set()).add(code.upper())
                collected["regions"].setdefault(pk, set()).add(region)
        for name, values in collected.items():
            for pk, items in values.items():
                setattr(facts[pk], name, frozenset(items))
    return facts


def _selected(params: SearchParams) -> dict[str, set[str]]:
    return {
        "type": set(params.type),
        "topic": set(params.topic),
        "country": set(params.country),
        "region": {params.region} if params.region else set(),
        "year": {params.year} if params.year else set(),
    }


def _passes(fact: _Facts, selected: dict[str, set[str]], ignore: str | None = None) -> bool:
    for facet, wanted in selected.items():
        if wanted and facet != ignore and wanted.isdisjoint(fact.values(facet)):
            return False
    return True


def _facet_counts(ids: list[int], facts: dict[int, _Facts], selected: dict[str, set[str]]) -> dict:
    """For each facet, how many results each value gives, with the other facets' choices applied."""
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    for pk in ids:
        fact = facts[pk]
        for facet in FACETS:
            if _passes(fact, selected, ignore=facet):
                for value in fact.values(facet):
                    counts[facet][value] = counts[facet].get(value, 0) + 1
    return counts


_NAMED_FACETS = {"topic": (Topic, "slug"), "country": (Country, "code"), "region": (Region, "slug")}


def _names(facet: str, values: set[str], locale_id: int | None) -> dict[str, str]:
    """Display names of topics/countries/regions by slug or code, in the search language when translated."""
    if not values:
        return {}
    model, key = _NAMED_FACETS[facet]
    names: dict[str, str] = {}
    rows = model.objects.filter(**{f"{key}__in": values}).values_list(key, "name", "locale_id")
    for value, name, _locale in sorted(rows, key=lambda row: row[2] != locale_id):
        names.setdefault(value.upper() if key == "code" else value, name)
    return names


def _facet_buckets(counts: dict, selected: dict[str, set[str]], names: dict[str, dict[str, str]]) -> dict:
    buckets: dict[str, list[FacetBucket]] = {}
    for facet in FACETS:
        values = dict(counts[facet])
        for value in selected[facet]:
            values.setdefault(value, 0)
        if facet == "type":
            labels = {value: str(TYPE_LABELS[value]) for value in values}
            order = sorted(values, key=list(TYPE_LABELS).index)
        elif facet == "year":
            labels = {value: value for value in values}
            order = sorted(values, reverse=True)
        else:
            labels = names[facet]
            order = sorted(values, key=lambda value: (-values[value], labels.get(value, value).casefold()))
        buckets[facet] = [
            FacetBucket(value, labels.get(value, value), values[value], value in selected[facet])
            for value in order
        ]
    return buckets


NO_LOCALE = -1  # a language with no Locale row: matches no page


def _locale_id(lang: str | None, codes: dict[int, str]) -> int | None:
    """The id of the locale to search in (None: every language); ``lang`` is a validated code or "all"."""
    if lang == "all":
        return None
    code = lang or settings.LANGUAGE_CODE
    return next((pk for pk, language in codes.items() if language == code), NO_LOCALE)


def _base_queryset(locale_id: int | None):
    """Live, public pages (not the tree root), of one language unless ``locale_id`` is None."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    return pages if locale_id is None else pages.filter(locale_id=locale_id)


def _promotions(query: str, locale_id: int | None, base) -> tuple[list[int], list[SearchPromotion]]:
    """Editors' promoted pages for this query (in the search language when translated), and external links."""
    # Editors type promoted queries in the admin; Wagtail stores them lower-cased, punctuation kept.
    keys = {normalise_query_string(without_control_characters(query)), normalise_query(query)}
    page_ids: list[int] = []
    links: list[SearchPromotion] = []
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


def _glossary_match(query: str, ids: list[int], facts: dict[int, _Facts], request) -> GlossaryMatch | None:
    """The glossary term whose name, abbreviation or a synonym is exactly the query (ignoring case, accents).

    Only matching pages are candidates (a term page always matches its own name, abbreviation and synonyms).
    A name beats an abbreviation, which beats a synonym; then the engine's order decides.
    """
    wanted = fold_words(query)
    position = {pk: index for index, pk in enumerate(ids) if facts[pk].type == "glossary"}
    if not wanted or not position:
        return None
    found: list[tuple[int, int, int]] = []
    for chunk in _chunks(list(position)):
        for pk, title, abbreviation, synonyms in GlossaryTermPage.objects.filter(pk__in=chunk).values_list(
            "pk", "title", "abbreviation", "synonyms"
        ):
            if fold_words(title) == wanted:
                found.append((0, position[pk], pk))
            elif abbreviation and fold_words(abbreviation) == wanted:
                found.append((1, position[pk], pk))
            elif any(fold_words(synonym) == wanted for synonym in synonyms.split(";") if synonym.strip()):
                found.append((2, position[pk], pk))
    if not found:
        return None
    term = GlossaryTermPage.objects.get(pk=min(found)[2])
    return GlossaryMatch(
        page=term,
        term=term.title,
        abbreviation=term.abbreviation,
        definition=term.short_definition,
        url=term.get_url(request) or "",
    )


def _body_text(page: Page) -> str:
    value = getattr(page, "body", None)
    body_field = next((f for f in page._meta.fields if f.name == "body"), None)
    if value is None or not isinstance(body_field, StreamField):
        return ""
    return plain_text(" ".join(str(part) for part in value.stream_block.get_searchable_content(value)))


def _summary(page: Page) -> str:
    if isinstance(page, GlossaryTermPage):
        return page.short_definition
    for name in ("summary", "introduction"):
        text = plain_text(getattr(page, name, "") or "")
        if text:
            return text
    return plain_text(page.search_description or "")


def _snippet_source(page: Page) -> str:
    if isinstance(page, GlossaryTermPage):
        parts = [plain_text(page.definition), page.abbreviation, page.synonyms.replace(";", ",")]
    else:
        parts = [_summary(page), _body_text(page)]
    return " ".join(part for part in parts if part)


def _describe(
    ids: list[int],
    facts: dict[int, _Facts],
    terms: list[str],
    promoted: set[int],
    context: tuple[dict[int, str], dict[str, str]],
    request,
) -> list[SearchResult]:
    """Load one page of results (the specific pages) and describe each for the page and the API.

    ``context`` holds the language codes by locale id and the topic names by slug."""
    locales, topic_names = context
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    results = []
    for pk in ids:
        page = pages.get(pk)
        if page is None:
            continue
        topics = sorted(
            (TopicRef(slug, topic_names.get(slug, slug)) for slug in facts[pk].topics), key=lambda t: t.name
        )
        results.append(
            SearchResult(
                page=page,
                title=page.title,
                url=page.get_url(request) or "",
                type=facts[pk].type,
                type_label=str(TYPE_LABELS[facts[pk].type]),
                summary=_summary(page),
                snippet=str(highlight(_snippet_source(page), terms)),
                date=facts[pk].date,
                locale=locales.get(facts[pk].locale_id, ""),
                topics=topics,
                promoted=pk in promoted,
            )
        )
    return results


def _title_matches_first(
    ids: list[int], terms: list[str], facts: dict[int, _Facts], glossary_match, first: list[int]
) -> list[int]:
    """The relevance order: promoted pages, then pages titled exactly as the query (and the glossary term it
    names), then pages whose title has every query word, then the rest; the engine's order within each group.

    Engines weigh titles differently (SQLite FTS5's bm25 does not weigh them at all); this rule is what makes
    "a title match ranks above a body mention" hold on every engine."""
    phrase = fold_words(" ".join(terms))
    wanted = set(phrase.split())
    exact = {glossary_match.page.pk} if glossary_match else set()
    promoted = set(first)

    def group(pk: int) -> int:
        if pk in promoted:
            return 0
        title = fold_words(facts[pk].title)
        if pk in exact or title == phrase:
            return 1
        return 2 if wanted <= set(title.split()) else 3

    return sorted(ids, key=group)


def run_search(params: SearchParams, request: HttpRequest | None = None) -> SearchOutcome:
    """Search live, public pages: results for one page, total, facet counts, glossary match, degraded flag."""
    terms = search_terms(params.q)
    selected = _selected(params)
    if not terms:
        empty = {facet: [] for facet in FACETS}
        return SearchOutcome(params, terms, [], 0, empty, None, degraded=engine.engine_marked_down())

    locales = dict(Locale.objects.values_list("pk", "language_code"))
    locale_id = _locale_id(params.lang, locales)
    base = _base_queryset(locale_id)
    answer = engine.matching_ids(" ".join(terms), base, settings.SEARCH_MAX_MATCHES)
    promoted_ids, promoted_links = _promotions(params.q, locale_id, base)
    matched = list(dict.fromkeys(answer.ids))
    candidates = list(dict.fromkeys(promoted_ids + matched))
    facts = _load_facts(candidates)
    candidates = [pk for pk in candidates if pk in facts]  # a page deleted since it was indexed

    glossary_match = _glossary_match(params.q, matched, facts, request)
    kept = [pk for pk in candidates if _passes(facts[pk], selected)]
    if params.sort == "newest":
        kept.sort(key=lambda pk: (facts[pk].date or datetime.date.min, pk), reverse=True)
    else:
        kept = _title_matches_first(kept, terms, facts, glossary_match, first=promoted_ids)

    start = (params.page - 1) * params.page_size
    page_ids = kept[start : start + params.page_size]
    promoted = set(promoted_ids) if params.sort == "relevance" else set()
    counts = _facet_counts(candidates, facts, selected)
    # Every topic of a shown result is a value of the topic facet (results pass the other facets' filters),
    # so these names also label the results' topics.
    names = {facet: _names(facet, set(counts[facet]) | selected[facet], locale_id) for facet in _NAMED_FACETS}
    return SearchOutcome(
        params=params,
        terms=terms,
        results=_describe(page_ids, facts, terms, promoted, (locales, names["topic"]), request),
        total=len(kept),
        facets=_facet_buckets(counts, selected, names),
        glossary_match=glossary_match,
        degraded=answer.degraded,
        promoted_links=promoted_links if params.page == 1 else [],
    )


def suggest(
    q: str, lang: str | None = None, request: HttpRequest | None = None
) -> tuple[list[Suggestion], bool]:
    """Up to ten pages whose title (or glossary abbreviation) starts with the words typed so far.

    ``lang`` must already be validated (a language code, "all" or None). Returns the suggestions and the
    degraded flag."""
    terms = search_terms(q[:QUERY_MAX_LENGTH])
    if not terms:
        return [], engine.engine_marked_down()
    locale_id = _locale_id(lang, dict(Locale.objects.values_list("pk", "language_code")))
    answer = engine.autocomplete_ids(" ".join(terms), _base_queryset(locale_id), SUGGESTIONS_MAX)
    types = _type_by_content_type()
    pages = {page.pk: page for page in Page.objects.filter(pk__in=answer.ids)}
    suggestions = [
        Suggestion(
            title=pages[pk].title,
            url=pages[pk].get_full_url(request) or "",
            type=types.get(pages[pk].content_type_id, "page"),
        )
        for pk in answer.ids
        if pk in pages
    ]
    return suggestions, answer.degraded
