"""PostgreSQL full-text search in each page's own language.

modelsearch's PostgreSQL backend turns text into lexemes with one text-search configuration
(``SEARCH_CONFIG``) for every object: its indexer reads ``backend.config`` and its query compiler asks
``get_config(backend)``. Here that configuration follows the language:

- **Indexing.** The objects of a batch are grouped by language (their ``locale_id``) and each group is
  indexed by a copy of the backend whose ``config`` is the language's configuration (``decnet_fr``…).
  Objects without a language (images, documents) keep ``SEARCH_CONFIG``.
- **Searching.** ``backend.for_language(code)`` is a copy configured for that language;
  ``for_language(None)`` (every language) carries the configurations of all languages, and the query
  compiler then matches the query as each of them reads it (their tsqueries joined by OR), so every page
  meets its own language's stemming.

The configurations ``decnet_<code>`` (``multilingual.languages.search_config_name``) copy the language's
``pg_catalog`` configuration (``Language.postgres_config``) with ``unaccent`` before its stemmer, so accents
and case are folded and inflections stemmed. When the server has no configuration of that name (Arabic needs
PostgreSQL 13+), the copy is of ``simple`` (:data:`FALLBACK_BASE`): case and accents folded, words not
stemmed. Migration ``search/0005`` creates them, and every ``migrate`` creates those of languages added to
the table since.

Only the two documented extension points of modelsearch are used (``ObjectIndexer`` reads
``backend.config``; the compiler's ``build_tsquery(query, config)``);
tests/search/test_postgres_languages.py fails if either changes.
"""

import copy
import re
from functools import reduce

from django.db import DatabaseError, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from multilingual import languages
from search.backends.facet_index import FacetRowsIndex
from search.backends.leading import LeadingGroup

FALLBACK_BASE = "simple"
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"not a plain PostgreSQL identifier: {name!r}")
    return name


def _has_unaccent(connection: BaseDatabaseWrapper, cursor) -> bool:
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
    if cursor.fetchone():
        return True
    try:  # a trusted extension: the database owner may create it
        with transaction.atomic(using=connection.alias):
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DatabaseError:
        return False
    return True


def create_config(connection: BaseDatabaseWrapper, name: str, wanted_base: str) -> str | None:
    """Create the configuration ``name``: a copy of ``pg_catalog.<wanted_base>`` (or of ``simple`` when the
    server has none) with accents folded before the stemmer. Returns the base copied, or None if ``name``
    already existed (left as it is)."""
    name, wanted_base = _identifier(name), _identifier(wanted_base)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
        if cursor.fetchone():
            return None
        cursor.execute(
            "SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace "
            "WHERE n.nspname = 'pg_catalog' AND c.cfgname = %s",
            [wanted_base],
        )
        base = wanted_base if cursor.fetchone() else FALLBACK_BASE
        unaccent = _has_unaccent(connection, cursor)
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})")
        if unaccent:
            # The dictionaries the base maps words to (its stemmer, or "simple"), after unaccent.
            cursor.execute(
                "SELECT d.dictname FROM pg_ts_config_map m "
                "JOIN pg_ts_dict d ON d.oid = m.mapdict JOIN pg_ts_config c ON c.oid = m.mapcfg "
                "JOIN pg_namespace n ON n.oid = c.cfgnamespace "
                "WHERE n.nspname = 'pg_catalog' AND c.cfgname = %s "
                "AND m.maptokentype = (SELECT tokid FROM ts_token_type('default') WHERE alias = 'word') "
                "ORDER BY m.mapseqno",
                [base],
            )
            dictionaries = ", ".join(_identifier(row[0]) for row in cursor.fetchall())
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionaries}"
            )
    return base


