"""Topic and country hubs: one page per topic and per country, in every language the topic or country has.

A hub is a route of the home page (``/<lang>/topics/<slug>/``, ``/<lang>/countries/<code>/``), not a page per
taxonomy item: topics and countries are translatable snippets, and a hub exists wherever the snippet does.
It shows, section by section, the content pages classified under the value (asked through the content
contract, decnet.content: any page type with the facet in its ``facet_paths`` appears, headed by its
``hub_heading``, in ``hub_order``; a type's ``hub_lead`` puts some pages first, e.g. a country's
intergovernmental profile), the sections' feeds of the value, and its language versions for the switcher,
the hreflang links and the sitemap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.db.models import Case, IntegerField, Model, QuerySet, Value, When
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from catalogue import facets
from catalogue.facets import Facet
from decnet import fragments, seo
from decnet.content import content_models, listing_sections
from decnet.models.taxonomy import Country, Topic
from multilingual import i18n
from traffic.visibility import public

# Items shown per section of a hub; "all N" links to the section's listing filtered on the value.
HUB_ITEMS = 12
# Cards a phone shows per section (the others are hidden by the style sheet, and "See all N" links to the
# listing), so that a long hub stays a few screens long at 390 px (static/css/site.css, ".hub-cards").
HUB_PHONE_ITEMS = 3


@dataclass(frozen=True)
class HubKind:
    """Topics or countries: the facet, the snippet model and field that hold the value, the URL segment."""

    facet: Facet
    model: type[Model]
    field: str
    segment: str
    heading: Any
    intro: Any

    @property
    def name(self) -> str:
        return self.facet.name

    def clean(self, raw: object) -> str | None:
        """The value named by a URL segment (a slug, an upper-case ISO code), or None if it cannot be one."""
        if not isinstance(raw, str) or len(raw) > 200:
            return None
        try:
            return self.facet.validate(raw)
        except ValueError:
            return None

    def url_value(self, value: str) -> str:
        """The value as it appears in URLs: slugs as they are, country codes in lower case."""
        return value.lower() if self.model is Country else value

    def path(self, value: str) -> str:
        """The hub's path below the home page, e.g. ``topics/fiscal-decentralization/``."""
        return f"{self.segment}/{quote(self.url_value(value))}/"

    def items(self, locale_id: int) -> QuerySet:
        return self.model.objects.filter(locale_id=locale_id).order_by("name", "pk")


TOPIC_HUB = HubKind(
    facets.TOPIC,
    Topic,
    "slug",
    "topics",
    _("Topics"),
    _("Posts, knowledge products and glossary terms on each topic."),
)
COUNTRY_HUB = HubKind(
    facets.COUNTRY,
    Country,
    "code",
    "countries",
    _("Countries"),
    _("Country profiles, posts and knowledge products on each country."),
)
HUB_KINDS = {kind.name: kind for kind in (TOPIC_HUB, COUNTRY_HUB)}


@dataclass
class HubSection:
    """One content type's items on a hub."""

    heading: Any
    items: list[Page]
    total: int
    more_url: str = ""
    compact: bool = False  # items as a list of names and summaries (ContentPage.hub_compact), not cards

    @property
    def more_on_phones_only(self) -> bool:
        """Every item is on the page, but a phone shows only the first ``HUB_PHONE_ITEMS`` cards."""
        return len(self.items) >= self.total


@dataclass
class Hub:
    kind: HubKind
    item: Model
    value: str
    url: str
    sections: list[HubSection] = field(default_factory=list)
    feeds: list[dict[str, str]] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.item.name

    @property
    def total(self) -> int:
        return sum(section.total for section in self.sections)

    @property
    def description(self) -> str:
        """The meta description: the topic's own description, else a sentence naming it."""
        own = " ".join(str(getattr(self.item, "description", "") or "").split())
        if own:
            return own
        return gettext(
            "Knowledge products, posts and glossary terms on %(name)s from Decentralization.Net."
        ) % {"name": self.item.name}

    def structured_data(self, request: HttpRequest, home: Page, index: str) -> list[dict[str, Any]]:
        """schema.org CollectionPage about the topic or country, and its breadcrumb."""
        url = request.build_absolute_uri(self.url)
        collection = {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "CollectionPage",
            "name": self.title,
            "description": self.description,
            "url": url,
            "inLanguage": home.locale.language_code,
            "publisher": seo.publisher(),
        }
        trail = [
            (home.title, home.get_url(request=request)),
            (str(self.kind.heading), index),
            (self.title, self.url),
        ]
        breadcrumb = {
            "@context": seo.SCHEMA_CONTEXT,
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": name,
                    "item": request.build_absolute_uri(link),
                }
                for position, (name, link) in enumerate(trail, start=1)
            ],
        }
        return [collection, breadcrumb]


