"""PostgreSQL only: one text-search configuration per language of the table (``decnet_en``, ``decnet_fr``,
``decnet_es``, ``decnet_pt``, ``decnet_ar``): the language's own stemmer with accents folded, or ``simple`` where
the server lacks the language (search/backends/database_postgres.py). Pages are then indexed and searched in
their own language; re-index afterwards (``manage.py update_index``) so existing entries use them."""

from django.db import migrations


def create_configs(apps, schema_editor):
    from search.backends.database_postgres import create_language_configs

    create_language_configs(schema_editor.connection)


def drop_configs(apps, schema_editor):
    from multilingual import languages

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for language in languages.LANGUAGE_TABLE:
            cursor.execute(
                f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {languages.search_config_name(language.code)}"
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0004_query_data_permissions")]

    operations = [migrations.RunPython(create_configs, drop_configs)]
