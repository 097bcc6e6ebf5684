"""What a search answers, described the same way for the search page and the JSON API."""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from catalogue import facets as facet_layer
from catalogue.facets import FacetBucket, FacetGroup, Facts
from decnet import fragments
from decnet.content import PageContract, plain, type_labels
from search import crosslanguage
from search.params import BaseSearchParams
from search.text import highlight


@dataclass(frozen=True)
class TopicRef:
    slug: str
    name: str

    # Which hub the reference leads to (wayfinding.hubs): templates ask the reference, never name the facet.
    hub_kind = "topic"


@dataclass
class SearchResult:
    """One result, described the same way for the page and the API."""

    pk: int  # the page's
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
    """The definition card: the page whose exact name (ContentPage.exact_names) is the query."""

    page: Page
    term: str
    abbreviation: str
    definition: str
    url: str


@dataclass
class SearchOutcome:
    params: BaseSearchParams
    terms: list[str]
    results: list[SearchResult]
    total: int
    facet_groups: list[FacetGroup]
    glossary_match: GlossaryMatch | None
    degraded: bool
    promoted_links: list[SearchPromotion] = field(default_factory=list)
    filtered: bool = False
    # Part of the query was left out: more than text.MAX_TERMS words, or a word over MAX_TERM_LENGTH.
    query_truncated: bool = False
    # The other languages whose pages match the query (none when every language was searched).
    other_languages: list[crosslanguage.OtherLanguage] = field(default_factory=list)
    # Nothing matched the query as typed; these words (spelled as the site spells them, search.spelling) did.
    corrected_query: str = ""

    @property
    def facets(self) -> dict[str, list[FacetBucket]]:
        """parameter -> the facet's values (label, count, selected)."""
        return {group.parameter: group.buckets for group in self.facet_groups}

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.params.page_size))

    @property
    def facet_counts(self) -> dict[str, dict[str, int]]:
        return facet_layer.counts_by_param(self.facet_groups)

    @property
    def facet_labels(self) -> dict[str, dict[str, str]]:
        return facet_layer.labels_by_param(self.facet_groups)


@dataclass
class Suggestion:
    title: str
    url: str
    type: str


def card_for(page: Page, request) -> GlossaryMatch:
    """The definition card of a page that raises one (ContentPage.definition_card)."""
    card = page.definition_card() or {}
    return GlossaryMatch(
        page=page,
        term=card.get("term", page.title),
        abbreviation=card.get("abbreviation", ""),
        definition=card.get("definition", ""),
        url=page.get_url(request) or "",
    )


def summary(page: Page) -> str:
    if isinstance(page, PageContract):
        return plain(page.listing_summary)
    return plain(page.search_description)


def snippet_source(page: Page) -> str:
    return page.search_snippet_source() if isinstance(page, PageContract) else summary(page)


@dataclass(frozen=True)
class _Shown:
    """What a result shows of its page whatever the query: kept per page until the next publish."""

    title: str
    url: str
    summary: str
    text: str  # the snippet is cut from it


def _shown(ids: list[int], request) -> dict[int, _Shown]:
    """The specific pages of one page of results, read (one query per page model) only for those not kept."""

    def read(missing: list[int]) -> dict[int, _Shown]:
        return {
            page.pk: _Shown(page.title, page.get_url(request) or "", summary(page), snippet_source(page))
            for page in Page.objects.filter(pk__in=missing).specific()
        }

    # Per language, scheme and host, as the chrome: a page of another site is linked with its full URL.
    where = (request.scheme, request.get_host()) if request is not None else ("", "")
    return fragments.shared_many("search result", ids, read, get_language() or "", *where)


def describe(
    ids: list[int],
    facts: Facts,
    terms: list[str],
    promoted: set[int],
    context: tuple[dict[int, str], dict[str, str]],
    request,
) -> list[SearchResult]:
    """Describe one page of results for the page and the API.

    ``context`` holds the language codes by locale id and the topic names by slug."""
    locales, topic_names = context
    labels = type_labels()
    shown = _shown(ids, request)
    results = []
    for pk in ids:
        page = shown.get(pk)
        if page is None:
            continue
        topics = sorted(
            (TopicRef(slug, topic_names.get(slug, slug)) for slug in facts[pk].of("topic")),
            key=lambda t: t.name,
        )
        results.append(
            SearchResult(
                pk=pk,
                title=page.title,
                url=page.url,
                type=facts[pk].type,
                type_label=str(labels.get(facts[pk].type, facts[pk].type)),
                summary=page.summary,
                snippet=str(highlight(page.text, terms)),
                date=facts[pk].date,
                locale=locales.get(facts[pk].locale_id, ""),
                topics=topics,
                promoted=pk in promoted,
            )
        )
    return results
