"""Facet filters, counts and ordering in SQL, for the database search backends (SQLite FTS5, PostgreSQL).

The query layer (``search.query``) hands over the set of results as a lazy page queryset whose SQL embeds
the full-text match (``search.engine_facets.matching_queryset``): nothing here loads its ids. Each facet's
selection becomes a SQL condition on pages, built from the facet declarations (``catalogue.facets``) and
the content contract (``facet_paths``, ``listing_date_field``, ``search_type``), so a new facet or page
type needs no edit here. Counts keep the facet layer's one rule (a value's count is the number of results
choosing it gives, with the other facets' selections applied): the pages' facet values are rows of the
database index (``search.facet_rows``), and one ``GROUP BY`` of them per set of selections, joined by
``UNION ALL``, counts every facet in one query, however many pages match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, TruncDate
from wagtail.models import Page

from catalogue.facets import Facet, Selection
from decnet.content import OTHER_PAGE_TYPE, ContentPage, content_models
from search import engine_facets
from search.facet_rows import TYPE_FACET, YEAR_FACET, date_path
from search.models import FacetValue
from search.text import fold_words
from traffic.generation import in_process


class _Day(TruncDate):
    """The day of a date-time; on SQLite with SQLite's ``date`` (no Python call per row), as
    ``search.facet_rows.Year``."""

    def as_sqlite(self, compiler, connection, **extra_context):
        if self.get_tzname() != "UTC":
            return self.as_sql(compiler, connection)
        sql, params = compiler.compile(self.lhs)
        return f"date({sql})", params


def _content_types() -> dict[type[Page], int]:
    return {model: ContentType.objects.get_for_model(model).pk for model in content_models()}


def _other_pages() -> Q:
    """Pages that are not content pages (home, standard pages, sections): their type is "page"."""
    return ~Q(content_type_id__in=list(_content_types().values()))


def condition(facet: Facet, values: Sequence[str]) -> Q:
    """The pages having one of ``values`` for ``facet``, as a condition on ``Page``."""
    if facet.name == TYPE_FACET:
        types = _content_types()
        chosen = Q(content_type_id__in=[pk for model, pk in types.items() if model.search_type in values])
        return chosen | _other_pages() if OTHER_PAGE_TYPE in values else chosen
    result = Q(pk__in=[])
    if facet.name == YEAR_FACET:
        years = [int(value) for value in values]
        for model in content_models():
            lookup = {f"{date_path(model)}__year__in": years}
            result |= Q(pk__in=model.objects.filter(**lookup).values("pk"))
        return result | (_other_pages() & Q(first_published_at__year__in=years))
    for model in content_models():
        expression = facet.expression(model)
        if expression is not None:
            chosen = model.objects.annotate(_facet_value=expression).filter(_facet_value__in=list(values))
            result |= Q(pk__in=chosen.values("pk"))
    return result


def conditions(facets: Sequence[Facet], selection: Selection) -> dict[str, Q]:
    """facet name -> its selection's condition, for the facets with a selection."""
    return {
        facet.name: condition(facet, selection[facet.name]) for facet in facets if selection.get(facet.name)
    }


def _grouped(pages: QuerySet, label: str, value) -> QuerySet:
    """(label, value as text, pages) rows: ``pages`` grouped by ``value``, a part of the counts' UNION ALL."""
    return (
        pages.order_by()
        .annotate(_facet=Value(label, output_field=CharField()), _value=Cast(value, CharField()))
        .exclude(_value=None)
        .values("_facet", "_value")
        .annotate(n=Count("pk", distinct=True))
        .values_list("_facet", "_value", "n")
    )


# The name the counting query gives the matching set (a WITH … AS MATERIALIZED common table expression);
# the matching set narrowed by some of the selections is named after it (``decnet_matched_1``…).
MATCHED = "decnet_matched"
TOTAL, EXACT = "__total__", "__exact__"


def _ids_in(name: str) -> RawSQL:
    return RawSQL(f"SELECT page_id FROM {name}", [])  # noqa: S611 - a name of this module's own


