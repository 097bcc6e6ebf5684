"""The content contract: what every public page type tells the shared code about itself.

Shared code (``decnet.seo``, ``wayfinding.sitemaps``, ``catalogue.facets``, the search app, template tags)
asks the page; it never asks which class the page is. A page type joins the site by implementing this
contract in its own app, with no edit to the foundation or to search:

- :class:`PageContract` (every project page): the description, share image, Open Graph type and JSON-LD
  object of a page, with sensible defaults.
- :class:`ContentPage` (pages readers find in search, listings and feeds): its search result type and label,
  the date readers sort and filter by, the listing summary, the text a snippet is cut from, the names that
  raise a definition card, its classification and, for each facet, where its values live (``facet_paths``).

Both are plain mixins (no fields, no migrations): concrete fields stay on the app's own models.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, ClassVar

from django.db.models import F, Q, QuerySet, prefetch_related_objects
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index

from decnet import deferral
from traffic.scope import serving
from traffic.visibility import view_restrictions

# The result type of pages that do not implement ContentPage (home, standard pages, section indexes).
OTHER_PAGE_TYPE = "page"
OTHER_PAGE_LABEL = _("Page")


def plain(value: object) -> str:
    """Text without markup and with single spaces (summaries, descriptions)."""
    return " ".join(strip_tags(str(value or "")).split())


class PageContract:
    """What any page of the site answers to ``decnet.seo`` (defaults for pages with nothing special)."""

    og_type: ClassVar[str] = "website"
    # A card crops the share image to 16:9, unless it is a cover (covers carry their title): then whole.
    card_image_is_cover: ClassVar[bool] = False
    # Query parameters whose views the page cache may keep and share between readers (pagecache/): a request
    # with any other parameter is rendered for that reader alone. None by default.
    cache_query_parameters: ClassVar[frozenset[str]] = frozenset()

    def save(self, *args, **kwargs):
        """Indexing (search, references) runs once the save has written the page's relations too
        (``decnet.deferral.whole_save``)."""
        with deferral.whole_save():
            return super().save(*args, **kwargs)

    @property
    def card_label(self) -> str:
        """The badge and placeholder text of the page's card (its kind, in the reader's language)."""
        return str(self._meta.verbose_name).capitalize()

    @property
    def listing_summary(self) -> str:
        """One or two sentences of text (as the editor typed it: consumers escape or strip it) for listings,
        feeds, search results and meta descriptions."""
        return plain(getattr(self, "introduction", "")) or plain(getattr(self, "search_description", ""))

    @property
    def share_image(self):
        """The image shown when the page is shared (a Wagtail image), or None."""
        return None

    def get_view_restrictions(self):
        """Wagtail's two queries (the ancestors, then their restrictions) run only when the site has a view
        restriction at all: serving a page, the site's restrictions are read once per request
        (``traffic.visibility``), and with none anywhere none can apply to this page (issue 18)."""
        if serving() and not view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def reading_prefetches(self) -> tuple:
        """The relations the served page shows (byline, files, topics…), for ``prepare_for_reading``."""
        return ()

    def prepare_for_reading(self, request: HttpRequest | None) -> None:
        """Fetch what the page shows of its relations, each in one query, once: called when its body or its
        JSON-LD is built (a cached fragment that is found needs none of it)."""
        if not getattr(self, "_decnet_read", False):
            prefetch_for_reading(self, request, *self.reading_prefetches())

    def structured_data(self, request: HttpRequest | None) -> dict[str, Any] | None:
        """The page's own schema.org JSON-LD object (the breadcrumb is added by decnet.seo), or None."""
        return None

    def search_snippet_source(self) -> str:
        """The plain text a search snippet is cut from: the summary, then the body's text."""
        return " ".join(part for part in (plain(self.listing_summary), self.body_text()) if part)

    def body_text(self) -> str:
        """The searchable text of a ``body`` StreamField, as plain text ("" when the page has none)."""
        body = getattr(self, "body", None)
        if body is None or not hasattr(body, "stream_block"):
            return ""
        return plain(" ".join(str(part) for part in body.stream_block.get_searchable_content(body)))

    def links_terms(self) -> bool:
        """Whether the first mention of each defined term in the page's body links to the term, with its
        definition on hover and focus (decnet.terms). Page types with an editor's switch answer from it."""
        return False

    def byline(self) -> list[str]:
        """The authors' names, in order (feeds, citations); empty when the page names none."""
        authors = getattr(self, "authors", None)
        return [author.person.name for author in authors.all()] if authors is not None else []

    def feed_categories(self) -> list[str]:
        """The categories of the page's feed entry: its topics' names."""
        return [topic.name for topic in self.topics.all()] if hasattr(self, "topics") else []


def prefetch_for_reading(page: Page, request: HttpRequest | None, *lookups) -> None:
    """Fetch the relations a served page shows (byline, files, topics…) once, each in one query, so the
    template, the JSON-LD and the citation share them (issue 18). Not in a preview: there the relations are
    the editor's unsaved ones."""
    if not lookups or getattr(page, "_decnet_read", False):
        return
    if page.pk and not getattr(request, "is_preview", False):
        prefetch_related_objects([page], *lookups)
        page._decnet_read = True


def ordered_rows(page: Page, name: str, *select: str) -> list:
    """The rows of the page's child relation ``name`` in the editor's order, with ``select`` along: the
    prefetched ones (``prefetch_for_reading``) when there are, else one query."""
    manager = getattr(page, name)
    if name in getattr(page, "_prefetched_objects_cache", {}):
        return list(manager.all())
    return list(manager.select_related(*select).order_by("sort_order", "pk"))


