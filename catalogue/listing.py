"""The filtered section listing every listing page shares (the blog index, the resource library).

:class:`FilteredListingPage` carries what the listings have in common: the facets (catalogue.facets) with
counts, an optional keyword box and sort, pagination (404 for a page that is not one), the noindex rule for
filtered views, and the RSS/Atom feed routes. A section page declares only what differs: the model it
lists, its facets, its sorts, which filtered views search engines may index, its feed titles.

Two extension points keep the foundation free of imports from the apps above it (Wagtail hooks):

- ``decnet_keyword_search``: ``fn(pages: QuerySet, q: str) -> (ids best first, degraded)``, registered by
  the search app, so a listing's ``q`` runs through the site's one search query layer.
- ``decnet_download_counts``: ``fn(page_ids, since: date) -> {page id: downloads}``, registered by the
  impact app, for the "most downloaded" sort and the download count a product page shows.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from catalogue import facets as facet_layer
from catalogue.facets import Facet, FacetGroup, Selection
from catalogue.feeds import FEED_ITEMS, FEED_LABELS, FEED_TYPES, FeedSource, ListingFeed, section_url
from decnet.content import PageContract
from decnet.fragments import shared
from traffic.visibility import public

_PAGE_NUMBER_RE = re.compile(r"[0-9]{1,9}")
QUERY_MAX_LENGTH = 200
DOWNLOAD_WINDOW_DAYS = 365


def paginate_or_404(items: Sequence | QuerySet, raw_page: object, per_page: int) -> PaginatorPage:
    """The requested page of ``items``; Http404 for anything that is not one of its pages.

    A missing or empty ``page`` means page 1, which always exists (possibly empty). Non-numeric, zero,
    negative, NUL-laden, absurdly long and beyond-the-last numbers give 404 rather than being clamped, so
    every listing URL that answers 200 shows distinct content and crawlers do not index endless copies of
    the last page.
    """
    paginator = Paginator(items, per_page)
    value = raw_page.strip() if isinstance(raw_page, str) else ""
    if not value:
        return paginator.page(1)
    if not _PAGE_NUMBER_RE.fullmatch(value):
        raise Http404("Invalid page number.")
    try:
        return paginator.page(int(value))
    except InvalidPage as error:
        raise Http404("No such page.") from error


def keyword_matches(pages: QuerySet, query: str) -> tuple[list[int], bool] | None:
    """Ids of ``pages`` matching ``query`` best first, and the degraded flag, from the search app's hook
    (None when no search app is installed)."""
    for search in hooks.get_hooks("decnet_keyword_search"):
        return search(pages, query)
    return None


def download_counts(page_ids: list[int], since: datetime.date) -> dict[int, int]:
    """Downloads per page since ``since``, summed over the ``decnet_download_counts`` hooks."""
    totals: dict[int, int] = {}
    for counter in hooks.get_hooks("decnet_download_counts"):
        for pk, downloads in counter(page_ids, since).items():
            totals[pk] = totals.get(pk, 0) + downloads
    return totals


def downloads_past_year(page_ids: list[int]) -> dict[int, int]:
    """Downloads per page in the past twelve months (the window the impact report counts), one query set
    for all ``page_ids``: for the "most downloaded" sort and a product page's download sentence."""
    since = timezone.localdate() - datetime.timedelta(days=DOWNLOAD_WINDOW_DAYS)
    return download_counts(page_ids, since)


SORT_LABELS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "title": _("Title (A–Z)"),
    "downloads": _("Most downloaded (last 12 months)"),
}


@dataclass
class Listing:
    """What a listing page shows for one request."""

    page_obj: PaginatorPage
    items: list[Page]
    groups: list[FacetGroup]
    selection: Selection
    malformed: bool
    query: str
    sort: str
    sorts: list[tuple[str, Any]]
    total: int
    degraded: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        """True when the reader asked for any filter or keywords (even ones that cannot match)."""
        return self.malformed or bool(self.selection) or bool(self.query)

    @property
    def facet_groups(self) -> list[FacetGroup]:
        """The groups worth showing: those with a value to choose (or a choice made)."""
        return [group for group in self.groups if group.buckets]


