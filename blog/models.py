"""Blog: an index of posts, each by one or more authors, tagged with topics and countries."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from decnet.blocks import BodyStreamBlock


class BlogIndexPage(Page):
    introduction = models.TextField(blank=True, help_text=_("Shown above the list of posts."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    class Meta:
        verbose_name = _("blog index")


class BlogPostPage(Page):
    date = models.DateField(_("post date"), default=timezone.localdate, help_text=_("The date shown on the post."))
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
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
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

    @property
    def author_people(self) -> list:
        return [author.person for author in self.authors.all()]


class BlogPostAuthor(Orderable):
    post = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("decnet.Person", on_delete=models.CASCADE, related_name="blog_authorships")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        unique_together = [("post", "person")]
