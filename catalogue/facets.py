"""The one facet layer: search, the search API, the blog index and the library filter and count through it.

A :class:`Facet` is declared once: its query parameter, its one validator, where its values come from (the
page's ``facet_paths`` entry, see decnet.content), how a value is labelled in the reader's language, and
whether readers may choose one value or several. Every user applies one rule:

    a value's count is the number of results that choosing it gives, with the other facets' choices applied.

Flow: the pages in play (a listing's pages, or the ids a search matched) -> :func:`facts_for_queryset` /
:func:`facts_for_ids` read, with a fixed number of queries per page model, each page's type, date, title and
facet values -> :func:`passes` filters, :func:`count` counts (in one pass over the facts) ->
:func:`facet_groups` labels and orders the values for the one template tag that shows them
(``facet_fieldsets``) and :func:`counts_by_param` shapes them for the API.

Engine-side counting (OpenSearch aggregations over the indexed ``facet_<name>`` filter fields, SQL GROUP BY
over a matching subquery) plugs in at :func:`count`: it takes and returns plain data.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Model, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from decnet import fragments
from decnet.content import OTHER_PAGE_TYPE, content_models, type_labels
from decnet.models.taxonomy import Country, Person, Region, Topic

CHUNK = 1000
MAX_VALUES = 20

Labeller = Callable[[set[str], int | None], Mapping[str, str]]
Selection = dict[str, list[str]]


# -- declarations ------------------------------------------------------------------------------------------


def pattern_validator(pattern: str, *, upper: bool = False, lower: bool = False) -> Callable[[str], str]:
    """A validator accepting values that fully match ``pattern`` (after trimming), normalised in case."""
    compiled = re.compile(pattern)

    def validate(value: str) -> str:
        value = value.strip()
        if not compiled.fullmatch(value):
            raise ValueError(f"must match {pattern}")
        return value.upper() if upper else value.lower() if lower else value

    validate.json_schema = lambda: {"pattern": rf"^\s*(?:{pattern})\s*$"}  # type: ignore[attr-defined]
    return validate


def choice_validator(choices: Callable[[], Iterable[str]]) -> Callable[[str], str]:
    """A validator accepting one of ``choices()`` (compared in lower case)."""

    def validate(value: str) -> str:
        value = value.strip().lower()
        allowed = list(choices())
        if value not in allowed:
            raise ValueError(f"must be one of: {', '.join(allowed)}")
        return value

    validate.json_schema = lambda: {"enum": list(choices())}  # type: ignore[attr-defined]
    return validate


def taxonomy_labels(model: type[Model], key: str, *, upper: bool = False) -> Labeller:
    """Names of taxonomy rows by slug or code, in the given locale when translated, else in any locale."""

    def every_name() -> list[tuple[str, str, int]]:
        return list(model.objects.order_by("pk").values_list(key, "name", "locale_id"))

    def label(values: set[str], locale_id: int | None) -> dict[str, str]:
        if not values:
            return {}
        wanted = {value.lower() for value in values} | values if upper else values
        # The whole (small) table, kept until the next change (decnet.fragments): names on every listing,
        # hub and search page without a query.
        table = fragments.shared("taxonomy names", every_name, model._meta.label, key)
        rows = [row for row in table if row[0] in wanted]
        names: dict[str, str] = {}
        for value, name, _locale in sorted(rows, key=lambda row: row[2] != locale_id):
            names.setdefault(value.upper() if upper else value, name)
        return names

    return label


def fixed_labels(labels: Callable[[], Mapping[str, Any]]) -> Labeller:
    """Labels from a fixed table (translated lazily): result types, file languages."""
    return lambda values, locale_id: {value: str(name) for value, name in labels().items()}


@dataclass(frozen=True, eq=False)
class Facet:
    """One facet, declared once; see the module docstring.

    ``order``: "count" (most results first, then by label), "newest" (values descending: years) or
    "declared" (the labeller's order: result types, file languages).
    """

    name: str
    legend: Any
    validate: Callable[[str], str]
    labels: Labeller = fixed_labels(dict)
    param: str = ""
    multi: bool = True
    order: str = "count"
    max_values: int = MAX_VALUES

    @property
    def parameter(self) -> str:
        return self.param or self.name

    @property
    def index_field(self) -> str:
        """The indexed filter field (``index.FilterField``) every content page carries for this facet."""
        return f"facet_{self.name}"

    def value_schema(self) -> dict[str, Any]:
        """What the validator accepts, as JSON schema keywords (a pattern, or the choices): the API's OpenAPI
        document describes each facet parameter with it."""
        describe = getattr(self.validate, "json_schema", None)
        return describe() if describe else {}

    def expression(self, model: type[Model]):
        """The ORM expression of this facet's value codes on ``model``, or None when it has none."""
        path = getattr(model, "facet_paths", {}).get(self.name)
        return F(path) if isinstance(path, str) else path

    def clean(self, raw: Sequence[str]) -> tuple[list[str], bool]:
        """Valid values among ``raw`` (empty strings mean "no filter"), and whether any was invalid."""
        values: list[str] = []
        malformed = False
        for item in raw:
            if not isinstance(item, str) or not item.strip():
                continue
            try:
                value = self.validate(item)
            except ValueError:
                malformed = True
                continue
            if value not in values:
                values.append(value)
        limit = self.max_values if self.multi else 1
        if len(values) > limit:
            malformed, values = True, values[:limit]
        return values, malformed


TYPE = Facet(
    "type",
    _("Type"),
    choice_validator(lambda: type_labels()),
    labels=fixed_labels(type_labels),
    order="declared",
    max_values=8,
)
TOPIC = Facet("topic", _("Topic"), pattern_validator(r"[-\w]{1,150}"), labels=taxonomy_labels(Topic, "slug"))
COUNTRY = Facet(
    "country",
    _("Country"),
    pattern_validator(r"[A-Za-z]{2}", upper=True),
    labels=taxonomy_labels(Country, "code", upper=True),
)
REGION = Facet(
    "region",
    _("Region"),
    pattern_validator(r"[-\w]{1,150}"),
    labels=taxonomy_labels(Region, "slug"),
    multi=False,
)
YEAR = Facet("year", _("Year"), pattern_validator(r"(?!0000)[0-9]{4}"), multi=False, order="newest")
AUTHOR = Facet(
    "author", _("Author"), pattern_validator(r"[-\w]{1,150}"), labels=taxonomy_labels(Person, "slug")
)


def read_selection(query: Any, facets: Sequence[Facet]) -> tuple[Selection, bool]:
    """The chosen values of each facet from a QueryDict (or mapping), and whether any value was invalid."""
    selection: Selection = {}
    malformed = False
    for facet in facets:
        if hasattr(query, "getlist"):
            raw = query.getlist(facet.parameter)
        else:
            value = query.get(facet.parameter) if hasattr(query, "get") else None
            raw = value if isinstance(value, list | tuple) else [value] if value is not None else []
        values, bad = facet.clean(raw)
        malformed = malformed or bad
        if values:
            selection[facet.name] = values
    return selection, malformed


# -- facts: what filtering, counting and ordering need to know about each page -----------------------------


@dataclass(slots=True)
class Fact:
    type: str
    date: datetime.date | None
    title: str = ""
    locale_id: int = 0
    values: dict[str, frozenset[str]] = field(default_factory=dict)

    def of(self, name: str) -> frozenset[str] | tuple[str, ...]:
        if name == "type":
            return (self.type,)
        if name == "year":
            return (f"{self.date.year:04d}",) if self.date else ()
        return self.values.get(name, frozenset())


Facts = dict[int, Fact]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _read_values(model: type[Model], pages: QuerySet, facets: Iterable[Facet], facts: Facts) -> None:
    """Each facet's values for the pages of one model (one query per facet that has a path on the model)."""
    date_field = getattr(model, "listing_date_field", None)
    if date_field:
        for pk, day in pages.order_by().values_list("pk", date_field):
            if pk in facts:
                facts[pk].date = day
    for facet in facets:
        expression = facet.expression(model)
        if expression is None:
            continue
        rows = pages.order_by().annotate(_facet_value=expression).values_list("pk", "_facet_value")
        collected: dict[int, set[str]] = {}
        for pk, value in rows:
            if value is not None and pk in facts:
                collected.setdefault(pk, set()).add(str(value))
        for pk, values in collected.items():
            facts[pk].values[facet.name] = frozenset(values)


def facts_for_queryset(model: type[Page], pages: QuerySet, facets: Iterable[Facet]) -> Facts:
    """Facts of every page of ``pages`` (a queryset of one content model): 1 + one query per facet."""
    facts: Facts = {
        pk: Fact(model.search_type, published.date() if published else None, title, locale_id)
        for pk, published, title, locale_id in pages.order_by().values_list(
            "pk", "first_published_at", "title", "locale_id"
        )
    }
    _read_values(model, pages, facets, facts)
    return facts


def _page_facts(ids: Sequence[int], *, dated: bool) -> tuple[Facts, dict[type[Page], list[int]]]:
    """Each page's type, title and language, whatever its type (with ``dated``, the day it was first
    published too), and the content pages' ids by model: one query per 1,000 pages."""
    by_content_type = {ContentType.objects.get_for_model(model).pk: model for model in content_models()}
    columns = ["pk", "content_type_id", "title", "locale_id", *(["first_published_at"] if dated else [])]
    facts: Facts = {}
    by_model: dict[type[Page], list[int]] = {}
    for chunk in _chunks(list(ids)):
        rows = Page.objects.filter(pk__in=chunk).values_list(*columns)
        for pk, content_type_id, title, locale_id, *published in rows:
            model = by_content_type.get(content_type_id)
            kind = model.search_type if model is not None else OTHER_PAGE_TYPE
            day = published[0].date() if published and published[0] else None
            facts[pk] = Fact(kind, day, title, locale_id)
            if model is not None:
                by_model.setdefault(model, []).append(pk)
    return facts, by_model


def facts_for_ids(ids: list[int], facets: Iterable[Facet]) -> Facts:
    """Facts of the given pages, whatever their types (a few queries per 1,000 pages and page model; during
    a request, kept per page until the next publish: decnet.fragments.shared_many)."""
    facets = list(facets)

    def read(missing: list[int]) -> Facts:
        facts, by_model = _page_facts(missing, dated=True)
        for model, model_ids in by_model.items():
            for chunk in _chunks(model_ids):
                _read_values(model, model.objects.filter(pk__in=chunk), facets, facts)
        return facts

    return fragments.shared_many("page facts", ids, read, *(facet.name for facet in facets))


def brief_facts(ids: Sequence[int]) -> Facts:
    """The type, title and language of a few pages, in one query (no date, no facet value): what the
    relevance order, the definition card and the other languages' totals read. Kept as facts_for_ids."""
    return fragments.shared_many(
        "brief page facts", ids, lambda missing: _page_facts(missing, dated=False)[0]
    )


# -- the one rule -------------------------------------------------------------------------------------------


def passes(fact: Fact, selection: Selection, ignore: str | None = None) -> bool:
    """Whether a page has, for every facet with a choice (but ``ignore``), one of the chosen values."""
    for name, wanted in selection.items():
        if wanted and name != ignore and set(wanted).isdisjoint(fact.of(name)):
            return False
    return True


def count(ids: Iterable[int], facts: Facts, facets: Sequence[Facet], selection: Selection) -> dict:
    """facet name -> value -> number of pages choosing that value gives, with the other facets applied."""
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in facets}
    for pk in ids:
        fact = facts[pk]
        for facet in facets:
            if passes(fact, selection, ignore=facet.name):
                bucket = counts[facet.name]
                for value in fact.of(facet.name):
                    bucket[value] = bucket.get(value, 0) + 1
    return counts


