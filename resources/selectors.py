"""Reads for the resource library: which products a library lists, how GET filters narrow them, which filter
values the form offers, and how the listing is paginated.

The rules live here, not in page models or templates, so they can be tested on their own and so a listing
fetches every related row it shows (type, files and their documents, authors, topics, countries and their
regions, cover thumbnails) in a fixed number of queries, however many products are on the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from wagtail.images import get_image_model

from decnet.listing import FilterReader, paginate_or_404  # noqa: F401  (pagination: used by the page models)
from decnet.models import Country, Region, Topic
from resources.models import (
    FILE_LANGUAGES,
    ResourceAuthor,
    ResourceFile,
    ResourceLibraryPage,
    ResourcePage,
    ResourceType,
)

# Rendition of the listing's cover thumbnails. "max" keeps the whole cover (covers carry their title, which a
# crop would cut) at a size that fills a card sharply on high-density screens. The card template
# (templates/resources/includes/resource_card.html) uses the same spec, and the listing prefetches it with the
# images so a card needs no query of its own.
LISTING_COVER_SPEC = "max-480x480"

FILE_LANGUAGE_CODES = frozenset(code for code, _name in FILE_LANGUAGES)


@dataclass(frozen=True)
class ResourceFilters:
    """Validated filter values from a library's query string; None means "not filtered on this".

    Empty values mean "no filter" (the plain GET form submits every <select>, chosen or not). A value that
    cannot possibly match (wrong shape, too long, NUL bytes, a language the library does not know…) sets
    ``malformed``: the listing is then empty, exactly as for a well-formed value that matches nothing, rather
    than silently ignoring the filter and showing everything under a "filtered" heading.
    """

    type: str | None = None
    topic: str | None = None
    region: str | None = None
    country: str | None = None
    year: int | None = None
    language: str | None = None
    malformed: bool = False

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> ResourceFilters:
        """Read the filters from ``request.GET`` (or any mapping of strings) without ever raising."""
        read = FilterReader(query)
        resource_type, topic, region = read.slug("type"), read.slug("topic"), read.slug("region")
        country, year = read.country(), read.year()
        language = read.choice("language", FILE_LANGUAGE_CODES)
        return cls(
            type=resource_type,
            topic=topic,
            region=region,
            country=country,
            year=year,
            language=language,
            malformed=read.malformed,
        )

    @property
    def active(self) -> bool:
        """True when the visitor asked for any filter (even one that cannot match)."""
        values = (self.type, self.topic, self.region, self.country, self.year, self.language)
        return self.malformed or any(value is not None for value in values)


@dataclass(frozen=True)
class LanguageChoice:
    code: str
    name: str


@dataclass(frozen=True)
class FilterChoices:
    """Values the filter form offers: only those that at least one listed product carries."""

    types: list[ResourceType]
    topics: list[Topic]
    regions: list[Region]
    countries: list[Country]
    years: list[int]
    languages: list[LanguageChoice]


def resources_in_library(library: ResourceLibraryPage) -> QuerySet[ResourcePage]:
    """Live, public products directly under ``library`` and in its locale, unordered and unfiltered.

    ``public()`` looks up view restrictions once, when called: build this once per request and pass it on.
    """
    return ResourcePage.objects.child_of(library).live().public().filter(locale_id=library.locale_id)


def with_listing_data(resources: QuerySet[ResourcePage]) -> QuerySet[ResourcePage]:
    """Fetch everything a product card shows in bulk: the same queries for 1 or 50 products."""
    image_model = get_image_model()
    return resources.select_related("resource_type").prefetch_related(
        Prefetch(
            "files",
            queryset=ResourceFile.objects.select_related("document").order_by("sort_order", "pk"),
        ),
        Prefetch(
            "authors",
            queryset=ResourceAuthor.objects.select_related("person").order_by("sort_order", "pk"),
        ),
        "topics",
        Prefetch("countries", queryset=Country.objects.select_related("region")),
        Prefetch("cover_image", queryset=image_model.objects.prefetch_renditions(LISTING_COVER_SPEC)),
    )


def filter_resources(
    library: ResourceLibraryPage,
    filters: ResourceFilters,
    *,
    resources: QuerySet[ResourcePage] | None = None,
) -> QuerySet[ResourcePage]:
    """The library's products matching every given filter (AND), newest publication first, ready to list.

    ``resources`` may pass in ``resources_in_library(library)`` already built, to share its view-restriction
    lookup with :func:`filter_choices`.
    """
    resources = resources_in_library(library) if resources is None else resources
    if filters.malformed:
        return resources.none()
    if filters.type is not None:
        resources = resources.filter(resource_type__slug=filters.type)
    if filters.topic is not None:
        resources = resources.filter(
            Exists(Topic.objects.filter(resources=OuterRef("pk"), slug=filters.topic))
        )
    if filters.region is not None:
        resources = resources.filter(
            Exists(Country.objects.filter(resources=OuterRef("pk"), region__slug=filters.region))
        )
    if filters.country is not None:
        resources = resources.filter(
            Exists(Country.objects.filter(resources=OuterRef("pk"), code__iexact=filters.country))
        )
    if filters.year is not None:
        resources = resources.filter(publication_date__year=filters.year)
    if filters.language is not None:
        resources = resources.filter(
            Exists(ResourceFile.objects.filter(resource=OuterRef("pk"), language=filters.language))
        )
    return with_listing_data(resources.order_by("-publication_date", "-pk"))


def _unique(items: Iterable, key: str) -> list:
    """Drop repeats of a slug or code (taxonomy rows of other locales may share it): one <option> each."""
    seen: set[str] = set()
    unique = []
    for item in items:
        value = getattr(item, key)
        if key == "code":
            value = value.upper()
        if value not in seen:
            seen.add(value)
            unique.append(item)
    return unique


def filter_choices(
    library: ResourceLibraryPage, *, resources: QuerySet[ResourcePage] | None = None
) -> FilterChoices:
    """Types, topics, regions, countries, publication years and file languages used by the library's products.

    Six small queries whatever the size of the library; years newest first, languages in the order of
    ``FILE_LANGUAGES``, everything else by name.
    """
    resources = resources_in_library(library) if resources is None else resources
    ids = resources.order_by().values("pk")
    years = (
        resources.order_by()
        .annotate(year=ExtractYear("publication_date"))
        .values_list("year", flat=True)
        .distinct()
        .order_by("-year")
    )
    used_languages = set(
        ResourceFile.objects.filter(resource__in=ids).order_by().values_list("language", flat=True).distinct()
    )
    return FilterChoices(
        types=_unique(ResourceType.objects.filter(resources__in=ids).distinct().order_by("name"), "slug"),
        topics=_unique(Topic.objects.filter(resources__in=ids).distinct().order_by("name"), "slug"),
        regions=_unique(
            Region.objects.filter(countries__resources__in=ids).distinct().order_by("name"), "slug"
        ),
        countries=_unique(Country.objects.filter(resources__in=ids).distinct().order_by("name"), "code"),
        years=[year for year in years if year is not None],
        languages=[
            LanguageChoice(code=code, name=str(name))
            for code, name in FILE_LANGUAGES
            if code in used_languages
        ],
    )
