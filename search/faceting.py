"""Facet filters, counts and ordering in SQL, for the database search backends (SQLite FTS5, PostgreSQL).

The query layer (``search.query``) hands over the set of results as a lazy page queryset whose SQL embeds
the full-text match (``search.engine_facets.matching_queryset``): nothing here loads its ids. Each facet's
selection becomes a SQL condition on pages, built from the facet declarations (``catalogue.facets``) and
the content contract (``facet_paths``, ``listing_date_field``, ``search_type``), so a new facet or page
type needs no edit here. Counts keep the facet layer's one rule (a value's count is the number of results
choosing it gives, with the other facets' selections applied): one ``GROUP BY`` per facet and page model,
a fixed number of queries however many pages match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, DateField, F, Q, QuerySet, When
from django.db.models.functions import ExtractYear, TruncDate
from wagtail.models import Page

from catalogue.facets import Facet, Selection
from decnet.content import OTHER_PAGE_TYPE, ContentPage, content_models
from search import engine_facets
from search.text import fold_words

TYPE_FACET = "type"
YEAR_FACET = "year"


def _content_types() -> dict[type[Page], int]:
    return {model: ContentType.objects.get_for_model(model).pk for model in content_models()}


def _other_pages() -> Q:
    """Pages that are not content pages (home, standard pages, sections): their type is "page"."""
    return ~Q(content_type_id__in=list(_content_types().values()))


def _date_path(model: type[Page]) -> str:
    """The field a content model's listing date (and so its year) is read from."""
    return getattr(model, "listing_date_field", None) or "first_published_at"


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
            lookup = {f"{_date_path(model)}__year__in": years}
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


def _count_rows(rows) -> dict[str, int]:
    return {str(value): number for value, number in rows if value is not None}


def _add(into: dict[str, int], more: Mapping[str, int]) -> None:
    for value, number in more.items():
        into[value] = into.get(value, 0) + number


def facet_counts(pages: QuerySet, facet: Facet) -> dict[str, int]:
    """value -> how many of ``pages`` (a page queryset, used as a subquery) have it: one GROUP BY per page
    model declaring the facet."""
    counts: dict[str, int] = {}
    if facet.name == TYPE_FACET:
        type_of = {pk: model.search_type for model, pk in _content_types().items()}
        rows = (
            pages.order_by()
            .values("content_type_id")
            .annotate(n=Count("pk"))
            .values_list("content_type_id", "n")
        )
        for content_type_id, number in rows:
            _add(counts, {type_of.get(content_type_id, OTHER_PAGE_TYPE): number})
        return counts
    subquery = pages.order_by().values("pk")
    if facet.name == YEAR_FACET:
        for model in content_models():
            rows = (
                model.objects.filter(pk__in=subquery)
                .order_by()
                .annotate(_year=ExtractYear(_date_path(model)))
                .values("_year")
                .annotate(n=Count("pk"))
                .values_list("_year", "n")
            )
            _add(counts, {f"{year:04d}": n for year, n in rows if year is not None})
        rows = (
            pages.filter(_other_pages())
            .order_by()
            .annotate(_year=ExtractYear("first_published_at"))
            .values("_year")
            .annotate(n=Count("pk"))
            .values_list("_year", "n")
        )
        _add(counts, {f"{year:04d}": n for year, n in rows if year is not None})
        return counts
    for model in content_models():
        expression = facet.expression(model)
        if expression is None:
            continue
        rows = (
            model.objects.filter(pk__in=subquery)
            .order_by()
            .annotate(_facet_value=expression)
            .exclude(_facet_value=None)
            .values("_facet_value")
            .annotate(n=Count("pk", distinct=True))
            .values_list("_facet_value", "n")
        )
        _add(counts, _count_rows(rows))
    return counts


def count_all(
    results: QuerySet, facets: Sequence[Facet], chosen: Mapping[str, Q]
) -> dict[str, dict[str, int]]:
    """Every facet's counts over ``results``, each with the other facets' selections applied."""
    return {
        facet.name: facet_counts(
            results.filter(*(q for name, q in chosen.items() if name != facet.name)), facet
        )
        for facet in facets
    }


def newest_first(pages: QuerySet) -> QuerySet:
    """``pages`` ordered as "newest" orders results: by listing date (a content model's own date field, the
    day of first publication otherwise), pages with no date last, then highest id first."""
    whens = [
        When(content_type_id=pk, then=F(f"{model._meta.model_name}__{model.listing_date_field}"))
        for model, pk in _content_types().items()
        if getattr(model, "listing_date_field", None)
    ]
    day = Case(*whens, default=TruncDate("first_published_at"), output_field=DateField())
    return pages.annotate(_listed=day).order_by(F("_listed").desc(nulls_last=True), "-pk")


def relevance_page(
    query: str, kept: QuerySet, first: list[int], start: int, stop: int, language: str | None = None
) -> list[int]:
    """One page of the relevance order after the pages that go ``first`` (promoted, exact title, card):
    the results whose title matches every word (a full-text match on titles: the words the engines match),
    then the rest, each group in the backend's relevance order; ranked ``LIMIT`` queries over subqueries,
    never a list of the matches."""
    in_titles = (
        engine_facets.matching_queryset(query, kept, fields=["title"], language=language)
        .exclude(pk__in=first)
        .values("pk")
    )
    page = first[start:stop]
    position = len(first)
    for group in (kept.filter(pk__in=in_titles), kept.exclude(pk__in=first).exclude(pk__in=in_titles)):
        if len(page) >= stop - start:
            break
        size = group.count()
        offset = max(0, start - position)
        if offset < size:
            page += engine_facets.ranked_ids(query, group, offset, stop - start - len(page), language)
        position += size
    return page


def card_page_id(
    folded_query: str, query: str, matching: QuerySet, base: QuerySet, language: str | None = None
) -> int | None:
    """The page whose exact name is the query (``ContentPage.exact_names``; lower rank first, then the
    relevance order), among the matching pages of the page types that raise a definition card."""
    found: list[tuple[int, int]] = []
    for model in content_models():
        if model.exact_names.__func__ is ContentPage.exact_names.__func__:
            continue
        pages = model.objects.filter(pk__in=matching.values("pk"))
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
