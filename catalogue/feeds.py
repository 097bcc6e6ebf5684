"""The shared shape of the site's RSS 2.0 and Atom feeds (blog posts, knowledge products).

Each feed lists the live pages of one section page (the blog index, the library) in that section's language,
newest first. A section page routes ``feeds/rss/`` and ``feeds/atom/`` (RoutablePageMixin) to a
:class:`SectionFeed` subclass; Django's syndication framework writes every element the formats require:
RSS channel title/link/description and item title/link/guid/pubDate; Atom feed id/title/updated/author and
entry id/title/updated/link.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils import feedgenerator
from django.utils.html import escape, strip_tags
from wagtail.models import Page

from decnet.seo import PUBLISHER_NAME

FEED_TYPES = {
    "rss": (feedgenerator.Rss201rev2Feed, "application/rss+xml"),
    "atom": (feedgenerator.Atom1Feed, "application/atom+xml"),
}
FEED_LABELS = {"rss": "RSS", "atom": "Atom"}
FEED_ITEMS = 30


@dataclass
class FeedSource:
    """What one feed request lists: a section page, optionally narrowed (e.g. to a topic)."""

    section: Page
    request: HttpRequest
    self_url: str
    extra: dict[str, Any] = field(default_factory=dict)


def start_of_day(day: datetime.date) -> datetime.datetime:
    """Feeds need date-times; a page's publication date counts from midnight UTC."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def plain(value: str) -> str:
    """Text for a feed element that readers may render as HTML although it should be text (titles, categories,
    author names): any markup an editor typed is dropped, so nothing in it can run in a feed reader."""
    return strip_tags(value or "")


def as_html(value: str) -> str:
    """Plain text for an element the formats define as HTML (RSS description, Atom summary): escaped, so a
    feed reader shows what the editor typed instead of running it."""
    return escape(value or "")


def section_url(request: HttpRequest, section: Page, subpage: str = "") -> str:
    """Absolute path of a section page or of one of its routes (``subpage`` from reverse_subpage)."""
    return f"{section.get_url(request=request)}{subpage}"


class SectionFeed(Feed):
    """Base feed: subclasses set ``items_for`` and the titles; ``kind`` is "rss" or "atom"."""

    author_name = PUBLISHER_NAME

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.feed_type, self.content_type = FEED_TYPES[kind]

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = f"{self.content_type}; charset=utf-8"
        return response

    def get_object(self, request: HttpRequest, source: FeedSource) -> FeedSource:
        return source

    def link(self, obj: FeedSource) -> str:
        return section_url(obj.request, obj.section)

    def feed_url(self, obj: FeedSource) -> str:
        return obj.self_url

    def feed_guid(self, obj: FeedSource) -> str:
        return obj.request.build_absolute_uri(obj.self_url)

    def item_link(self, item: Page) -> str:
        return item.get_url(request=self._request)

    def item_updateddate(self, item: Page) -> datetime.datetime | None:
        return item.last_published_at

    def item_author_name(self, item: Page) -> str:
        names = [plain(name) for name in item.byline()]
        return ", ".join(names) or PUBLISHER_NAME

    def get_feed(self, obj: FeedSource, request: HttpRequest):
        self._request = request
        return super().get_feed(obj, request)


class ListingFeed(SectionFeed):
    """The feed of a section page (catalogue.listing.FilteredListingPage): the section names the feed, each
    item describes itself through the content contract (decnet.content)."""

    def title(self, obj: FeedSource) -> str:
        return obj.section.feed_title(obj.extra.get("label"))

    def description(self, obj: FeedSource) -> str:
        return obj.section.feed_description(obj.extra.get("label"))

    def items(self, obj: FeedSource):
        return obj.section.feed_items(obj.extra.get("facet"), obj.extra.get("value"))

    def item_title(self, item: Page) -> str:
        return plain(item.title)

    def item_description(self, item: Page) -> str:
        return as_html(item.listing_summary)

    def item_pubdate(self, item: Page) -> datetime.datetime | None:
        day = item.listing_date
        return start_of_day(day) if day else None

    def item_categories(self, item: Page) -> list[str]:
        return [plain(name) for name in item.feed_categories()]
