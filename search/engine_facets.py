"""Engine-side primitives for faceted search: the engine filters and counts; nothing loads every matching id.

Facets are indexed on every content page as ``index.FilterField("facet_<name>")`` (a list of value codes, see
the content contract). These primitives take plain data (facet names and selected value codes), never the
facet layer's classes, so the query layer decides what a facet means and these only decide where it is
computed. The rule they keep is the site's one rule: **a facet value's count is the number of results choosing
it gives, with the other facets' selections applied** (choosing replaces the facet's current selection).

Real engines (OpenSearch, Elasticsearch) — :func:`engine_search_with_facets`:
    One request returns the page of hits, the total and every facet's counts. The search query is the one
    Wagtail builds for the queryset (words, content type, live/locale filters); the selections are a
    ``post_filter`` (so they narrow the hits but not the aggregations), and each facet has one ``filter``
    aggregation applying the *other* facets' selections around one ``terms`` aggregation per index column of
    its field. A field defined on several models has one column per model (``blog_blogpostpage__facet_topic_
    filter``…); each document has the columns of its own model only, so the per-column counts add up exactly.
    Pages with no value for a facet can be given one (``missing={"type": "page"}``: pages that are not
    content pages are of type "page"). It returns None when the default backend is the database backend, when
    the engine is marked down, or when the request fails (the engine is then marked down, as in
    ``search.engine``): the caller answers from the database, flagged degraded, as it does for plain search.

Database backends (SQLite FTS5, PostgreSQL) — :func:`matching_queryset`, :func:`ranked_ids`, :func:`count_by`:
    The matching set is a lazy queryset of pages whose SQL embeds the full-text match, so it can be used as a
    subquery (``pk__in=matching.values("pk")``) and facet counts come from SQL ``GROUP BY`` over it
    (:func:`count_by`); one page of ranked ids is one SQL query with ``LIMIT``/``OFFSET``
    (:func:`ranked_ids`; on SQLite the one-pass ranking of ``search.backends.database_sqlite``).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from django.db.models import Count, Model, QuerySet
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.index import FilterField, get_indexed_models

from search import engine
from search.backends.leading import LeadingGroup

FACET_FIELD_PREFIX = "facet_"
# Buckets per terms aggregation: more than any facet has values (countries ~200, years ~50).
MAX_FACET_VALUES = 1000
# A title that has every query word scores this much above any other hit (see ``title_words_first``).
TITLE_BOOST = 1_000_000

Order = Literal["relevance", "newest"]


@dataclass(frozen=True)
class FacetedPage:
    """One page of results from the engine: ids in order, the total after every selection, facet counts."""

    ids: list[int]
    total: int
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # The best matches before any selection (relevance order, ``best`` of them): the definition card's
    # candidates, which do not depend on the reader's filters.
    best: list[int] = field(default_factory=list)
    # Whether anything matches the query itself (editors' promoted pages aside, filters aside).
    matched_any: bool = True


# --- engines ------------------------------------------------------------------------------------------------


def index_columns(
    backend: ElasticsearchBaseSearchBackend, base_model: type[Model], field_name: str
) -> list[str]:
    """The engine's column names of the filter field ``field_name`` on ``base_model`` and its subclasses."""
    columns: set[str] = set()
    for model in get_indexed_models():
        if not issubclass(model, base_model):
            continue
        mapping = backend.mapping_class(model)
        for search_field in model.get_search_fields():
            if isinstance(search_field, FilterField) and search_field.field_name == field_name:
                columns.add(mapping.get_field_column_name(search_field))
    return sorted(columns)


def _selection_filter(columns: Sequence[str], values: Iterable[str], missing: str | None) -> dict:
    values = sorted(set(values))
    clauses: list[dict] = [{"terms": {column: values}} for column in columns]
    if missing is not None and missing in values:
        clauses.append({"bool": {"must_not": [{"exists": {"field": column}} for column in columns]}})
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def _sort(order: Order, columns: Sequence[str]) -> list | None:
    """None (the engine's relevance order) or newest first: the day of the first date column a document has
    (columns in the given order), then the highest pk — the database computation's order."""
    if order == "relevance":
        return None
    day = (
        "for (c in params.columns) { if (doc.containsKey(c) && !doc[c].empty) "
        "{ long t = doc[c].value.toInstant().toEpochMilli(); "
        "return t - ((t % 86400000L) + 86400000L) % 86400000L; } } "
        "return -9.0E18;"
    )
    pk = "Long.parseLong(doc['pk'].value)"
    return [
        {
            "_script": {
                "type": "number",
                "order": "desc",
                "script": {"source": day, "params": {"columns": columns}},
            }
        },
        {"_script": {"type": "number", "order": "desc", "script": {"source": pk}}},
    ]


