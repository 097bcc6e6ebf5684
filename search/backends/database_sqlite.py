"""SQLite FTS5 search whose relevance ordering costs one pass over the matches, not one pass per match.

Wagtail's SQLite backend (modelsearch) orders by relevance with a correlated scalar subquery: for every
matching page it runs the FTS5 ``MATCH`` again to pick that page's bm25 score, so a query matching n pages
does n full-text searches (2.8 s for "governance" at 10,000 pages). Joining the page table to the FTS5 table
does not help: SQLite then drives the join from the pages and still probes the FTS5 index once per page.

Here the ranking query starts from the FTS5 table, as modelsearch's own match query does: one ``MATCH``, the
index entry joined by rowid, the searched pages as a non-correlated ``IN`` subquery, the same score expression
(``bm25 * title_norm + bm25``, combined per query word as modelsearch does) and the same tie-break (highest
page id first). It yields the ordered ids of the requested slice; the pages are then loaded by id. Queries not
ordered by relevance and negated queries keep Wagtail's code. Autocomplete (prefixes) ranks the same way.
"""

from django.db.models import F, IntegerField, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.facet_index import FacetRowsIndex
from search.backends.leading import LeadingGroup


class OnePassRanking(LeadingGroup):
    """For modelsearch's SQLite query compilers (search and autocomplete: their fields, vectors and prefix
    rule are kept). A ``leading`` group (``search.backends.leading``) is ordered first."""

    def match_expression(self, query, config) -> MatchExpression:
        """The FTS5 ``MATCH`` of the normalized ``query`` over the searched fields, as modelsearch has it."""
        return MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
        )

    def one_pass_ranking(self, config):
        """The ranked index rows of the matching objects as ``(object id, score)``, best first; None when
        the query is not a plain relevance-ordered search (Wagtail's code answers those)."""
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or not self.order_by_relevance:
            return None
        match = self.match_expression(query, config)
        searched = self.queryset.order_by().annotate(_text_pk=Cast("pk", TextField())).values("_text_pk")
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
                index_entry__object_id__in=searched,
            )
            .annotate(
                score=self._build_rank_expression(self.get_search_vectors(), config),
                object_pk=Cast("index_entry__object_id", IntegerField()),
            )
            .order_by(*self.leading_order("object_pk"), "score", "-object_pk")
            .values_list("object_pk", "score")
        )


class OnePassSQLiteSearchQueryCompiler(OnePassRanking, SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        """Unordered matches (``pk__in=`` subqueries: the facet counts, the definition card) start from the
        FTS5 table too. Searching one page type, modelsearch's match subquery lets SQLite start from that
        type's index entries (their content-type index) and run the MATCH once per entry: 0.6-1.2 s per
        search for the glossary terms of a 10,000-page site. The type is checked per match instead (``+ 0``
        keeps the index out), so the MATCH runs once; the rows and their default order are modelsearch's."""
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or self.order_by_relevance or score_field is not None:
            return super().search(config, start, stop, score_field)
        matched = (
            SQLiteFTSIndexEntry.objects.filter(self.match_expression(query, config))
            .annotate(entry_type=F("index_entry__content_type_id") + 0)
            .filter(entry_type__in=get_descendants_content_types_pks(self.queryset.model))
            .values("index_entry__object_id")
        )
        queryset = self.queryset.filter(pk__in=matched)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class OnePassSQLiteAutocompleteQueryCompiler(OnePassRanking, SQLiteAutocompleteQueryCompiler):
    pass


class OnePassSQLiteSearchResults(SQLiteSearchResults):
    def _ranking(self):
        return self.query_compiler.one_pass_ranking(self.query_compiler.get_config(self.backend))

    def ranked_pks(self, start: int, stop: int) -> list[int] | None:
        """The ids of the ranked slice ``start:stop`` in one query (None when Wagtail's code answers this
        query): the ranking query already keeps only the searched objects, so their ids need no second
        query over the searched queryset (which repeats its full-text matches)."""
        ranking = self._ranking()
        if ranking is None:
            return None
        return [pk for pk, _score in ranking[start:stop]]

    def _do_search(self):
        ranking = self._ranking()
        if ranking is None:
            return super()._do_search()
        rows = list(ranking[self.start : self.stop])
        objects = self.query_compiler.queryset.in_bulk([pk for pk, _score in rows])
        results = []
        for pk, score in rows:
            obj = objects.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        ranking = self._ranking()
        if ranking is None:
            return super()._do_count()
        return ranking[self.start : self.stop].count()


class FacetRowsSQLiteIndex(FacetRowsIndex, SQLiteIndex):
    pass


class OnePassSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = FacetRowsSQLiteIndex
    query_compiler_class = OnePassSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = OnePassSQLiteAutocompleteQueryCompiler
    results_class = OnePassSQLiteSearchResults


SearchBackend = OnePassSQLiteSearchBackend