@lru_cache(maxsize=512)
def _counting_union(
    alias: str, facets: tuple[str, ...], chosen: frozenset[str]
) -> tuple[str, tuple, tuple[frozenset[str], ...]]:
    """The counts' UNION ALL (the total, then one GROUP BY of the facet rows, ``search.facet_rows``, per set
    of selections the facets read) as SQL and parameters, and the sets of selections it reads, in the order
    their common table expressions are numbered. Its shape depends only on the database, the facets and
    which of them have a selection, never on the words or the values chosen: it is built once per shape."""
    narrowed: list[frozenset[str]] = [frozenset()]  # the matching set itself first

    def ids_passing(names: frozenset[str]) -> RawSQL:
        if names not in narrowed:
            narrowed.append(names)
        return _ids_in(_narrowed_name(narrowed.index(names)))

    ids_passing(chosen)  # the total's set
    total = f"SELECT %s, %s, COUNT(DISTINCT page_id) FROM {_narrowed_name(narrowed.index(chosen))}"
    readers: dict[frozenset[str], list[str]] = {}  # a set of selections -> the facets counted over it
    for name in facets:
        readers.setdefault(chosen.difference({name}), []).append(name)
    parts = [
        FacetValue.objects.filter(page_id__in=ids_passing(names), facet__in=counted)
        .order_by()
        .values("facet", "value")
        .annotate(n=Count("*"))
        .values_list("facet", "value", "n")
        for names, counted in readers.items()
    ]
    if not parts:
        return total, (TOTAL, "all"), tuple(narrowed)
    sql, params = parts[0].union(*parts[1:], all=True).query.get_compiler(using=alias).as_sql()
    return f"{total} UNION ALL {sql}", (TOTAL, "all", *params), tuple(narrowed)


def _narrowed_name(index: int) -> str:
    """The name of the ``index``-th set of selections' common table expression (0: the matching set)."""
    return f"{MATCHED}_{index}" if index else MATCHED


def totals_and_counts(
    results: QuerySet, facets: Sequence[Facet], chosen: Mapping[str, Q], exact_title: str = ""
) -> tuple[int, dict[str, dict[str, int]], list[int]]:
    """The number of ``results`` passing every selection, every facet's counts over ``results`` with the
    other facets' selections applied, and the ids of the kept results titled exactly ``exact_title`` (case
    aside), in **one SQL query**: ``results`` (the full-text match, the visibility rules) is computed once as
    a materialized common table expression, and so is each set of selections some count applies (all of
    them; all but one facet's), so no selection is applied twice; the facet rows of each set's pages are
    grouped by facet and value, all joined by UNION ALL. No id passes through Python but the few exact
    titles."""
    alias = results.db
    union_sql, union_params, sets = _counting_union(
        alias, tuple(facet.name for facet in facets), frozenset(chosen)
    )
    union_params = [*union_params]
    if exact_title:
        kept = Page.objects.filter(pk__in=_ids_in(_narrowed_name(sets.index(frozenset(chosen)))))
        exact_part = _grouped(kept.filter(title__iexact=exact_title), EXACT, F("pk"))
        sql, more = exact_part.query.get_compiler(using=alias).as_sql()
        union_sql = f"{union_sql} UNION ALL {sql}"
        union_params.extend(more)
    match_sql, match_params = results.order_by().values("pk").query.get_compiler(using=alias).as_sql()
    tables, params = [f"{MATCHED}(page_id) AS MATERIALIZED ({match_sql})"], [*match_params]
    for index, names in enumerate(sets):
        if names:
            passing = Page.objects.filter(pk__in=_ids_in(MATCHED)).filter(
                *(chosen[one] for one in sorted(names))
            )
            sql, more = passing.order_by().values("pk").query.get_compiler(using=alias).as_sql()
            tables.append(f"{_narrowed_name(index)}(page_id) AS MATERIALIZED ({sql})")
            params.extend(more)
    with connections[alias].cursor() as cursor:
        cursor.execute(f"WITH {', '.join(tables)} {union_sql}", (*params, *union_params))
        rows = cursor.fetchall()
    total, exact = 0, []
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in facets}
    for name, value, number in rows:
        if name == TOTAL:
            total = number
            continue
        if name == EXACT:
            exact.append(int(value))
            continue
        if name == YEAR_FACET:
            value = f"{int(value):04d}"
        counts[name][value] = counts[name].get(value, 0) + number
    return total, counts, sorted(exact)