def build_request(
    backend: ElasticsearchBaseSearchBackend,
    query: str,
    queryset: QuerySet,
    *,
    filters: Mapping[str, Iterable[str]],
    facets: Iterable[str],
    missing: Mapping[str, str] | None = None,
    order: Order = "relevance",
    date_fields: Sequence[str] = (),
    title_words_first: bool = False,
    offset: int = 0,
    limit: int = 10,
    also_ids: Sequence[int] = (),
    best: int = 0,
) -> dict:
    """The request body: Wagtail's query for ``query`` over ``queryset``, the selections as ``post_filter``,
    one filtered aggregation per facet (the other facets' selections), one page of hits, the exact total.

    ``title_words_first``: hits whose title has every word of the query come first (relevance order
    within each group), the rule the query layer applies to make a title match outrank a body mention.
    ``date_fields``: the filter fields "newest" sorts by, most specific first (e.g. ``("date",
    "publication_date", "first_published_at")``): a page sorts by the first of them it has.
    ``also_ids``: pages that are results even if they do not match (editors' promoted pages, already checked
    to be searchable); they count in the total and the facets like any match.
    ``best``: also return the ``best`` first matches of the unfiltered relevance order (a ``top_hits``
    aggregation over the query, which the selections' ``post_filter`` does not narrow)."""
    missing = dict(missing or {})
    model = queryset.model
    compiler = backend.search(query, queryset, operator="and", order_by_relevance=True).query_compiler
    search_query = compiler.get_query()
    if title_words_first:
        search_query = {
            "bool": {
                "must": search_query,
                "should": [
                    {
                        "constant_score": {
                            "filter": {"match": {"title": {"query": query, "operator": "and"}}},
                            "boost": TITLE_BOOST,
                        }
                    }
                ],
            }
        }
    matching_only = search_query
    if also_ids:
        promoted = {"terms": {"pk": [str(pk) for pk in also_ids]}}
        search_query = {"bool": {"should": [search_query, promoted], "minimum_should_match": 1}}
    facet_names = list(dict.fromkeys(facets))
    columns = {
        name: index_columns(backend, model, FACET_FIELD_PREFIX + name)
        for name in dict.fromkeys([*facet_names, *filters])
    }
    selections = {
        name: _selection_filter(columns[name], values, missing.get(name))
        for name, values in filters.items()
        if values
    }
    aggregations: dict[str, dict] = {}
    for name in facet_names:
        others = [selection for other, selection in selections.items() if other != name]
        inner = {
            f"c{number}": {"terms": {"field": column, "size": MAX_FACET_VALUES}}
            for number, column in enumerate(columns[name])
        }
        if name in missing:
            inner["missing"] = {
                "filter": {"bool": {"must_not": [{"exists": {"field": column}} for column in columns[name]]}}
            }
        aggregations[f"facet_{name}"] = {"filter": {"bool": {"filter": others}}, "aggs": inner}
    if best:
        aggregations["best"] = {"top_hits": {"size": best, "_source": False, "stored_fields": ["pk"]}}
    if also_ids:
        # Whether the query matches anything besides the promoted pages (the spelling retry asks).
        aggregations["matched"] = {"filter": matching_only}
    body: dict = {"query": search_query, "aggs": aggregations, "track_total_hits": True}
    if selections:
        body["post_filter"] = {"bool": {"filter": list(selections.values())}}
    date_columns = [column for name in date_fields for column in index_columns(backend, model, name)]
    # Page's own fields (first_published_at) are unprefixed: they go after every model's specific dates.
    date_columns.sort(key=lambda column: "__" not in column)
    sort = _sort(order, date_columns)
    if sort is not None:
        body["sort"] = sort
    body["from"] = offset
    body["size"] = limit
    return body


def read_counts(response: dict, facets: Iterable[str], missing: Mapping[str, str] | None = None) -> dict:
    """Facet counts from the aggregations of :func:`build_request`'s response (values with a count of 0
    are left out, as the database computation does)."""
    missing = dict(missing or {})
    counts: dict[str, dict[str, int]] = {}
    for name in dict.fromkeys(facets):
        aggregation = response["aggregations"][f"facet_{name}"]
        values: dict[str, int] = {}
        for key, inner in aggregation.items():
            if key.startswith("c") and isinstance(inner, dict) and "buckets" in inner:
                for bucket in inner["buckets"]:
                    values[str(bucket["key"])] = values.get(str(bucket["key"]), 0) + bucket["doc_count"]
        if name in missing and aggregation["missing"]["doc_count"]:
            values[missing[name]] = values.get(missing[name], 0) + aggregation["missing"]["doc_count"]
        counts[name] = values
    return counts


