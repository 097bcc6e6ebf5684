"""Home page and standard pages (about, contact, privacy…)."""

import time

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from decnet import fragments, home
from decnet.blocks import BodyStreamBlock
from decnet.content import PageContract, listing_sections
from decnet.models.taxonomy import Topic
from multilingual import i18n
from traffic.visibility import public

LATEST_ITEMS_ON_HOME = 3


class HomePage(PageContract, RoutablePageMixin, Page):
    introduction = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Two or three sentences that say who LPSA is."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "decnet.StandardPage",
        "blog.BlogIndexPage",
        "resources.ResourceLibraryPage",
        "glossary.GlossaryPage",
    ]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        InlinePanel("featured_items", heading=_("Featured"), label=_("Featured item"), max_num=6),
        InlinePanel(
            "figures",
            heading=_("Figures"),
            label=_("Figure"),
            max_num=4,
            help_text=_(
                'Added to the live figures under "in numbers" (downloads, products, glossary terms, '
                "languages), e.g. the number of members."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """Featured items, and the newest items of each section the content apps register
        (``decnet_listing_sections`` hooks: the blog, the library)."""
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the template keeps the cards in cached fragments (decnet.fragments) and reads these only when
        # the fragment is built.
        context["featured_items"] = SimpleLazyObject(self._featured_items)
        context["latest_sections"] = SimpleLazyObject(self._latest_sections)
        # The figures change on publish and as downloads are counted: kept per generation for as long as a
        # cached page lives (PAGE_CACHE_SECONDS); the term changes daily (issue 18: fewer queries per page).
        period = int(time.time() // max(1, getattr(settings, "PAGE_CACHE_SECONDS", 600)))
        context["figures"] = fragments.chrome(
            request,
            "home figures",
            lambda: home.home_figures(request, self.locale, self.figures.all()),
            self.pk,
            period,
        )
        context["today"] = timezone.localdate()
        context["term"] = SimpleLazyObject(lambda: home.home_term(request, self.locale))
        topics = Topic.objects.filter(locale=self.locale).order_by("name")
        context["topics"] = SimpleLazyObject(lambda: list(topics))
        return context

    def _featured_items(self) -> list[Page]:
        return [
            item.page.specific
            for item in self.featured_items.select_related("page").order_by("sort_order", "pk")
            if item.page.live
        ]

    def _latest_sections(self) -> list[dict]:
        latest = []
        for model in listing_sections():
            section = i18n.without_language_placeholders(
                public(model.objects.live()).filter(locale_id=self.locale_id)
            ).first()
            items = section.latest(LATEST_ITEMS_ON_HOME) if section is not None else []
            heading = section.latest_heading if section is not None else model.latest_heading
            empty = section.latest_empty if section is not None else model.latest_empty
            latest.append({"heading": heading, "empty": empty, "section": section, "items": items})
        return latest

    # -- routes below the home page -------------------------------------------------------------------------

    @classmethod
    def get_subpage_urls(cls):
        """The home page's own routes, then those other apps add below it with the ``decnet_home_routes`` hook
        (a function returning URL patterns whose views take the home page first): the topic and country hubs
        (wayfinding.routes)."""
        return [*super().get_subpage_urls(), *(route for hook in home.route_hooks() for route in hook())]


class HomePageFeaturedItem(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel(
            "page",
            [
                "blog.BlogPostPage",
                "resources.ResourcePage",
                "glossary.GlossaryTermPage",
                "decnet.StandardPage",
            ],
        )
    ]


class HomePageFigure(Orderable):
    """A figure editors add to the home page's "in numbers" (the members of the Community of Practice…)."""

    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="figures")
    value = models.PositiveIntegerField(help_text=_("e.g. 2443; shown in the reader's number format."))
    label = models.CharField(max_length=120, help_text=_("e.g. 'members of the Community of Practice'."))

    panels = [FieldPanel("value"), FieldPanel("label")]


class StandardPage(PageContract, Page):
    introduction = models.TextField(blank=True, help_text=_("A short summary shown under the title."))
    body = StreamField(BodyStreamBlock(), blank=True)

    parent_page_types = ["decnet.HomePage", "decnet.StandardPage"]
    subpage_types = ["decnet.StandardPage"]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
