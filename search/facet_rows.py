"""Each page's facet values as rows of the database index (``search.models.FacetValue``).

An engine keeps a page's facet values in its document (``facet_<name>`` fields, ``decnet.content``) and
counts them with aggregations. The database backends keep them as rows written beside the page's index entry
(their index classes call :func:`write` and :func:`forget`), so a count is one ``GROUP BY`` of these rows
joined to the matching pages (``search.faceting``) instead of a ``GROUP BY`` per facet and page model over
every page's relations: at 10,000 pages the counts of a broad query took 85–104 ms of PostgreSQL's time that
way, 20–25 ms from rows (docs/search-at-scale.md). The values are read as the page declares them
(``search_type``, the listing date, ``facet_paths``), so a new facet or page type needs no edit here. Like an
engine's documents, the rows follow the page's indexing: a publish, a move, an edit of a snippet the page's
values read (``search.related_updates``), ``update_index``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connections
from django.db.models import CharField, DateTimeField, F, Model, QuerySet, Value
from django.db.models.constants import OnConflict
from django.db.models.functions import Cast, ExtractYear
from modelsearch import index
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from decnet.content import OTHER_PAGE_TYPE
from search.models import FacetValue

TYPE_FACET = "type"
YEAR_FACET = "year"


class Year(ExtractYear):
    """The year of a date or date-time. On SQLite, Django reads it with a Python function called once per
    row; SQLite's own ``strftime`` gives the same year for dates, and for date-times stored in UTC when the
    current time zone is UTC."""

    def as_sqlite(self, compiler, connection, **extra_context):
        if isinstance(self.lhs.output_field, DateTimeField) and self.get_tzname() != "UTC":
            return self.as_sql(compiler, connection)
        sql, params = compiler.compile(self.lhs)
        return f"CAST(strftime('%%Y', {sql}) AS INTEGER)", params


def date_path(model: type[Model]) -> str:
    """The field a page model's listing date (and so its year) is read from."""
    return getattr(model, "listing_date_field", None) or "first_published_at"


def _value_rows(model: type[Model], pks: Sequence) -> list[QuerySet]:
    """(page id, facet, value) rows of the pages ``pks`` of ``model``: its result type, the year of its
    listing date and each value of each facet it declares a path for."""
    pages = model._default_manager.filter(pk__in=list(pks)).order_by()

    def rows(name: str, value) -> QuerySet:
        return (
            pages.annotate(_facet=Value(name, output_field=CharField()), _value=Cast(value, CharField()))
            .exclude(_value=None)
            .values_list("pk", "_facet", "_value")
            .distinct()
        )

    parts = [
        rows(TYPE_FACET, Value(getattr(model, "search_type", OTHER_PAGE_TYPE))),
        rows(YEAR_FACET, Year(date_path(model))),
    ]
    for name, path in getattr(model, "facet_paths", {}).items():
        parts.append(rows(name, F(path) if isinstance(path, str) else path))
    return parts


def write(model: type[Model], pks: Iterable, using: str = "default") -> None:
    """Replace the rows of the pages ``pks`` of ``model`` (a page model; other models have none) with their
    values as the database holds them now."""
    pks = list(pks)
    if not pks or not issubclass(model, Page):
        return
    forget(model, pks, using)
    parts = _value_rows(model, pks)
    sql, params = parts[0].union(*parts[1:], all=True).query.get_compiler(using=using).as_sql()
    ops = connections[using].ops
    table = ops.quote_name(FacetValue._meta.db_table)
    columns = ", ".join(ops.quote_name(name) for name in ("page_id", "facet", "value"))
    # Two saves of one page committing at once each remove the rows they see and insert theirs: the second's
    # rows, the same values, are then already there (on SQLite writers take turns).
    insert = ops.insert_statement(on_conflict=OnConflict.IGNORE)
    ignore = ops.on_conflict_suffix_sql([], OnConflict.IGNORE, [], [])
    with connections[using].cursor() as cursor:
        cursor.execute(f"{insert} {table} ({columns}) {sql} {ignore}", params)


def forget(model: type[Model], pks: Iterable, using: str = "default") -> None:
    """Remove the rows of the pages ``pks`` of ``model`` (deleted, or about to be written again)."""
    if issubclass(model, Page):
        FacetValue.objects.using(using).filter(page_id__in=list(pks))._raw_delete(using)


def forget_all(using: str = "default") -> None:
    FacetValue.objects.using(using).all()._raw_delete(using)


# Pages written per statement when every page's rows are written at once.
CHUNK = 1000


def fill_after_migrate(using: str = "default", **kwargs) -> None:
    """post_migrate receiver: a database whose pages were indexed before it had facet rows (a site upgraded
    to them) gets every indexed page's rows, as ``update_index`` would write them; otherwise nothing."""
    if FacetValue.objects.using(using).exists() or not IndexEntry.objects.using(using).exists():
        return
    for model in index.get_indexed_models():
        if issubclass(model, Page):
            pks = list(model.get_indexed_objects().using(using).values_list("pk", flat=True))
            for start in range(0, len(pks), CHUNK):
                write(model, pks[start : start + CHUNK], using)
