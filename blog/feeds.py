"""RSS 2.0 and Atom feeds of the blog: all posts of a blog index, or the posts on one topic.

Routed by BlogIndexPage (``feeds/rss/``, ``feeds/atom/``, ``feeds/topic/<slug>/rss/`` and ``…/atom/``); an
unknown topic is a 404. Titles are interface strings, translated into the index's language.
"""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Locale

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
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
from decnet.models import Topic


def topic_for_feed(index: BlogIndexPage, slug: str) -> Topic:
    """The topic a per-topic feed follows, in the index's language; 404 when there is none."""
    topic = Topic.objects.filter(slug=slug, locale_id=index.locale_id).first()
    if topic is None:
        raise Http404("Unknown topic")
    return topic


def feed_posts(index: BlogIndexPage, topic: Topic | None = None) -> QuerySet[BlogPostPage]:
    """The newest live posts of the index (on the topic, if given), with authors and topics fetched."""
    posts = BlogPostPage.objects.child_of(index).live().public().filter(locale_id=index.locale_id)
    if topic is not None:
        posts = posts.filter(topics=topic)
    return posts.order_by("-date", "-pk").prefetch_related(
        Prefetch(
            "authors", queryset=BlogPostAuthor.objects.select_related("person").order_by("sort_order", "pk")
        ),
        "topics",
    )[:FEED_ITEMS]


class BlogFeed(SectionFeed):
    def title(self, obj: FeedSource) -> str:
        topic = obj.extra.get("topic")
        if topic is not None:
            return _("Decentralization.Net blog: %(topic)s") % {"topic": plain(topic.name)}
        return _("Decentralization.Net blog")

    def description(self, obj: FeedSource) -> str:
        topic = obj.extra.get("topic")
        if topic is not None:
            return _("New posts on %(topic)s from the Local Public Sector Alliance.") % {
                "topic": plain(topic.name)
            }
        return _("New posts on decentralization and local governance from the Local Public Sector Alliance.")

    def items(self, obj: FeedSource) -> QuerySet[BlogPostPage]:
        return feed_posts(obj.section, obj.extra.get("topic"))

    def item_title(self, item: BlogPostPage) -> str:
        return plain(item.title)

    def item_description(self, item: BlogPostPage) -> str:
        return as_html(item.summary)

    def item_pubdate(self, item: BlogPostPage) -> datetime.datetime:
        return start_of_day(item.date)


def serve_feed(index: BlogIndexPage, request: HttpRequest, kind: str, topic_slug: str | None = None):
    """The response of one of the index's feed routes."""
    topic = topic_for_feed(index, topic_slug) if topic_slug is not None else None
    route = f"topic_{kind}_feed" if topic else f"{kind}_feed"
    args = [topic.slug] if topic else []
    self_url = section_url(request, index, index.reverse_subpage(route, args=args))
    source = FeedSource(index, request, self_url, {"topic": topic})
    return BlogFeed(kind)(request, source=source)


def advertised_feeds(request: HttpRequest | None, topic: Topic | None = None) -> list[dict[str, str]]:
    """The RSS and Atom feeds of the blog in the active language (none if that blog does not exist)."""
    index = i18n.without_language_placeholders(
        BlogIndexPage.objects.live().public().filter(locale=Locale.get_active())
    ).first()
    if index is None:
        return []
    title = (
        _("Decentralization.Net blog: %(topic)s") % {"topic": topic.name}
        if topic
        else _("Decentralization.Net blog")
    )
    feeds = []
    for kind, (_generator, media_type) in FEED_TYPES.items():
        route = f"topic_{kind}_feed" if topic else f"{kind}_feed"
        subpage = index.reverse_subpage(route, args=[topic.slug] if topic else [])
        url = section_url(request, index, subpage)
        url = request.build_absolute_uri(url) if request is not None else url
        feeds.append({"title": f"{title} ({FEED_LABELS[kind]})", "type": media_type, "url": url})
    return feeds
