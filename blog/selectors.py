"""Reads for the blog: which posts an index lists, how GET filters narrow them, and the filter choices.

The rules live here rather than in page models or templates so they can be tested on their own and so
every listing fetches its related rows (authors, topics, countries, thumbnails) in a fixed number of
queries, however many posts are shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPostAuthor, BlogPostPage
from decnet.listing import FilterReader, paginate_or_404  # noqa: F401  (pagination: used by the page models)
from decnet.models import Country, Person, Topic

# Rendition of the listing thumbnails (templates/blog/includes/post_card.html uses the same spec), prefetched
# with the images so a card needs no query of its own.
LISTING_THUMBNAIL_SPEC = "fill-320x180"


@dataclass(frozen=True)
class PostFilters:
    """Validated filter values from a blog index's query string.

    Empty values mean "no filter" (the filter form submits every <select>, chosen or not). A value that
    cannot possibly match (wrong shape, too long, NUL bytes…) sets ``malformed``: the listing is then
    empty, exactly as for a well-formed value that matches nothing, instead of silently showing all posts.
    """

    topic: str | None = None
    country: str | None = None
    author: str | None = None
    year: int | None = None
    malformed: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> PostFilters:
        read = FilterReader(query)
        topic, author = read.slug("topic"), read.slug("author")
        country, year = read.country(), read.year()
        return cls(topic=topic, country=country, author=author, year=year, malformed=read.malformed)

    @property
    def indexable(self) -> bool:
        """Whether search engines should index the listing: unfiltered, or an author's page (author only).

        Other combinations are near-duplicates of the unfiltered listing and would multiply crawled URLs.
        """
        if self.author is not None:
            return not self.malformed and self.topic is None and self.country is None and self.year is None
        return not self.active

    @property
    def active(self) -> bool:
        """True when the visitor asked for any filter (even one that cannot match)."""
        return self.malformed or any(
            value is not None for value in (self.topic, self.country, self.author, self.year)
        )


@dataclass(frozen=True)
class YearCount:
    year: int
    count: int


@dataclass(frozen=True)
class FilterChoices:
    """Values offered by the filter form: only those that at least one listed post carries."""

    topics: list[Topic]
    countries: list[Country]
    authors: list[Person]
    years: list[YearCount]


def posts_in_index(index: BlogIndexPage) -> QuerySet[BlogPostPage]:
    """Live, public posts directly under ``index`` and in its locale, unordered and unfiltered."""
    return BlogPostPage.objects.child_of(index).live().public().filter(locale_id=index.locale_id)


def with_listing_data(posts: QuerySet[BlogPostPage]) -> QuerySet[BlogPostPage]:
    """Fetch everything a post card shows in bulk, so a listing costs the same queries for 1 or 50 posts."""
    image_model = get_image_model()
    return posts.prefetch_related(
        Prefetch(
            "authors", queryset=BlogPostAuthor.objects.select_related("person").order_by("sort_order", "pk")
        ),
        "topics",
        "countries",
        Prefetch("feed_image", queryset=image_model.objects.prefetch_renditions(LISTING_THUMBNAIL_SPEC)),
    )


def filter_posts(
    index: BlogIndexPage, filters: PostFilters, *, posts: QuerySet[BlogPostPage] | None = None
) -> QuerySet[BlogPostPage]:
    """The index's posts matching every given filter (AND), newest first, ready for listing.

    ``posts`` may pass in ``posts_in_index(index)`` already built, to share its view-restriction lookup.
    """
    posts = posts_in_index(index) if posts is None else posts
    if filters.malformed:
        return posts.none()
    if filters.topic is not None:
        posts = posts.filter(Exists(Topic.objects.filter(blog_posts=OuterRef("pk"), slug=filters.topic)))
    if filters.country is not None:
        posts = posts.filter(
            Exists(Country.objects.filter(blog_posts=OuterRef("pk"), code__iexact=filters.country))
        )
    if filters.author is not None:
        posts = posts.filter(
            Exists(BlogPostAuthor.objects.filter(post=OuterRef("pk"), person__slug=filters.author))
        )
    if filters.year is not None:
        posts = posts.filter(date__year=filters.year)
    return with_listing_data(posts.order_by("-date", "-pk"))


def year_archive(index: BlogIndexPage, *, posts: QuerySet[BlogPostPage] | None = None) -> list[YearCount]:
    """Each year that has posts in the index, newest first, with its number of posts (one aggregate query)."""
    posts = posts_in_index(index) if posts is None else posts
    rows = (
        posts.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("-year")
    )
    return [YearCount(year=row["year"], count=row["count"]) for row in rows]


def filter_choices(
    index: BlogIndexPage,
    *,
    posts: QuerySet[BlogPostPage] | None = None,
    years: list[YearCount] | None = None,
) -> FilterChoices:
    """Topics, countries, authors and years used by the index's posts (pass ``years`` to reuse them)."""
    posts = posts_in_index(index) if posts is None else posts
    post_ids = posts.order_by().values("pk")
    return FilterChoices(
        topics=list(Topic.objects.filter(blog_posts__in=post_ids).distinct().order_by("name")),
        countries=list(Country.objects.filter(blog_posts__in=post_ids).distinct().order_by("name")),
        authors=list(Person.objects.filter(blog_authorships__post__in=post_ids).distinct().order_by("name")),
        years=year_archive(index, posts=posts) if years is None else years,
    )


def find_author(index: BlogIndexPage, filters: PostFilters) -> Person | None:
    """The person an author filter names, preferring the index's locale (for the author's bio box)."""
    if filters.author is None:
        return None
    people = list(Person.objects.filter(slug=filters.author))
    for person in people:
        if person.locale_id == index.locale_id:
            return person
    return people[0] if people else None