def kind_in_path(path: str) -> HubKind | None:
    """The kind of hub a language-prefixed path asks for (``/fr/topics/…``), or None. For the 404 handler:
    a value Wagtail's URL pattern refuses (``<``, ``;``, an emoji…) never reaches the hub's own view."""
    parts = path.split("/")
    if len(parts) < 4 or parts[1] not in dict(settings.LANGUAGES):
        return None
    return next((kind for kind in HUB_KINDS.values() if kind.segment == parts[2]), None)


def find_item(kind: HubKind, raw: object, locale_id: int) -> Model | None:
    """The topic or country a URL segment names in one language, or None (malformed or unknown)."""
    value = kind.clean(raw)
    if value is None:
        return None
    return kind.model.objects.filter(locale_id=locale_id, **{kind.field: value}).first()


def _hub_models(kind: HubKind) -> list[type[Page]]:
    models = [model for model in content_models() if kind.name in model.facet_paths]
    return sorted(models, key=lambda model: (model.hub_order, model._meta.label))


def matching_pages(model: type[Page], kind: HubKind, value: str, locale_id: int) -> QuerySet:
    """Live, public pages of ``model`` in one language classified under ``value``: leads, then newest."""
    expression = kind.facet.expression(model)
    matching = model.objects.annotate(_hub_value=expression).filter(_hub_value=value).values("pk")
    pages = public(model.objects.live()).filter(locale_id=locale_id, pk__in=matching)
    lead = model.hub_lead(kind.name)
    date_field = model.listing_date_field or "first_published_at"
    rank = (
        Case(When(lead, then=Value(0)), default=Value(1), output_field=IntegerField()) if lead else Value(1)
    )
    return pages.annotate(_hub_rank=rank).order_by("_hub_rank", f"-{date_field}", "-pk")


def _sections_in(locale_id: int) -> list[Page]:
    sections = []
    for model in listing_sections():
        section = i18n.without_language_placeholders(
            public(model.objects.live()).filter(locale_id=locale_id)
        ).first()
        if section is not None:
            sections.append(section)
    return sections


def _summary(request: HttpRequest, home: Page, kind: HubKind, value: str) -> tuple[list[tuple], list[dict]]:
    """The hub's sections as plain values (model, heading, total, "see all" link, compact) and its feeds."""
    listings = _sections_in(home.locale_id)
    rows = []
    for model in _hub_models(kind):
        total = matching_pages(model, kind, value, home.locale_id).count()
        if not total:
            continue
        more_url = ""
        section = next((s for s in listings if s.listing_model is model), None)
        if section is None and total > HUB_PHONE_ITEMS:
            section = model.hub_listing(home.locale_id)
        if section is not None and total > HUB_PHONE_ITEMS:
            more_url = f"{section.get_url(request)}?{kind.facet.parameter}={quote(value)}"
        heading = str(model.hub_heading or model._meta.verbose_name_plural)
        rows.append((model._meta.label, heading, total, more_url, model.hub_compact))
    feeds: list[dict[str, str]] = []
    for section in listings if rows else ():
        if kind.name in section.feed_facets:
            feeds.extend(section.advertised_feeds(request, kind.name, value, absolute=False))
    return rows, feeds


def build_hub(request: HttpRequest, home: Page, kind: HubKind, item: Model) -> Hub:
    """The hub: its sections' headings, totals and links and its feeds are kept per generation
    (decnet.fragments); each section's cards are read only when the template's cached fragment of the
    sections is built (issue 18: a hub's queries do not grow with its sections)."""
    value = getattr(item, kind.field)
    hub = Hub(kind, item, value, hub_url(home, kind, value, request))
    rows, feeds = fragments.chrome(
        request, "wayfinding.hub", lambda: _summary(request, home, kind, value), home.pk, kind.name, value
    )
    models = {model._meta.label: model for model in _hub_models(kind)}
    for label, heading, total, more_url, compact in rows:
        # The cards' query is built only with the cards: a hub whose sections' fragment is kept needs neither.
        items = SimpleLazyObject(partial(_first_items, models[label], kind, value, home.locale_id))
        hub.sections.append(HubSection(heading, items, total, more_url, compact))
    hub.feeds.extend(feeds)
    return hub