def engine_search_with_facets(
    query: str,
    queryset: QuerySet,
    *,
    filters: Mapping[str, Iterable[str]],
    facets: Iterable[str],
    missing: Mapping[str, str] | None = None,
    order: Order = "relevance",
    date_fields: Sequence[str] = (),
    title_words_first: bool = False,
    offset: int = 0,
    limit: int = 10,
    also_ids: Sequence[int] = (),
    best: int = 0,
) -> FacetedPage | None:
    """Hits, total and facet counts in one engine request, or None: no engine, engine down, or it failed
    (then marked down for ``SEARCH_ENGINE_RETRY_SECONDS``) — the caller answers from the database."""
    if not engine.engine_in_use():
        return None
    backend = engine.backend_for(engine.DEFAULT_ALIAS)
    facet_names = list(facets)
    try:
        body = build_request(
            backend,
            query,
            queryset,
            filters=filters,
            facets=facet_names,
            missing=missing,
            order=order,
            date_fields=date_fields,
            title_words_first=title_words_first,
            offset=offset,
            limit=limit,
            also_ids=also_ids,
            best=best,
        )
        index = backend.get_index_for_model(queryset.model).name
        params = {"index": index, "_source": False, "stored_fields": "pk"}
        if backend.use_new_elasticsearch_api:
            response = backend.es.search(**body, **params)
        else:
            size, start = body.pop("size"), body.pop("from")
            response = backend.es.search(body=body, size=size, from_=start, **params)
    except Exception as error:  # noqa: BLE001 - any engine failure (connection, timeout, 4xx/5xx) degrades
        engine._mark_engine_down(error, "faceted search")
        return None
    hits = response["hits"]
    top = response["aggregations"]["best"]["hits"]["hits"] if best else []
    total = int(hits["total"]["value"])
    if also_ids:
        matched_any = bool(response["aggregations"]["matched"]["doc_count"])
    else:
        matched_any = bool(top) if best else total > 0
    return FacetedPage(
        ids=[int(hit["fields"]["pk"][0]) for hit in hits["hits"]],
        total=total,
        counts=read_counts(response, facet_names, missing),
        best=[int(hit["fields"]["pk"][0]) for hit in top],
        matched_any=matched_any,
    )


# --- database backends -------------------------------------------------------------------------------------


def _database_backend():
    return engine.backend_for(engine.fallback_alias() or engine.DEFAULT_ALIAS)


def matching_queryset(
    query: str, queryset: QuerySet, fields: Sequence[str] | None = None, language: str | None = None
) -> QuerySet:
    """The pages of ``queryset`` matching every word of ``query`` in the database index (in ``fields`` only,
    e.g. ``["title"]``, when given; read as words of ``language``, see ``engine.in_language``), unordered and
    lazy: its SQL embeds the full-text match, so ``pk__in=matching_queryset(...).values("pk")`` stays one
    query."""
    results = _database_search(
        query, queryset, language, fields=fields, operator="and", order_by_relevance=False
    )
    return results.get_queryset().order_by()


def _database_search(query: str, queryset: QuerySet, language: str | None = None, **options):
    """The database backend's search over any page queryset. Wagtail checks that a searched queryset filters
    on indexed filter fields only, which an engine needs; in the database the queryset is plain SQL (the
    facets' subqueries, years), so the check is left out here."""
    backend = engine.in_language(_database_backend(), language)
    compiler = backend.query_compiler_class(queryset, query, **options)
    return backend.results_class(backend, compiler)


def ranked_ids(
    query: str,
    queryset: QuerySet,
    offset: int,
    limit: int,
    language: str | None = None,
    first: QuerySet | None = None,
) -> list[int]:
    """Ids of one page of the best matches (the database backend's relevance order), in one SQL query; the
    pages of ``first`` (a subquery of page ids) before the others, each group in that order."""
    results = _database_search(query, queryset.only("pk"), language, operator="and", order_by_relevance=True)
    if first is not None:
        if not isinstance(results.query_compiler, LeadingGroup):
            return _first_then_rest(query, queryset, offset, limit, language, first)
        results.query_compiler.leading = first
    ranked_pks = getattr(results, "ranked_pks", None)  # the one-pass SQLite ranking: ids, no page loaded
    ids = ranked_pks(offset, offset + limit) if ranked_pks is not None else None
    if ids is not None:
        return ids
    return [page.pk for page in results[offset : offset + limit]]


def _first_then_rest(
    query: str, queryset: QuerySet, offset: int, limit: int, language: str | None, first: QuerySet
) -> list[int]:
    """``ranked_ids`` with ``first`` on a backend without a leading ordering key (Wagtail's own, e.g. MySQL):
    the two groups as two ranked queries."""
    head = ranked_ids(query, queryset.filter(pk__in=first), 0, offset + limit, language)
    if len(head) == offset + limit:
        return head[offset:]
    skip = max(0, offset - len(head))
    others = queryset.exclude(pk__in=first)
    return head[offset:] + ranked_ids(query, others, skip, offset + limit - len(head) - skip, language)


def count_by(matching: QuerySet, model: type[Model], path: str) -> dict[str, int]:
    """How many pages of ``matching`` (a page queryset, used as a subquery) have each value of ``path`` on
    ``model`` (e.g. ``BlogPostPage``, ``"topics__slug"``): one SQL ``GROUP BY``, no id loaded."""
    rows = (
        model.objects.filter(pk__in=matching.values("pk"))
        .exclude(**{f"{path}__isnull": True})
        .values(path)
        .annotate(pages=Count("pk", distinct=True))
        .values_list(path, "pages")
        .order_by()
    )
    return {str(value): pages for value, pages in rows}
