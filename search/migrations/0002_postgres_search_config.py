"""PostgreSQL only: the text search configuration ``decnet_search`` (English stemming, accents folded).

settings.WAGTAILSEARCH_BACKENDS uses it as SEARCH_CONFIG when the database is PostgreSQL, so "decentralisation"
finds "décentralisation" as SQLite FTS5 (unicode61) and OpenSearch (asciifolding) do. If the ``unaccent``
extension cannot be created (it is a trusted extension, so the database owner may create it), the configuration
is a plain copy of ``english``: search still works, only accent folding is missing.
"""

from django.db import DatabaseError, migrations, transaction

CONFIG = "decnet_search"


def create_search_config(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            has_unaccent = True
        except DatabaseError:
            has_unaccent = False
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.english)")
        if has_unaccent:
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem"
            )


def drop_search_config(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_search_config, drop_search_config)]
