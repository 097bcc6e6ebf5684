"""Blog: an index of posts, each by one or more authors, tagged with topics and countries."""

from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Upper
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from catalogue import facets
from catalogue.listing import FilteredListingPage
from decnet import seo, terms
from decnet.blocks import BodyStreamBlock
from decnet.content import ContentPage, plain, prefetch_for_reading
from decnet.models import Person
from editorial.editing import LocalizedPageForm

# Rendition of the listing thumbnails (templates/blog/includes/post_card.html uses the same spec), prefetched
# with the images so a card needs no query of its own.
LISTING_THUMBNAIL_SPEC = "fill-480x270"


class BlogPostPage(ContentPage, Page):
    date = models.DateField(
        _("post date"), default=timezone.localdate, help_text=_("The date shown on the post.")
    )
    summary = models.TextField(
        max_length=500, help_text=_("One or two sentences for listings, feeds and search results.")
    )
    feed_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the post is shared."),
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    link_glossary_terms = terms.links_switch()
    topics = ParentalManyToManyField("decnet.Topic", blank=True, related_name="blog_posts")
    countries = ParentalManyToManyField("decnet.Country", blank=True, related_name="blog_posts")

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []
    search_type = "blog"
    search_type_label = _("Blog post")
    listing_date_field = "date"
    hub_heading = _("Posts")
    hub_order = 20
    facet_paths = {
        "topic": "topics__slug",
        "country": Upper("countries__code"),
        "region": "countries__region__slug",
        "author": "authors__person__slug",
    }
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name")])]),
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields(
            "countries",
            [
                index.SearchField("name"),
                index.FilterField("code"),
                index.RelatedFields("region", [index.SearchField("name"), index.FilterField("slug")]),
            ],
        ),
        index.FilterField("date"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), InlinePanel("authors", label=_("Author"))], heading=_("Byline")),
        FieldPanel("summary"),
        FieldPanel("feed_image"),
        FieldPanel("body"),
        FieldPanel("link_glossary_terms"),
        MultiFieldPanel(
            [
                FieldPanel("topics", help_text=_("What the post is about; used for filters and feeds.")),
                FieldPanel("countries", help_text=_("Countries the post discusses.")),
            ],
            heading=_("Classification"),
        ),
    ]

    base_form_class = LocalizedPageForm
    # A draft saves without an author (no empty required row on a new post); publishing needs one.
    required_to_publish = {"authors": _("Add at least one author before publishing.")}

    class Meta:
        verbose_name = _("blog post")

    def get_context(self, request, *args, **kwargs):
        """Adds the parent index, whose URL the author, topic and country links filter."""
        context = super().get_context(request, *args, **kwargs)
        # The byline, topics and countries: one query each, for the template and the JSON-LD alike.
        prefetch_for_reading(
            self,
            request,
            Prefetch(
                "authors",
                queryset=BlogPostAuthor.objects.select_related("person").order_by("sort_order", "pk"),
            ),
            "topics",
            "countries",
        )
        context["blog_index"] = self.get_parent()
        return context

    @classmethod
    def with_card_data(cls, pages: QuerySet) -> QuerySet:
        image_model = get_image_model()
        return pages.prefetch_related(
            Prefetch(
                "authors",
                queryset=BlogPostAuthor.objects.select_related("person").order_by("sort_order", "pk"),
            ),
            "topics",
            "countries",
            Prefetch("feed_image", queryset=image_model.objects.prefetch_renditions(LISTING_THUMBNAIL_SPEC)),
        )

    @property
    def author_people(self) -> list:
        return [author.person for author in self.authors.all()]

    def links_terms(self) -> bool:
        return self.link_glossary_terms

    @property
    def listing_summary(self) -> str:
        return self.summary

    @property
    def share_image(self):
        return self.feed_image

    def structured_data(self, request: HttpRequest | None) -> dict[str, Any]:
        """schema.org BlogPosting."""
        url = seo.absolute_url(request, self)
        data: dict[str, Any] = {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "author": [seo.person(person) for person in self.author_people],
            "publisher": seo.publisher(),
            "keywords": [topic.name for topic in self.topics.all()],
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        image = seo.share_image_url(request, self)
        if image:
            data["image"] = image
        return data


class BlogIndexPage(FilteredListingPage):
    """The blog: posts filtered by topic, country, author and year (with counts), a year archive, feeds for
    all posts and per topic. Listing, filtering, pagination and feeds: catalogue.listing."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the list of posts."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    listing_facets = (facets.TOPIC, facets.COUNTRY, facets.AUTHOR, facets.YEAR)
    per_page = 10
    indexable_facets = ("author",)  # an author's page is a page of its own
    feed_facets = ("topic", "country")
    latest_heading = _("Latest posts")
    latest_empty = _("No posts yet.")

    class Meta:
        verbose_name = _("blog index")

    @property
    def listing_model(self) -> type[Page]:
        return BlogPostPage

    def with_listing_data(self, pages: QuerySet) -> QuerySet:
        return BlogPostPage.with_card_data(pages)

    def get_context(self, request, *args, **kwargs):
        """Adds the year archive (posts per year, from the listing's facts) and, when the listing is filtered
        by one author, that author's box."""
        context = super().get_context(request, *args, **kwargs)
        listing = context["listing"]
        years: dict[int, int] = {}
        for fact in listing.extra["facts"].values():
            if fact.date:
                years[fact.date.year] = years.get(fact.date.year, 0) + 1
        context["year_archive"] = [YearCount(year, years[year]) for year in sorted(years, reverse=True)]
        context["chosen_year"] = int(listing.selection["year"][0]) if "year" in listing.selection else None
        authors = listing.selection.get("author", [])
        context["author"] = self.find_author(authors[0]) if len(authors) == 1 else None
        return context

    def find_author(self, slug: str) -> Person | None:
        """The person an author filter names, preferring the index's locale (for the author's bio box)."""
        people = list(Person.objects.filter(slug=slug))
        return next((p for p in people if p.locale_id == self.locale_id), people[0] if people else None)

    def feed_title(self, value_label: str | None = None) -> str:
        if value_label is not None:
            return gettext("Decentralization.Net blog: %(topic)s") % {"topic": plain(value_label)}
        return gettext("Decentralization.Net blog")

    def feed_description(self, value_label: str | None = None) -> str:
        if value_label is not None:
            return gettext("New posts on %(topic)s from the Local Public Sector Alliance.") % {
                "topic": plain(value_label)
            }
        return gettext(
            "New posts on decentralization and local governance from the Local Public Sector Alliance."
        )


@dataclass(frozen=True)
class YearCount:
    year: int
    count: int


class BlogPostAuthor(Orderable):
    post = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("decnet.Person", on_delete=models.CASCADE, related_name="blog_authorships")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        unique_together = [("post", "person")]
