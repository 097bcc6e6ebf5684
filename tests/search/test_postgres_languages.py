"""PostgreSQL: each language has its own text-search configuration (search/backends/database_postgres.py),
pages are indexed with their language's and searched with the searched language's. Also catches a
modelsearch upgrade that would stop reading ``backend.config`` when indexing."""

import pytest
from django.db import connection
from modelsearch.backends.database.postgres.postgres import IndexEntry
from wagtail.models import Locale, Page

from multilingual import languages
from search.backends.database_postgres import FALLBACK_BASE, create_config, create_language_configs
from search.engine import backend_for, in_language
from search.engine_facets import matching_queryset
from tests.factories import BlogPostPageFactory
from tests.search.conftest import engine_in_use

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def lexemes(config: str, text: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [config, text])
        return set(cursor.fetchone()[0])


@pytest.mark.parametrize(
    ("code", "plural", "singular"),
    [
        ("en", "municipalities", "municipality"),
        ("fr", "collectivités", "collectivité"),
        ("es", "municipios", "municipio"),
        ("pt", "municípios", "município"),
        ("ar", "البلديات", "بلدية"),
    ],
)
def test_each_language_configuration_stems_and_folds_accents(code, plural, singular):
    config = languages.search_config_name(code)
    assert lexemes(config, plural) == lexemes(config, singular)
    assert lexemes(config, plural.upper()) == lexemes(config, plural)
    if code in {"fr", "pt"}:
        assert lexemes(config, "décentralisation municípios") == lexemes(
            config, "decentralisation municipios"
        )


def test_a_language_the_server_lacks_falls_back_to_simple_with_accents_folded():
    assert create_config(connection, "decnet_test_fallback", "klingon") == FALLBACK_BASE
    assert lexemes("decnet_test_fallback", "Municipalités") == {"municipalites"}
    assert lexemes("decnet_test_fallback", "municipalité") == {"municipalite"}  # not stemmed


def test_creating_the_configurations_again_changes_nothing():
    assert create_language_configs(connection) == {}


def test_pages_are_indexed_with_their_own_language(blog_index, reindex):
    if engine_in_use() != "database":
        pytest.skip("checks the database index")
    french = Locale.objects.get(language_code="fr")
    index = blog_index.copy_for_translation(french, copy_parents=True)
    index.save_revision().publish()
    title_text = "Les collectivités territoriales"  # "les": a French stop word, an English word
    page = BlogPostPageFactory(parent=index, title=title_text, summary="Les régions.", locale=french)
    reindex()
    entry = IndexEntry.objects.get(object_id=str(page.pk))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT tsvector_to_array(title) FROM {IndexEntry._meta.db_table} WHERE id = %s", [entry.pk]
        )
        title = set(cursor.fetchone()[0])
    assert lexemes("decnet_fr", title_text) != lexemes("decnet_en", title_text)
    assert title == lexemes("decnet_fr", title_text)


def test_a_title_search_reads_the_titles_as_indexed(blog_index, reindex):
    """A search in titles only matches the title as each page was indexed (its own language's lexemes, not
    its body), without turning every page's title into lexemes again at each query (half of the ranking
    query of a broad search at 10,000 pages)."""
    if engine_in_use() != "database":
        pytest.skip("checks the database backend")
    french = Locale.objects.get(language_code="fr")
    index = blog_index.copy_for_translation(french, copy_parents=True)
    index.save_revision().publish()
    page = BlogPostPageFactory(
        parent=index, title="Les collectivités territoriales", summary="Les régions.", locale=french
    )
    BlogPostPageFactory(parent=blog_index, title="Municipal finance", summary="Collectivités and régions.")
    reindex()
    pages = Page.objects.live().filter(depth__gt=1)

    def in_titles(words: str, language: str):
        return matching_queryset(words, pages, fields=["title"], language=language)

    assert list(in_titles("collectivité", "fr").values_list("pk", flat=True)) == [page.pk]
    assert not in_titles("régions", "fr").exists()  # a word of the body only
    assert "to_tsvector" not in str(in_titles("collectivité", "fr").query)


def test_the_backend_searches_in_the_language_asked_for():
    if engine_in_use() != "database":
        pytest.skip("checks the database backend")
    backend = backend_for("default")
    assert in_language(backend, "fr").config == "decnet_fr"
    assert in_language(backend, None).config == tuple(
        languages.search_config_name(language.code) for language in languages.LANGUAGE_TABLE
    )
    assert backend.config == "decnet_search"  # the shared instance is never changed
