"""The database planner's statistics, refreshed after a bulk change.

PostgreSQL plans a query from table statistics that autovacuum refreshes about a minute after a table has
changed; it cannot estimate how many rows a full-text match keeps. Until the statistics are refreshed after a
bulk load (the demo, an import), the planner can take hundreds of pages for one and choose nested loops that
repeat the search's full-text match for every row: a search then takes tens of seconds (seen right after
the demo load, docs/search-at-scale.md). SQLite plans without such statistics; nothing is done there.
"""

from __future__ import annotations

from django.db import connections, transaction

from decnet.content import content_models

# Wagtail's tables that every search reads, whose sizes the planner must know.
SEARCHED_TABLES = ("wagtailcore_page", "wagtailsearch_indexentry", "wagtailcore_revision")


def searched_tables() -> list[str]:
    """Wagtail's searched tables, then each content page type's own table and its classification links
    (topics, countries): the facet counts and the "newest" order join them. Asked of the installed content
    models, so a new page type's tables are refreshed with no edit here."""
    tables = list(SEARCHED_TABLES)
    for model in content_models():
        tables.append(model._meta.db_table)
        tables.extend(field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many)
    return list(dict.fromkeys(tables))


def refresh_after_bulk_change(using: str = "default") -> None:
    """ANALYZE the searched tables on PostgreSQL, once the bulk change is committed (ANALYZE in a transaction
    would sample rows that may still be rolled back)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return

    def analyze() -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE " + ", ".join(connection.ops.quote_name(name) for name in searched_tables())
            )

    transaction.on_commit(analyze, using=using)
