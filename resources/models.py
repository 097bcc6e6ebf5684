"""Resource library: LPSA's knowledge products, each with one or more downloadable files."""

from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from decnet.blocks import BodyStreamBlock
from decnet.facet_fields import IndexedFacets
from resources import citations, metadata

FILE_LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("other", _("Other")),
]


class ResourceType(TranslatableMixin, models.Model):
    """Editable list of kinds of knowledge product (primer, assessment framework…)."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name


class ResourceLibraryPage(RoutablePageMixin, Page):
    introduction = models.TextField(blank=True, help_text=_("Shown above the list of knowledge products."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    # Products per listing page; a class attribute so tests (and subclasses) can change it.
    resources_per_page = 12

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """The filtered, paginated listing and the filter form's choices.

        The rules live in :mod:`resources.selectors`: unknown or malformed filter values give an empty list
        (200, with a message and a link back to everything); a ``page`` that is not one of the listing's pages
        (non-numeric, zero, negative, past the end) is a 404.
        """
        from resources import selectors

        context = super().get_context(request, *args, **kwargs)
        filters = selectors.ResourceFilters.from_query(request.GET)
        all_resources = selectors.resources_in_library(self)
        page_obj = selectors.paginate_or_404(
            selectors.filter_resources(self, filters, resources=all_resources),
            request.GET.get("page"),
            self.resources_per_page,
        )
        context.update(
            filters=filters,
            page_obj=page_obj,
            resources=page_obj.object_list,
            choices=selectors.filter_choices(self, resources=all_resources),
        )
        return context

    # Feeds of new knowledge products (resources.feeds).
    @path("feeds/rss/", name="rss_feed")
    def rss_feed(self, request: HttpRequest):
        from resources import feeds

        return feeds.serve_feed(self, request, "rss")

    @path("feeds/atom/", name="atom_feed")
    def atom_feed(self, request: HttpRequest):
        from resources import feeds

        return feeds.serve_feed(self, request, "atom")


class ResourcePage(IndexedFacets, RoutablePageMixin, Page):
    resource_type = models.ForeignKey(
        ResourceType, on_delete=models.PROTECT, related_name="resources", help_text=_("What kind of product.")
    )
    summary = models.TextField(
        max_length=800, help_text=_("A short abstract for listings and search results.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    publication_date = models.DateField(default=timezone.localdate)
    publisher = models.CharField(max_length=200, default="Local Public Sector Alliance")
    topics = ParentalManyToManyField("decnet.Topic", blank=True, related_name="resources")
    countries = ParentalManyToManyField("decnet.Country", blank=True, related_name="resources")
    doi = models.CharField("DOI", max_length=100, blank=True, help_text=_("e.g. 10.1234/abcd.5678"))
    isbn = models.CharField("ISBN", max_length=20, blank=True)

    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types: list[str] = []
    facet_type_code = "resource"
    facet_date_field = "publication_date"
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("resource_type", [index.SearchField("name"), index.FilterField("slug")]),
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
        index.FilterField("publication_date"),
        index.FilterField("resource_type"),
        *IndexedFacets.facet_index_fields("type", "topic", "country", "region", "year"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("resource_type"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                InlinePanel("authors", label=_("Author")),
                FieldPanel("publisher"),
                FieldPanel("doi"),
                FieldPanel("isbn"),
            ],
            heading=_("Publication"),
        ),
        InlinePanel("files", label=_("File"), min_num=1, heading=_("Files to download")),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("countries")], heading=_("Classification")),
    ]

    class Meta:
        verbose_name = _("knowledge product")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Adds the parent library (whose URL the type, topic and country links filter) and the product's
        files and authors with their documents and people fetched in one query each.

        Works in previews too: there the files and authors are the editor's unsaved ones.
        """
        context = super().get_context(request, *args, **kwargs)
        context["library"] = self.get_parent()
        context["files"] = list(self.files.select_related("document"))
        context["authors"] = list(self.authors.select_related("person"))
        context["citation"] = citations.apa(self, request.build_absolute_uri(self.get_url(request=request)))
        return context

    # Citation downloads (resources.citations): RIS and BibTeX, as attachments.
    @path("cite/ris/", name="cite_ris")
    def cite_ris(self, request: HttpRequest):
        return citations.download(self, request, "ris")

    @path("cite/bib/", name="cite_bib")
    def cite_bib(self, request: HttpRequest):
        return citations.download(self, request, "bib")

    @property
    def doi_url(self) -> str | None:
        """The DOI as an https://doi.org/ link (None without a DOI), whatever form the editor typed it in."""
        return metadata.doi_url(self.doi)


class ResourceAuthor(Orderable):
    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("decnet.Person", on_delete=models.CASCADE, related_name="resource_authorships")

    panels = [FieldPanel("person")]


class ResourceFile(Orderable):
    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.PROTECT, related_name="+")
    language = models.CharField(max_length=8, choices=FILE_LANGUAGES, default="en")
    label = models.CharField(max_length=200, help_text=_("e.g. 'Full report' or 'Data (Excel)'."))

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("label")]