def create_language_configs(connection: BaseDatabaseWrapper) -> dict[str, str]:
    """Create the missing configuration of every language of the table: {name: base copied} of those
    created."""
    if connection.vendor != "postgresql":
        return {}
    created = {}
    for language in languages.LANGUAGE_TABLE:
        name = languages.search_config_name(language.code)
        base = create_config(connection, name, language.postgres_config)
        if base is not None:
            created[name] = base
    return created


def create_language_configs_after_migrate(using: str = "default", **kwargs) -> None:
    """post_migrate receiver: a language added to the table gets its configuration on the next migrate."""
    from django.db import connections

    create_language_configs(connections[using])


# A GIN index on the searched document (``title || body``), the expression every search matches: modelsearch
# indexes the two columns apart, so the match was a sequential scan, and the expression had no statistics:
# the planner took any match for one row and joined the matches to the pages in a nested loop over a text
# cast (2.8 s for one search at 10,000 pages, 0.13 s with the index; docs/search-at-scale.md, "Table
# statistics and the PostgreSQL plan"). ANALYZE gathers the lexeme frequencies of an index's expression.
MATCH_INDEX = "decnet_indexentry_document_gin"


def create_match_index(connection: BaseDatabaseWrapper) -> bool:
    """Index the searched document on PostgreSQL (left as it is when present); False elsewhere."""
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {MATCH_INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )
    return True


def drop_match_index(connection: BaseDatabaseWrapper) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {MATCH_INDEX}")


class LanguageIndex(FacetRowsIndex, PostgresIndex):
    def add_items(self, model, objs):
        from wagtail.models import Locale

        codes = dict(Locale.objects.values_list("pk", "language_code"))
        groups: dict[str, list] = {}
        for obj in objs:
            groups.setdefault(self.backend.config_of(obj, codes), []).append(obj)
        for config, group in groups.items():
            index = copy.copy(self)
            index.backend = self.backend.with_config(config)
            super(LanguageIndex, index).add_items(model, group)


class LanguageQueryCompiler(LeadingGroup, PostgresSearchQueryCompiler):
    def _apply_ordering_and_scoring(self, queryset, rank_expression, start, stop, score_field=None):
        """modelsearch's relevance order (rank, then highest id), after a ``leading`` group when one is set
        (``search.backends.leading``)."""
        if not (self.order_by_relevance and self.leading is not None):
            return super()._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)
        queryset = queryset.order_by(*self.leading_order("pk"), rank_expression.desc(), "-pk")
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]

    def get_fields_vectors(self, search_query):
        # A search in titles only reads the title the index holds (in the page's own language) rather than
        # turning every page's title into lexemes again at each query (53 ms of a search at 10,000 pages).
        if set(self.search_fields) == {"title"}:
            return [(F("index_entries__title"), F("index_entries__title_norm"))]
        return super().get_fields_vectors(search_query)

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        # Every language: the query as each language's configuration reads it, any of them matching.
        queries = [super(LanguageQueryCompiler, self).build_tsquery(query, config=one) for one in config]
        queries = [one for one in queries if one is not None]
        return reduce(lambda left, right: left | right, queries) if queries else None


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def with_config(self, config: str | tuple[str, ...]) -> "LanguagePostgresSearchBackend":
        clone = copy.copy(self)
        clone.config = config
        return clone

    def for_language(self, code: str | None) -> "LanguagePostgresSearchBackend":
        """This backend searching pages of language ``code``, or of every language (None)."""
        if code is None:
            return self.with_config(
                tuple(languages.search_config_name(language.code) for language in languages.LANGUAGE_TABLE)
            )
        if code in languages.BY_CODE:
            return self.with_config(languages.search_config_name(code))
        return self

    def config_of(self, obj, codes: dict[int, str]) -> str:
        """The configuration an object is indexed with: its language's, or ``SEARCH_CONFIG``."""
        code = codes.get(getattr(obj, "locale_id", None))
        return languages.search_config_name(code) if code in languages.BY_CODE else self.config


SearchBackend = LanguagePostgresSearchBackend
