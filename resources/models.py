"""Resource library: LPSA's knowledge products, each with one or more downloadable files."""

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.functions import Upper
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, Site, TranslatableMixin
from wagtail.search import index

from catalogue import facets
from catalogue.listing import FilteredListingPage, downloads_past_year
from decnet import seo, terms
from decnet.blocks import BodyStreamBlock
from decnet.content import ContentPage, ordered_rows, prefetch_for_reading
from decnet.models import Country
from decnet.templatetags.decnet_tags import document_format
from editorial.editing import LocalizedPageForm
from multilingual import languages
from resources import citations, metadata

# Rendition of the listing's cover thumbnails. "max" keeps the whole cover (covers carry their title, which a
# crop would cut) at a size that fills a card sharply on high-density screens. The card template
# (templates/resources/includes/resource_card.html) uses the same spec, and the listing prefetches it with the
# images so a card needs no query of its own.
LISTING_COVER_SPEC = "max-480x480"
# The resource type of a country's intergovernmental profile (demo/content/taxonomy.json), first on its hub.
COUNTRY_PROFILE_TYPE = "intergovernmental-profile"

FILE_LANGUAGES = [*languages.LANGUAGES, ("other", _("Other"))]

DEFAULT_DOWNLOAD_COUNT_THRESHOLD = 10


@register_setting(icon="download")
class LibrarySettings(BaseSiteSetting):
    """What the knowledge product pages of one site show readers about downloads."""

    download_count_threshold = models.PositiveIntegerField(
        _("show download counts from"),
        default=DEFAULT_DOWNLOAD_COUNT_THRESHOLD,
        help_text=_(
            'A product page says "downloaded N times in the past 12 months" once N reaches this number; '
            "below it the sentence is hidden (a small count can read as a lack of interest)."
        ),
    )

    panels = [FieldPanel("download_count_threshold")]

    class Meta:
        verbose_name = _("knowledge products")

    @classmethod
    def for_request_or_default(cls, request: HttpRequest) -> "LibrarySettings":
        """The site's settings, or the defaults (unsaved) when editors never saved them: reading a page must
        not write a settings row."""
        site = Site.find_for_request(request)
        return (cls.objects.filter(site=site).first() if site else None) or cls()


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


class ResourcePage(ContentPage, RoutablePageMixin, Page):
    resource_type = models.ForeignKey(
        ResourceType, on_delete=models.PROTECT, related_name="resources", help_text=_("What kind of product.")
    )
    summary = models.TextField(
        max_length=800, help_text=_("A short abstract for listings and search results.")
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    link_glossary_terms = terms.links_switch()
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
    search_type = "resource"
    search_type_label = _("Knowledge product")
    listing_date_field = "publication_date"
    hub_heading = _("Knowledge products")
    hub_order = 10
    facet_paths = {
        "topic": "topics__slug",
        "country": Upper("countries__code"),
        "region": "countries__region__slug",
        "author": "authors__person__slug",
        "resource_type": "resource_type__slug",
        "file_language": "files__language",
    }
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
    ]
    content_panels = Page.content_panels + [
        FieldPanel("resource_type"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("link_glossary_terms"),
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
        InlinePanel("files", label=_("File"), heading=_("Files to download")),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("countries")], heading=_("Classification")),
    ]

    base_form_class = LocalizedPageForm
    # A draft saves without a file (no empty required row on a new product); publishing needs one.
    required_to_publish = {"files": _("Add at least one file before publishing.")}

    class Meta:
        verbose_name = _("knowledge product")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        """Adds the parent library (whose URL the type, topic and country links filter) and the product's
        files and authors with their documents and people fetched in one query each.

        Works in previews too: there the files and authors are the editor's unsaved ones.
        """
        context = super().get_context(request, *args, **kwargs)
        prefetch_for_reading(self, request, *self.reading_prefetches())
        context["library"] = self.get_parent()
        context["files"] = ordered_rows(self, "files", "document")
        context["authors"] = ordered_rows(self, "authors", "person")
        context["citation"] = citations.apa(self, request.build_absolute_uri(self.get_url(request=request)))
        context["downloads_past_year"] = self.downloads_to_show(request)
        return context

    def downloads_to_show(self, request: HttpRequest) -> int | None:
        """Downloads in the past twelve months (all language versions together, from the impact counters),
        or None below the editors' threshold (Settings → Knowledge products) or for an unsaved preview."""
        if self.pk is None:
            return None
        downloads = downloads_past_year([self.pk]).get(self.pk, 0)
        threshold = LibrarySettings.for_request_or_default(request).download_count_threshold
        return downloads if downloads and downloads >= threshold else None

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

    def links_terms(self) -> bool:
        return self.link_glossary_terms

    @property
    def listing_summary(self) -> str:
        return self.summary

    card_image_is_cover = True

    @property
    def share_image(self):
        return self.cover_image

    @property
    def card_label(self) -> str:
        return self.resource_type.name

    @staticmethod
    def reading_prefetches() -> tuple:
        """What the product's page shows of its relations, each in one query (template, JSON-LD, citation)."""
        return (*ResourcePage.ordered_rows_prefetches(), "topics", "countries")

    @staticmethod
    def ordered_rows_prefetches() -> tuple[Prefetch, Prefetch]:
        """The files and authors, each with what it shows and in editor order: read by a product's page and
        by its card."""
        return (
            Prefetch(
                "files", queryset=ResourceFile.objects.select_related("document").order_by("sort_order", "pk")
            ),
            Prefetch(
                "authors",
                queryset=ResourceAuthor.objects.select_related("person").order_by("sort_order", "pk"),
            ),
        )

    @classmethod
    def with_card_data(cls, pages: QuerySet) -> QuerySet:
        image_model = get_image_model()
        return pages.select_related("resource_type").prefetch_related(
            *cls.ordered_rows_prefetches(),
            "topics",
            Prefetch("countries", queryset=Country.objects.select_related("region")),
            Prefetch("cover_image", queryset=image_model.objects.prefetch_renditions(LISTING_COVER_SPEC)),
        )

    @classmethod
    def hub_lead(cls, facet_name: str) -> Q | None:
        """A country's intergovernmental profile comes first on the country's hub."""
        return Q(resource_type__slug=COUNTRY_PROFILE_TYPE) if facet_name == "country" else None

    def feed_categories(self) -> list[str]:
        return [self.resource_type.name, *super().feed_categories()]

    def structured_data(self, request: HttpRequest | None) -> dict[str, Any]:
        """schema.org Report; its files are ``encoding`` MediaObjects."""
        url = seo.absolute_url(request, self)
        files = []
        for row in ordered_rows(self, "files", "document"):
            document = row.document
            media: dict[str, Any] = {
                "@type": "MediaObject",
                "name": row.label,
                "contentUrl": request.build_absolute_uri(document.url)
                if request is not None
                else document.url,
                "encodingFormat": settings.WAGTAILDOCS_CONTENT_TYPES.get(
                    document_format(document).lower(), "application/octet-stream"
                ),
            }
            if row.language != "other":
                media["inLanguage"] = row.language
            size = metadata.document_file_size(document)
            if size:
                media["contentSize"] = f"{size} B"
            files.append(media)
        publisher = seo.publisher(self.publisher or seo.PUBLISHER_NAME)
        data: dict[str, Any] = {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "Report",
            "name": self.title,
            "headline": self.title,
            "description": self.summary,
            "url": url,
            "datePublished": self.publication_date.isoformat(),
            "inLanguage": self.locale.language_code,
            "author": [seo.person(author.person) for author in ordered_rows(self, "authors", "person")]
            or [publisher],
            "publisher": publisher,
            "genre": self.resource_type.name,
            "encoding": files,
        }
        identifiers = []
        if self.doi:
            doi = metadata.doi_url(self.doi)
            identifiers.append({"@type": "PropertyValue", "propertyID": "DOI", "value": doi})
            data["sameAs"] = doi
        if self.isbn:
            identifiers.append({"@type": "PropertyValue", "propertyID": "ISBN", "value": self.isbn})
        if identifiers:
            data["identifier"] = identifiers
        image = seo.share_image_url(request, self)
        if image:
            data["image"] = image
        return data


