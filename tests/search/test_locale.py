"""Searches cover the current language only, unless lang=all."""

import pytest
from django.db import connection
from wagtail.models import Locale

from search.query import SearchParams, run_search
from tests.factories import BlogPostPageFactory
from tests.search.conftest import engine_in_use


def test_default_language_is_searched_by_default(bilingual):
    english, _french = bilingual
    outcome = run_search(SearchParams(q="Kenya"))
    assert [r.pk for r in outcome.results] == [english.pk]
    assert outcome.results[0].locale == "en"


def test_one_language_or_all(bilingual):
    english, french = bilingual
    assert [r.pk for r in run_search(SearchParams(q="Kenya", lang="fr")).results] == [french.pk]
    everywhere = run_search(SearchParams(q="Kenya", lang="all"))
    assert {r.pk for r in everywhere.results} == {english.pk, french.pk}
    assert {r.locale for r in everywhere.results} == {"en", "fr"}


def test_a_language_without_pages_finds_nothing(bilingual):
    assert run_search(SearchParams(q="Kenya", lang="pt")).total == 0


def test_api_and_page_follow_the_language(client, bilingual):
    english, french = bilingual
    api = client.get("/api/v1/search", {"q": "Kenya", "lang": "fr"}).json()
    assert [r["locale"] for r in api["results"]] == ["fr"]
    assert client.get("/api/v1/search", {"q": "Kenya"}).json()["results"][0]["locale"] == "en"

    with_prefix = client.get("/fr/search/", {"q": "Kenya"})
    assert with_prefix.status_code == 200
    assert (
        "Appui budgétaire au Kenya" in with_prefix.text and "Budget support in Kenya" not in with_prefix.text
    )
    everywhere = client.get("/en/search/", {"q": "Kenya", "lang": "all"}).text
    assert "Appui budgétaire au Kenya" in everywhere and "Budget support in Kenya" in everywhere


@pytest.fixture
def stemming_engine() -> None:
    """OpenSearch (one analyzer) and PostgreSQL (each language's configuration) stem every language; SQLite
    FTS5 only folds case and accents (docs/search.md, "Search in each language"). The stemming tests' data
    fixtures take it first, so nothing is built for a test that is skipped."""
    if engine_in_use() == "database" and connection.vendor == "sqlite":
        pytest.skip("SQLite FTS5 does not stem (docs/search.md, 'Search in each language')")


def _one_post_per_language(blog_index, reindex, slug: str, texts: list[tuple[str, str, str]]) -> dict:
    """A post per language (code, title, summary), under the blog index's translation (made where missing)."""
    pages = {}
    for code, title, body in texts:
        locale = Locale.objects.get(language_code=code)
        index = blog_index if code == "en" else blog_index.get_translation_or_none(locale)
        if index is None:
            index = blog_index.copy_for_translation(locale, copy_parents=True)
            index.save_revision().publish()
        pages[code] = BlogPostPageFactory(
            parent=index, title=title, slug=f"{slug}-{code}", summary=body, locale=locale
        )
    reindex()
    return pages


@pytest.fixture
def inflected(stemming_engine, blog_index, reindex):
    """A word in the singular in each language; the tests search for its plural."""
    return _one_post_per_language(
        blog_index,
        reindex,
        "territorial-reform",
        [
            ("fr", "Réforme territoriale", "Chaque municipalité reçoit une dotation."),
            ("es", "Reforma territorial", "Cada municipio recibe una transferencia."),
            ("pt", "Reforma territorial", "Cada município recebe uma transferência."),
            ("ar", "الإصلاح الإقليمي", "تحصل كل بلدية على منحة."),
            ("en", "Territorial reform", "Each municipality receives a grant."),
        ],
    )


@pytest.fixture
def plurals(stemming_engine, blog_index, reindex):
    """A word in the plural in each language; the tests search for its singular."""
    return _one_post_per_language(
        blog_index,
        reindex,
        "plurals",
        [
            ("fr", "Les collectivités", "Les collectivités territoriales lèvent l'impôt."),
            ("es", "Los municipios", "Los municipios recaudan impuestos."),
            ("pt", "Os municípios", "Os municípios cobram impostos."),
            ("ar", "البلديات", "تجمع البلديات الضرائب."),
            ("en", "Municipalities", "Municipalities levy taxes."),
        ],
    )


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("fr", "municipalités"),
        ("es", "municipios"),
        ("pt", "municípios"),
        ("ar", "البلديات"),
        ("en", "municipalities"),
    ],
)
def test_a_plural_finds_the_singular_in_each_language(inflected, lang, query):
    outcome = run_search(SearchParams(q=query, lang=lang))
    assert [r.pk for r in outcome.results] == [inflected[lang].pk]


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("fr", "collectivité"),
        ("es", "municipio"),
        ("pt", "município"),
        ("ar", "بلدية"),
        ("en", "municipality"),
    ],
)
def test_a_singular_finds_the_plural_in_each_language(plurals, lang, query):
    outcome = run_search(SearchParams(q=query, lang=lang))
    assert [r.pk for r in outcome.results] == [plurals[lang].pk]


def test_every_language_search_meets_each_pages_own_stemming(plurals):
    """lang=all: the French singular finds the French plural, the Spanish one the Spanish plural."""
    found = {r.pk for r in run_search(SearchParams(q="collectivité", lang="all")).results}
    assert found == {plurals["fr"].pk}
    found = {r.pk for r in run_search(SearchParams(q="municipio", lang="all")).results}
    assert plurals["es"].pk in found and plurals["en"].pk not in found