def newest_first(pages: QuerySet) -> QuerySet:
    """``pages`` ordered as "newest" orders results: by listing date (a content model's own date field, the
    day of first publication otherwise), pages with no date last, then highest id first."""
    whens = [
        When(content_type_id=pk, then=F(f"{model._meta.model_name}__{model.listing_date_field}"))
        for model, pk in _content_types().items()
        if getattr(model, "listing_date_field", None)
    ]
    day = Case(*whens, default=_Day("first_published_at"), output_field=DateField())
    return pages.annotate(_listed=day).order_by(F("_listed").desc(nulls_last=True), "-pk")


def relevance_page(
    query: str,
    pages: QuerySet,
    first: list[int],
    start: int,
    stop: int,
    language: str | None = None,
    base: QuerySet | None = None,
) -> list[int]:
    """One page of the relevance order of the ``pages`` that match ``query`` (the ranked query applies the
    match), after the pages that go ``first`` (promoted, exact title, card): the results whose title matches
    every word (a full-text match on titles: the words the engines match), then the rest, each group in the
    backend's relevance order; one ranked ``LIMIT`` query with the title group as its leading key
    (``search.backends.leading``), never a list of the matches."""
    # The title match over ``base`` (the searched pages, when given) rather than ``pages``: the ranked query
    # keeps only ``pages`` anyway, and the SQL nests one selection fewer.
    in_titles = engine_facets.matching_queryset(
        query, pages if base is None else base, fields=["title"], language=language
    ).values("pk")
    page = first[start:stop]
    wanted = stop - start - len(page)
    if wanted > 0:
        offset = max(0, start - len(first))
        rest = pages.exclude(pk__in=first)
        page += engine_facets.ranked_ids(query, rest, offset, wanted, language, first=in_titles)
    return page


def card_models() -> list[type[ContentPage]]:
    """The page types that raise a definition card: those that name pages (``ContentPage.exact_names``)."""
    return [
        model
        for model in content_models()
        if model.exact_names.__func__ is not ContentPage.exact_names.__func__
    ]


# The folded form of a name, kept across generations: a publish reads every name again (thousands on a large
# site), and folding them anew was most of that.
_folded_name = lru_cache(maxsize=65536)(fold_words)


def _read_card_names() -> frozenset[str]:
    names: set[str] = set()
    for model in card_models():
        names.update(_folded_name(name) for _pk, _rank, name in model.exact_names(model.objects.all()))
    return frozenset(names)


def may_name_a_page(folded_query: str) -> bool:
    """Whether some page of any language, live or not, is named ``folded_query`` (folded as the card compares
    names): most queries name none, and then no card query runs. The names are read once per generation
    (a publish, an unpublish or a deletion starts a new one) and kept in each worker's memory."""
    return bool(folded_query) and folded_query in in_process("search.card-names", _read_card_names)


def card_page_id(folded_query: str, query: str, base: QuerySet, language: str | None = None) -> int | None:
    """The page whose exact name is the query (``ContentPage.exact_names``; lower rank first, then the
    relevance order), among the matching pages of the page types that raise a definition card; none for a
    query that folds to nothing (no name is empty) or that names no page at all."""
    if not may_name_a_page(folded_query):
        return None
    found: list[tuple[int, int]] = []
    for model in card_models():
        # The model's own matches, read from its own index entries (not every page's, then narrowed).
        pages = engine_facets.matching_queryset(
            query, model.objects.filter(pk__in=base.values("pk")), language=language
        )
        found.extend(
            (rank, pk) for pk, rank, name in model.exact_names(pages) if fold_words(name) == folded_query
        )
    if not found:
        return None
    best_rank = min(rank for rank, _pk in found)
    tied = sorted({pk for rank, pk in found if rank == best_rank})
    if len(tied) > 1:
        tied = engine_facets.ranked_ids(query, base.filter(pk__in=tied), 0, len(tied), language) or tied
    return tied[0]
