"""Home page and standard pages (about, contact, privacy…)."""

from django.db import models
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from decnet import home, hubs, i18n, seo
from decnet.blocks import BodyStreamBlock
from decnet.content import PageContract
from decnet.listing import listing_sections
from decnet.models.taxonomy import Topic

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
        context["featured_items"] = [
            item.page.specific
            for item in self.featured_items.select_related("page").order_by("sort_order", "pk")
            if item.page.live
        ]
        latest = []
        for model in listing_sections():
            section = i18n.without_language_placeholders(
                model.objects.live().public().filter(locale_id=self.locale_id)
            ).first()
            items = section.latest(LATEST_ITEMS_ON_HOME) if section is not None else []
            heading = section.latest_heading if section is not None else model.latest_heading
            empty = section.latest_empty if section is not None else model.latest_empty
            latest.append({"heading": heading, "empty": empty, "section": section, "items": items})
        context["latest_sections"] = latest
        context["figures"] = home.home_figures(request, self.locale, self.figures.all())
        context["term"] = home.home_term(request, self.locale)
        context["topics"] = Topic.objects.filter(locale=self.locale).order_by("name")
        return context

    # -- topic and country hubs (decnet.hubs) ---------------------------------------------------------------

    @path("topics/", name="topic_hubs")
    def topic_hubs(self, request: HttpRequest) -> HttpResponse:
        return self.serve_hub_index(request, hubs.TOPIC_HUB)

    @path("countries/", name="country_hubs")
    def country_hubs(self, request: HttpRequest) -> HttpResponse:
        return self.serve_hub_index(request, hubs.COUNTRY_HUB)

    # <str:…> rather than <slug:…>: a malformed value reaches the hub's validator and gets the hub's own 404
    # (with the list of topics or countries), not a generic one.
    @path("topics/<str:value>/", name="topic_hub")
    def topic_hub(self, request: HttpRequest, value: str) -> HttpResponse:
        return self.serve_hub(request, hubs.TOPIC_HUB, value)

    @path("countries/<str:value>/", name="country_hub")
    def country_hub(self, request: HttpRequest, value: str) -> HttpResponse:
        return self.serve_hub(request, hubs.COUNTRY_HUB, value)

    def _hub_context(self, request: HttpRequest, kind: hubs.HubKind, **extra) -> dict:
        return {
            "page": self,
            "self": self,
            "request": request,
            "kind": kind,
            "hub_items": kind.items(self.locale_id),
            "hub_index_url": hubs.index_url(self, kind, request),
            **extra,
        }

    def serve_hub_index(self, request: HttpRequest, kind: hubs.HubKind) -> HttpResponse:
        context = self._hub_context(request, kind)
        context["language_versions"] = [
            i18n.LanguageVersion(
                v.code, v.name, f"{v.url}{kind.segment}/", f"{v.full_url}{kind.segment}/", v.current
            )
            for v in i18n.page_language_versions(self, request)
        ]
        return TemplateResponse(request, "decnet/hub_index.html", context)

    def serve_missing_hub(self, request: HttpRequest, kind: hubs.HubKind) -> HttpResponse:
        """404 with the list of every topic or country (no alternates: the switcher offers home pages)."""
        context = self._hub_context(request, kind, not_found=True, language_versions=[])
        return TemplateResponse(request, "decnet/hub_index.html", context, status=404)

    def serve_hub(self, request: HttpRequest, kind: hubs.HubKind, value: str) -> HttpResponse:
        """A topic's or country's hub; a helpful 404 (the list of topics or countries) for a value that names
        none in this language; a permanent redirect to the canonical spelling (e.g. ``KE`` → ``ke``)."""
        item = hubs.find_item(kind, value, self.locale_id)
        if item is None:
            return self.serve_missing_hub(request, kind)
        canonical = kind.url_value(getattr(item, kind.field))
        if value != canonical:
            return HttpResponsePermanentRedirect(hubs.hub_url(self, kind, canonical, request))
        hub = hubs.build_hub(request, self, kind, item)
        context = self._hub_context(request, kind, hub=hub)
        context["language_versions"] = hubs.hub_language_versions(self, kind, hub.value, request)
        context["canonical"] = request.build_absolute_uri(hub.url)
        context["description"] = hub.description
        context["json_ld"] = mark_safe(
            "\n  ".join(
                seo.json_ld_script(data)
                for data in hub.structured_data(request, self, context["hub_index_url"])
            )
        )
        return TemplateResponse(request, "decnet/hub_page.html", context)


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