class FilteredListingPage(PageContract, RoutablePageMixin, Page):
    """Abstract base of a section page listing its live children of one content model.

    Declare ``listing_model``, ``listing_facets``; optionally ``per_page``, ``sorts`` (first = default),
    ``keyword_search``, ``indexable_facets`` (facets whose single-value views search engines may index, e.g.
    an author's page), ``feed_facets`` (facets with a feed per value, e.g. topic), the feed texts and
    :meth:`with_listing_data` (bulk fetches for the cards).
    """

    listing_model: ClassVar[type[Page]]
    listing_facets: ClassVar[Sequence[Facet]] = ()
    per_page: ClassVar[int] = 10
    sorts: ClassVar[tuple[str, ...]] = ("newest",)
    keyword_search: ClassVar[bool] = False
    indexable_facets: ClassVar[tuple[str, ...]] = ()
    feed_facets: ClassVar[tuple[str, ...]] = ()
    latest_heading: ClassVar[Any] = ""
    latest_empty: ClassVar[Any] = ""

    class Meta:
        abstract = True

    # -- what is listed ------------------------------------------------------------------------------------

    def listed_pages(self) -> QuerySet:
        """Live, public children of the listing model in this page's locale, unordered and unfiltered.

        ``public()`` looks up view restrictions once, when called: build this once per request."""
        return public(self.listing_model.objects.child_of(self).live()).filter(locale_id=self.locale_id)

    def with_listing_data(self, pages: QuerySet) -> QuerySet:
        """Fetch in bulk what a card shows, so a listing costs the same queries for 1 or 50 items."""
        return pages

    def newest(self, pages: QuerySet | None = None) -> QuerySet:
        date_field = self.listing_model.listing_date_field or "first_published_at"
        pages = self.listed_pages() if pages is None else pages
        return pages.order_by(f"-{date_field}", "-pk")

    def latest(self, how_many: int) -> list[Page]:
        """The newest items, for the home page."""
        return list(self.with_listing_data(self.newest())[:how_many])

    @property
    def cache_query_parameters(self) -> frozenset[str]:
        """The page cache may keep filtered views (facets, sort, page number: short values, validated), but
        not keyword searches (free text, rarely repeated)."""
        return frozenset({"page", "sort", *(facet.parameter for facet in self.listing_facets)})

    # -- one request -------------------------------------------------------------------------------------

    def read_query(self, request: HttpRequest) -> str:
        if not self.keyword_search:
            return ""
        raw = request.GET.get("q", "")
        return raw.strip()[:QUERY_MAX_LENGTH].strip() if isinstance(raw, str) else ""

    def read_sort(self, request: HttpRequest, query: str) -> tuple[str, list[str]]:
        options = (["relevance"] if query else []) + list(self.sorts)
        wanted = request.GET.get("sort", "")
        return (wanted if wanted in options else options[0]), options

    def order(self, ids: list[int], facts: facet_layer.Facts, sort: str) -> list[int]:
        """``ids`` in the chosen order (relevance: as given, i.e. the engine's order)."""
        if sort == "relevance":
            return ids
        newest = sorted(ids, key=lambda pk: (facts[pk].date or datetime.date.min, pk), reverse=True)
        if sort == "title":
            return sorted(newest, key=lambda pk: facts[pk].title.casefold())
        if sort == "downloads":
            downloads = downloads_past_year(newest)
            return sorted(newest, key=lambda pk: -downloads.get(pk, 0))
        return newest

    def listing(self, request: HttpRequest) -> Listing:
        """Filter, count, order and paginate (404 for a page number that is not one of the listing's)."""
        model, listing_facets = self.listing_model, list(self.listing_facets)
        selection, malformed = facet_layer.read_selection(request.GET, listing_facets)
        query = self.read_query(request)
        sort, options = self.read_sort(request, query)
        pages = self.listed_pages()
        # The facts of every listed page change only with what editors publish: read once per generation
        # (decnet.fragments), not per request (issue 18: 1 + one query per facet saved on each view).
        facts = shared(
            "catalogue.listing-facts",
            lambda: facet_layer.facts_for_queryset(model, pages, listing_facets),
            self.pk,
            *(facet.name for facet in listing_facets),
        )
        ids = list(facts)
        degraded = False
        if query:
            answer = keyword_matches(pages, query)
            matched, degraded = answer if answer is not None else ([], False)
            ids = [pk for pk in dict.fromkeys(matched) if pk in facts]
        counts = facet_layer.count(ids, facts, listing_facets, selection)
        kept = [] if malformed else [pk for pk in ids if facet_layer.passes(facts[pk], selection)]
        page_obj = paginate_or_404(self.order(kept, facts, sort), request.GET.get("page"), self.per_page)
        page_ids = list(page_obj.object_list)
        loaded = {item.pk: item for item in self.with_listing_data(model.objects.filter(pk__in=page_ids))}
        items = [loaded[pk] for pk in page_ids if pk in loaded]
        page_obj.object_list = items
        return Listing(
            page_obj=page_obj,
            items=items,
            groups=facet_layer.facet_groups(listing_facets, counts, selection, self.locale_id),
            selection=selection,
            malformed=malformed,
            query=query,
            sort=sort,
            sorts=[(name, SORT_LABELS[name]) for name in options],
            total=len(kept),
            degraded=degraded,
            extra={"facts": facts},
        )

    def indexable(self, listing: Listing, request: HttpRequest) -> bool:
        """Search engines index the unfiltered listing and single-value views of ``indexable_facets`` only;
        other combinations are near-duplicates that would multiply crawled URLs."""
        if "sort" in request.GET or listing.query or listing.malformed:
            return False
        chosen = listing.selection
        return all(name in self.indexable_facets and len(values) == 1 for name, values in chosen.items())

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        listing = self.listing(request)
        value_feeds = []
        for name in self.feed_facets:
            chosen = listing.selection.get(name, [])
            if len(chosen) == 1:
                with contextlib.suppress(Http404):  # a value that names nothing has no feed
                    value_feeds.extend(self.advertised_feeds(request, name, chosen[0], absolute=False))
        context.update(
            listing=listing,
            page_obj=listing.page_obj,
            items=listing.items,
            indexable=self.indexable(listing, request),
            value_feeds=value_feeds,
        )
        return context

    # -- feeds ---------------------------------------------------------------------------------------------

    def feed_title(self, value_label: str | None = None) -> str:
        return self.title

    def feed_description(self, value_label: str | None = None) -> str:
        return self.title

    def feed_value(self, facet_name: str, raw: str) -> tuple[str, str]:
        """(value, label) of a per-value feed (e.g. one topic's), or Http404 when there is no such feed."""
        facet = next((f for f in self.listing_facets if f.name == facet_name), None)
        if facet is None or facet_name not in self.feed_facets:
            raise Http404("No such feed")
        try:
            value = facet.validate(raw)
        except ValueError as error:
            raise Http404("No such feed") from error
        label = facet.labels({value}, self.locale_id).get(value)
        if label is None:
            raise Http404("Unknown value")
        return value, label

    def feed_items(self, facet_name: str | None = None, value: str | None = None) -> QuerySet:
        """The newest items (with one facet value, if given), fetched in bulk."""
        pages = self.listed_pages()
        if facet_name is not None:
            facet = next(f for f in self.listing_facets if f.name == facet_name)
            expression = facet.expression(self.listing_model)
            matching = self.listing_model.objects.annotate(_facet_value=expression).filter(_facet_value=value)
            pages = pages.filter(pk__in=matching.values("pk"))
        return self.with_listing_data(self.newest(pages))[:FEED_ITEMS]

    def serve_feed(self, request: HttpRequest, kind: str, facet_name: str | None = None, raw: str = ""):
        value, label = self.feed_value(facet_name, raw) if facet_name else (None, None)
        route = f"{facet_name}_{kind}_feed" if facet_name else f"{kind}_feed"
        self_url = section_url(request, self, self.reverse_subpage(route, args=[value] if value else []))
        source = FeedSource(self, request, self_url, {"facet": facet_name, "value": value, "label": label})
        return ListingFeed(kind)(request, source=source)

    def advertised_feeds(
        self,
        request: HttpRequest | None,
        facet_name: str | None = None,
        value: str = "",
        *,
        absolute: bool = True,
    ) -> list[dict[str, str]]:
        """The section's RSS and Atom feeds (of one facet value, e.g. a topic, if given), for <link>s."""
        label = None
        if facet_name:
            value, label = self.feed_value(facet_name, value)
        feeds = []
        for kind, (_generator, media_type) in FEED_TYPES.items():
            route = f"{facet_name}_{kind}_feed" if facet_name else f"{kind}_feed"
            url = section_url(request, self, self.reverse_subpage(route, args=[value] if facet_name else []))
            url = request.build_absolute_uri(url) if request is not None and absolute else url
            title = f"{self.feed_title(label)} ({FEED_LABELS[kind]})"
            feeds.append({"title": title, "type": media_type, "url": url})
        return feeds

    @path("feeds/rss/", name="rss_feed")
    def rss_feed(self, request: HttpRequest):
        return self.serve_feed(request, "rss")

    @path("feeds/atom/", name="atom_feed")
    def atom_feed(self, request: HttpRequest):
        return self.serve_feed(request, "atom")

    # Per-topic feeds (sections that list "topic" in feed_facets; 404 elsewhere).
    @path("feeds/topic/<slug:value>/rss/", name="topic_rss_feed")
    def topic_rss_feed(self, request: HttpRequest, value: str):
        return self.serve_feed(request, "rss", "topic", value)

    @path("feeds/topic/<slug:value>/atom/", name="topic_atom_feed")
    def topic_atom_feed(self, request: HttpRequest, value: str):
        return self.serve_feed(request, "atom", "topic", value)

    # Per-country feeds (sections that list "country" in feed_facets; 404 elsewhere).
    @path("feeds/country/<str:value>/rss/", name="country_rss_feed")
    def country_rss_feed(self, request: HttpRequest, value: str):
        return self.serve_feed(request, "rss", "country", value)

    @path("feeds/country/<str:value>/atom/", name="country_atom_feed")
    def country_atom_feed(self, request: HttpRequest, value: str):
        return self.serve_feed(request, "atom", "country", value)
