"""Blog: an index of posts, each by one or more authors, tagged with topics and countries."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from decnet.blocks import BodyStreamBlock
from decnet.facet_fields import IndexedFacets


class BlogIndexPage(RoutablePageMixin, Page):
    introduction = models.TextField(blank=True, help_text=_("Shown above the list of posts."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    # Posts per listing page; a class attribute so tests (and subclasses) can change it.
    posts_per_page = 10

    class Meta:
        verbose_name = _("blog index")

    def get_context(self, request, *args, **kwargs):
        """Listing, filter form choices, year archive and (when filtered by author) the author box.

        Filtering and pagination rules live in :mod:`blog.selectors`: unknown or malformed filter values
        give an empty list (200, with a message), a ``page`` that is not one of the listing's pages is a 404.
        """
        from blog import selectors

        context = super().get_context(request, *args, **kwargs)
        filters = selectors.PostFilters.from_query(request.GET)
        all_posts = selectors.posts_in_index(self)
        page_obj = selectors.paginate_or_404(
            selectors.filter_posts(self, filters, posts=all_posts),
            request.GET.get("page"),
            self.posts_per_page,
        )
        years = selectors.year_archive(self, posts=all_posts)
        context.update(
            filters=filters,
            page_obj=page_obj,
            posts=page_obj.object_list,
            choices=selectors.filter_choices(self, posts=all_posts, years=years),
            year_archive=years,
            author=selectors.find_author(self, filters),
        )
        return context

    # Feeds (blog.feeds): all posts, or the posts on one topic (an unknown topic is a 404).
    @path("feeds/rss/", name="rss_feed")
    def rss_feed(self, request):
        from blog import feeds

        return feeds.serve_feed(self, request, "rss")

    @path("feeds/atom/", name="atom_feed")
    def atom_feed(self, request):
        from blog import feeds

        return feeds.serve_feed(self, request, "atom")

    @path("feeds/topic/<slug:topic>/rss/", name="topic_rss_feed")
    def topic_rss_feed(self, request, topic: str):
        from blog import feeds

        return feeds.serve_feed(self, request, "rss", topic)

    @path("feeds/topic/<slug:topic>/atom/", name="topic_atom_feed")
    def topic_atom_feed(self, request, topic: str):
        from blog import feeds

        return feeds.serve_feed(self, request, "atom", topic)


class BlogPostPage(IndexedFacets, Page):
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
    topics = ParentalManyToManyField("decnet.Topic", blank=True, related_name="blog_posts")
    countries = ParentalManyToManyField("decnet.Country", blank=True, related_name="blog_posts")

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []
    facet_type_code = "blog"
    facet_date_field = "date"
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
        *IndexedFacets.facet_index_fields("type", "topic", "country", "region", "year"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), InlinePanel("authors", label=_("Author"), min_num=1)], heading=_("Byline")
        ),
        FieldPanel("summary"),
        FieldPanel("feed_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", help_text=_("What the post is about; used for filters and feeds.")),
                FieldPanel("countries", help_text=_("Countries the post discusses.")),
            ],
            heading=_("Classification"),
        ),
    ]

    class Meta:
        verbose_name = _("blog post")

    def get_context(self, request, *args, **kwargs):
        """Adds the parent index, whose URL the author, topic and country links filter."""
        context = super().get_context(request, *args, **kwargs)
        context["blog_index"] = self.get_parent()
        return context

    @property
    def author_people(self) -> list:
        return [author.person for author in self.authors.all()]


class BlogPostAuthor(Orderable):
    post = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("decnet.Person", on_delete=models.CASCADE, related_name="blog_authorships")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        unique_together = [("post", "person")]