@dataclass
class FacetBucket:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    """One facet as the include shows it: legend, parameter, single or multi select, and its values."""

    facet: Facet
    buckets: list[FacetBucket]

    @property
    def name(self) -> str:
        return self.facet.name

    @property
    def parameter(self) -> str:
        return self.facet.parameter

    @property
    def legend(self) -> Any:
        return self.facet.legend

    @property
    def multi(self) -> bool:
        return self.facet.multi

    @property
    def any_selected(self) -> bool:
        return any(bucket.selected for bucket in self.buckets)


def facet_groups(
    facets: Sequence[Facet], counts: dict, selection: Selection, locale_id: int | None
) -> list[FacetGroup]:
    """Every facet's values (chosen values always included, with their count), labelled and ordered."""
    groups = []
    for facet in facets:
        chosen = selection.get(facet.name, [])
        values = dict(counts.get(facet.name, {}))
        for value in chosen:
            values.setdefault(value, 0)
        labels = facet.labels(set(values), locale_id)
        if facet.order == "declared":
            position = {value: index for index, value in enumerate(labels)}
            order = sorted(values, key=lambda value: (position.get(value, len(position)), value))
        elif facet.order == "newest":
            order = sorted(values, reverse=True)
        else:
            order = sorted(values, key=lambda value: (-values[value], labels.get(value, value).casefold()))
        buckets = [
            FacetBucket(value, labels.get(value, value), values[value], value in chosen) for value in order
        ]
        groups.append(FacetGroup(facet, buckets))
    return groups


def counts_by_param(groups: Iterable[FacetGroup]) -> dict[str, dict[str, int]]:
    """The API's ``facets`` shape: parameter -> value -> count."""
    return {group.parameter: {bucket.value: bucket.count for bucket in group.buckets} for group in groups}


def labels_by_param(groups: Iterable[FacetGroup]) -> dict[str, dict[str, str]]:
    """The API's ``facet_labels`` shape: parameter -> value -> the value's label in the reader's language."""
    return {
        group.parameter: {bucket.value: str(bucket.label) for bucket in group.buckets} for group in groups
    }