def _first_items(model: type[Page], kind: HubKind, value: str, locale_id: int) -> list[Page]:
    return list(model.with_card_data(matching_pages(model, kind, value, locale_id))[:HUB_ITEMS])


def hub_url(home: Page, kind: HubKind, value: str, request: HttpRequest | None = None) -> str:
    """The hub's path (under the given home page, i.e. in its language)."""
    base = home.get_url(request=request) or "/"
    return f"{base}{kind.path(value)}"


def index_url(home: Page, kind: HubKind, request: HttpRequest | None = None) -> str:
    """The path of the list of all topics or all countries (under the given home page)."""
    base = home.get_url(request=request) or "/"
    return f"{base}{kind.segment}/"


def _homes(home: Page) -> list[Page]:
    """The live, public home page in every site language (real translations, not placeholders)."""
    codes = [code for code, _name in settings.LANGUAGES]
    homes = i18n.without_language_placeholders(
        public(home.get_translations(inclusive=True).live()).select_related("locale")
    )
    return [page for page in homes if page.locale.language_code in codes]


def hub_language_versions(
    home: Page, kind: HubKind, value: str, request: HttpRequest | None
) -> list[i18n.LanguageVersion]:
    """The hub in every language where the topic or country exists (a language without it is left out: the
    switcher then offers that language's home page and says so). Kept per generation, language, scheme
    and host (decnet.fragments.chrome): it was about a quarter of a hub's CPU."""
    return fragments.chrome(
        request,
        "wayfinding.hub languages",
        lambda: _hub_language_versions(home, kind, value, request),
        home.pk,
        kind.name,
        value,
    )


def _hub_language_versions(
    home: Page, kind: HubKind, value: str, request: HttpRequest | None
) -> list[i18n.LanguageVersion]:
    names = dict(settings.LANGUAGES)
    order = {code: position for position, code in enumerate(names)}
    homes = _homes(home)
    present = set(
        kind.model.objects.filter(
            locale_id__in=[page.locale_id for page in homes], **{kind.field: value}
        ).values_list("locale_id", flat=True)
    )
    active = home.locale.language_code if request is None else get_language()
    versions = []
    for page in homes:
        if page.locale_id not in present:
            continue
        code = page.locale.language_code
        url = hub_url(page, kind, value, request)
        full_url = request.build_absolute_uri(url) if request is not None else url
        versions.append(i18n.LanguageVersion(code, names[code], url, full_url, code == active))
    return sorted(versions, key=lambda version: order[version.code])


@dataclass(frozen=True)
class HubEntry:
    """One hub in one language, for the sitemap."""

    kind: str
    value: str
    code: str
    url: str


def populated_values(kind: HubKind) -> set[tuple[str, int]]:
    """(value, locale id) of every hub with at least one live, public page: one query per content type."""
    found: set[tuple[str, int]] = set()
    for model in _hub_models(kind):
        rows = (
            public(model.objects.live())
            .annotate(_hub_value=kind.facet.expression(model))
            .exclude(_hub_value=None)
            .values_list("_hub_value", "locale_id")
            .distinct()
        )
        found.update((str(value), locale_id) for value, locale_id in rows)
    return found


def sitemap_entries(root: Page, request: HttpRequest | None) -> list[HubEntry]:
    """Every hub with content, in every language, under the site's home page and its translations. Empty
    hubs are left out (and tell search engines not to index them): they would be thin pages."""
    homes = _homes(root)
    by_locale = {page.locale_id: page for page in homes}
    entries = []
    for kind in HUB_KINDS.values():
        populated = populated_values(kind)
        rows = kind.model.objects.filter(locale_id__in=list(by_locale)).values_list(kind.field, "locale_id")
        for value, locale_id in sorted(rows, key=lambda row: (row[0], row[1])):
            if (value, locale_id) not in populated:
                continue
            home = by_locale[locale_id]
            url = hub_url(home, kind, value, request)
            entries.append(HubEntry(kind.name, value, home.locale.language_code, url))
    return entries


def alternates(entries: list[HubEntry]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(kind, value) → [(language code, url)] in the order of settings.LANGUAGES."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for entry in entries:
        grouped[(entry.kind, entry.value)].append((entry.code, entry.url))
    for versions in grouped.values():
        versions.sort(key=lambda version: order[version[0]])
    return grouped
