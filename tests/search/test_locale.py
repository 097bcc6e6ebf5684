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
    assert [r.page.pk for r in outcome.results] == [english.pk]
    assert outcome.results[0].locale == "en"


def test_one_language_or_all(bilingual):
    english, french = bilingual
    assert [r.page.pk for r in run_search(SearchParams(q="Kenya", lang="fr")).results] == [french.pk]
    everywhere = run_search(SearchParams(q="Kenya", lang="all"))
    assert {r.page.pk for r in everywhere.results} == {english.pk, french.pk}
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
def inflected(blog_index, reindex):
    """One page per language whose text has a word in one form; the test searches for another form."""
    pages = {}
    for code, title, body in [
        ("fr", "Réforme territoriale", "Chaque municipalité reçoit une dotation."),
        ("es", "Reforma territorial", "Cada municipio recibe una transferencia."),
        ("pt", "Reforma territorial", "Cada município recebe uma transferência."),
        ("ar", "الإصلاح الإقليمي", "تحصل كل بلدية على منحة."),
        ("en", "Territorial reform", "Each municipality receives a grant."),
    ]:
        locale = Locale.objects.get(language_code=code)
        index = blog_index if code == "en" else blog_index.get_translation_or_none(locale)
        if index is None:
            index = blog_index.copy_for_translation(locale, copy_parents=True)
            index.save_revision().publish()
        page = BlogPostPageFactory(
            parent=index, title=title, slug=f"territorial-reform-{code}", summary=body, locale=locale
        )
        pages[code] = page
    reindex()
    return pages


@pytest.mark.parametrize(
    ("lang", "query"),
    [("fr", "municipalités"), ("es", "municipios"), ("pt", "municípios"), ("en", "municipalities")],
)
def test_a_plural_finds_the_singular_in_each_language(inflected, lang, query):
    """On OpenSearch, the site's analyzer stems each language; the database engines do what they can
    (documented in DEVELOPERS.md): PostgreSQL stems English only, SQLite FTS5 does not stem."""
    if engine_in_use() == "database" and (lang != "en" or connection.vendor == "sqlite"):
        pytest.skip("the database engines stem less (DEVELOPERS.md, 'Search in each language')")
    outcome = run_search(SearchParams(q=query, lang=lang))
    assert [r.page.pk for r in outcome.results] == [inflected[lang].pk]


def test_arabic_plural_with_article_finds_the_singular(inflected):
    if engine_in_use() == "database":
        pytest.skip("Arabic stemming needs OpenSearch (DEVELOPERS.md, 'Search in each language')")
    outcome = run_search(SearchParams(q="البلديات", lang="ar"))
    assert [r.page.pk for r in outcome.results] == [inflected["ar"].pk]
