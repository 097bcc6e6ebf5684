"""PostgreSQL only: a GIN index on the searched document (``title || body`` of the index entries), so that a
search's full-text match reads the index and the planner knows how many entries it keeps
(search/backends/database_postgres.py, ``create_match_index``). Its statistics come with the next ANALYZE
(autovacuum's, or ``decnet.statistics.refresh_after_bulk_change`` after a bulk change)."""

from django.db import migrations


def create_index(apps, schema_editor):
    from search.backends.database_postgres import create_match_index

    create_match_index(schema_editor.connection)


def drop_index(apps, schema_editor):
    from search.backends.database_postgres import drop_match_index

    drop_match_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_query_corrected_hits"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
