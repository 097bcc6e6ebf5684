"""RSS 2.0 and Atom feeds of new knowledge products, routed by ResourceLibraryPage (``feeds/rss/``,
``feeds/atom/``). Titles are interface strings, translated into the library's language."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Locale

from decnet import i18n
from decnet.feeds import (
    FEED_ITEMS,
    FEED_LABELS,
    FEED_TYPES,
    FeedSource,
    SectionFeed,
    as_html,
    plain,
    section_url,
    start_of_day,
)
from resources.models import ResourceAuthor, ResourceLibraryPage, ResourcePage


def feed_resources(library: ResourceLibraryPage) -> QuerySet[ResourcePage]:
    """The newest live knowledge products of the library, with authors, type and topics fetched."""
    return (
        ResourcePage.objects.child_of(library)
        .live()
        .public()
        .filter(locale_id=library.locale_id)
        .select_related("resource_type")
        .order_by("-publication_date", "-pk")
        .prefetch_related(
            Prefetch(
                "authors",
                queryset=ResourceAuthor.objects.select_related("person").order_by("sort_order", "pk"),
            ),
            "topics",
        )[:FEED_ITEMS]
    )


def feed_title() -> str:
    return _("Decentralization.Net: new knowledge products")


class ResourceFeed(SectionFeed):
    def title(self, obj: FeedSource) -> str:
        return feed_title()

    def description(self, obj: FeedSource) -> str:
        return _("New reports, primers and tools from the Local Public Sector Alliance's library.")

    def items(self, obj: FeedSource) -> QuerySet[ResourcePage]:
        return feed_resources(obj.section)

    def item_title(self, item: ResourcePage) -> str:
        return plain(item.title)

    def item_description(self, item: ResourcePage) -> str:
        return as_html(item.summary)

    def item_pubdate(self, item: ResourcePage) -> datetime.datetime:
        return start_of_day(item.publication_date)

    def item_categories(self, item: ResourcePage) -> list[str]:
        return [plain(item.resource_type.name), *super().item_categories(item)]


def serve_feed(library: ResourceLibraryPage, request: HttpRequest, kind: str):
    """The response of one of the library's feed routes."""
    self_url = section_url(request, library, library.reverse_subpage(f"{kind}_feed"))
    return ResourceFeed(kind)(request, source=FeedSource(library, request, self_url))


def advertised_feeds(request: HttpRequest | None) -> list[dict[str, str]]:
    """The RSS and Atom feeds of the library in the active language (none if that library does not exist)."""
    library = i18n.without_language_placeholders(
        ResourceLibraryPage.objects.live().public().filter(locale=Locale.get_active())
    ).first()
    if library is None:
        return []
    feeds = []
    for kind, (_generator, media_type) in FEED_TYPES.items():
        url = section_url(request, library, library.reverse_subpage(f"{kind}_feed"))
        url = request.build_absolute_uri(url) if request is not None else url
        feeds.append({"title": f"{feed_title()} ({FEED_LABELS[kind]})", "type": media_type, "url": url})
    return feeds
