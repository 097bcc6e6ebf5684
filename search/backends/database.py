"""The database search backend the settings name: Wagtail's, with one pass ranking on SQLite and each page's
language on PostgreSQL.

``wagtail.search.backends.database`` picks the PostgreSQL, MySQL or SQLite implementation from the default
database. This module does the same, but on SQLite (with FTS5) it answers with
:class:`search.backends.database_sqlite.OnePassSQLiteSearchBackend`, whose relevance ordering joins the FTS5
table once instead of recomputing every match's score in a correlated subquery. On PostgreSQL it answers
with :class:`search.backends.database_postgres.LanguagePostgresSearchBackend`, which indexes and searches each
page with its own language's text-search configuration.
Every other database keeps Wagtail's backend unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as StockSearchBackend
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists


def SearchBackend(params):  # noqa: N802 - Wagtail looks backends up by this name
    """The backend for the default database (Wagtail's factory; one-pass ranking on SQLite, each page's
    language on PostgreSQL)."""
    if connection.vendor == "sqlite" and fts5_available() and fts_table_exists():
        from search.backends.database_sqlite import OnePassSQLiteSearchBackend

        return OnePassSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from search.backends.database_postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    return StockSearchBackend(params)