class ContentPage(PageContract):
    """A page type readers search, filter, list and follow in feeds (blog post, knowledge product, term…).

    Class attributes to declare:

    - ``search_type`` / ``search_type_label``: the result type code (the API's ``type``) and its label.
    - ``listing_date_field``: the date field readers sort and filter by (None: first publication).
    - ``facet_paths``: facet name -> ORM path of the facet's value codes on this model (e.g.
      ``{"topic": "topics__slug"}``). The "type" and "year" facets need no path: they come from
      ``search_type`` and the listing date. Each facet is indexed as ``index.FilterField("facet_<name>")``,
      added to ``search_fields`` automatically (see :meth:`__init_subclass__`).
    - ``og_type``: "article" by default.
    """

    search_type: ClassVar[str]
    search_type_label: ClassVar[Any]
    listing_date_field: ClassVar[str | None] = None
    facet_paths: ClassVar[dict[str, str]] = {}
    og_type: ClassVar[str] = "article"
    # Topic and country hubs (wayfinding.hubs): the heading of this type's section, its place (lower first),
    # and whether its items read best as a compact list (title and summary, no image) rather than cards.
    hub_heading: ClassVar[Any] = ""
    hub_order: ClassVar[int] = 50
    hub_compact: ClassVar[bool] = False

    @property
    def card_label(self) -> str:
        return str(self.search_type_label)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if not issubclass(cls, Page) or cls._meta.abstract:
            return
        names = ["type", "year", *cls.facet_paths]
        for name in names:
            attribute = f"facet_{name}"
            if attribute not in cls.__dict__:
                setattr(cls, attribute, property(lambda self, name=name: self.facet_values(name)))
        existing = {getattr(field, "field_name", None) for field in cls.search_fields}
        cls.search_fields = list(cls.search_fields) + [
            index.FilterField(f"facet_{name}") for name in names if f"facet_{name}" not in existing
        ]

    # -- what listings, feeds and search results show -------------------------------------------------

    @property
    def listing_date(self) -> datetime.date | None:
        """The date readers see, sort and filter by."""
        if self.listing_date_field:
            return getattr(self, self.listing_date_field)
        published = getattr(self, "first_published_at", None)
        return published.date() if published else None

    # -- cards, hubs and related items --------------------------------------------------------------------

    @classmethod
    def with_card_data(cls, pages: QuerySet) -> QuerySet:
        """``pages`` with what a card (templates/components/content_card.html) reads fetched in bulk, so a
        list of cards costs the same queries for 3 items or 30."""
        return pages.prefetch_related(*(name for name in ("topics", "countries") if hasattr(cls, name)))

    @classmethod
    def hub_listing(cls, locale_id: int) -> Page | None:
        """The page of the language that lists this type and takes the facets' parameters (``?topic=…``),
        when it is not one of the listing sections (``listing_sections``, which the hubs look in first):
        a hub's "See all" leads there. None: no such page."""
        return None

    @classmethod
    def hub_lead(cls, facet_name: str) -> Q | None:
        """A filter on this model for the pages that come first on the hub of one of their ``facet_name``
        values (a country's intergovernmental profile on the country's hub), or None."""
        return None

    # -- the definition card -----------------------------------------------------------------------------

    @classmethod
    def exact_names(cls, pages: QuerySet) -> Iterable[tuple[int, int, str]]:
        """(page id, rank, name) rows: a query equal to ``name`` raises the page's definition card; a lower
        rank wins (e.g. 0 the term itself, 1 its abbreviation, 2 a synonym). Most page types raise none.
        Ranks 0 (in any case) and 1 (exactly) are also linked where other pages' bodies mention them
        (decnet.terms)."""
        return ()

    def definition_card(self) -> dict[str, str] | None:
        """``term``, ``abbreviation`` and ``definition`` (plain text) for the card, or None."""
        return None

    # -- classification and facets -----------------------------------------------------------------------

    def classification(self) -> dict[str, list]:
        """Taxonomy rows for the page's footer, feeds and JSON-LD: ``topics``, ``countries``, ``regions``."""
        topics = list(self.topics.all()) if hasattr(self, "topics") else []
        countries = list(self.countries.all()) if hasattr(self, "countries") else []
        regions = {country.region_id: country.region for country in countries}
        return {"topics": topics, "countries": countries, "regions": list(regions.values())}

    def facet_values(self, name: str) -> list[str]:
        """The value codes of one facet for this page (what ``facet_<name>`` indexes)."""
        if name == "type":
            return [self.search_type]
        if name == "year":
            date = self.listing_date
            return [f"{date.year:04d}"] if date else []
        path = self.facet_paths.get(name)
        if path is None or self.pk is None:
            return []
        expression = F(path) if isinstance(path, str) else path
        rows = type(self).objects.filter(pk=self.pk).annotate(_facet_value=expression)
        values = rows.values_list("_facet_value", flat=True)
        return sorted({str(value) for value in values if value is not None})


def content_models() -> list[type[Page]]:
    """Every installed page model that implements :class:`ContentPage`, in a stable order."""
    return sorted(
        (model for model in get_page_models() if issubclass(model, ContentPage)),
        key=lambda model: model._meta.label,
    )


def type_labels() -> dict[str, Any]:
    """Result type code -> label, for every content page type, then "page" for every other page."""
    labels = {model.search_type: model.search_type_label for model in content_models()}
    labels.setdefault(OTHER_PAGE_TYPE, OTHER_PAGE_LABEL)
    return labels


def listing_sections() -> list[type[Page]]:
    """The section page models (``catalogue.listing.FilteredListingPage``) the content apps register with the
    ``decnet_listing_sections`` hook, in hook order: their feeds are advertised on every page, their newest
    items shown on the home page and their pages listed on the hubs."""
    return [section() for section in hooks.get_hooks("decnet_listing_sections")]