class ResourceAuthor(Orderable):
    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey("decnet.Person", on_delete=models.CASCADE, related_name="resource_authorships")

    panels = [FieldPanel("person")]


class ResourceFile(Orderable):
    resource = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.PROTECT, related_name="+")
    language = models.CharField(max_length=8, choices=FILE_LANGUAGES, default=languages.SOURCE_LANGUAGE)
    label = models.CharField(max_length=200, help_text=_("e.g. 'Full report' or 'Data (Excel)'."))

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("label")]


# The library's own facets (its ``type`` parameter is the kind of product, not the search result type).
RESOURCE_TYPE = facets.Facet(
    "resource_type",
    _("Type"),
    facets.pattern_validator(r"[-\w]{1,150}"),
    labels=facets.taxonomy_labels(ResourceType, "slug"),
    param="type",
)
FILE_LANGUAGE = facets.Facet(
    "file_language",
    _("Language of the files"),
    facets.choice_validator(lambda: [code for code, _name in FILE_LANGUAGES]),
    labels=facets.fixed_labels(lambda: dict(FILE_LANGUAGES)),
    param="language",
    multi=False,
    order="declared",
)


class ResourceLibraryPage(FilteredListingPage):
    """The library: knowledge products with a keyword box, filters with counts, three sorts and feeds.
    Listing, filtering, pagination and feeds: catalogue.listing."""

    introduction = models.TextField(blank=True, help_text=_("Shown above the list of knowledge products."))

    parent_page_types = ["decnet.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    content_panels = Page.content_panels + [FieldPanel("introduction")]

    listing_facets = (RESOURCE_TYPE, facets.TOPIC, facets.REGION, facets.COUNTRY, facets.YEAR, FILE_LANGUAGE)
    per_page = 12
    keyword_search = True
    sorts = ("newest", "title", "downloads")
    feed_facets = ("topic", "country")
    latest_heading = _("Latest knowledge products")
    latest_empty = _("No knowledge products yet.")

    class Meta:
        verbose_name = _("resource library")

    @property
    def listing_model(self) -> type[Page]:
        return ResourcePage

    def with_listing_data(self, pages: QuerySet) -> QuerySet:
        return ResourcePage.with_card_data(pages)

    def feed_title(self, value_label: str | None = None) -> str:
        return gettext("Decentralization.Net: new knowledge products")

    def feed_description(self, value_label: str | None = None) -> str:
        return gettext("New reports, primers and tools from the Local Public Sector Alliance's library.")
