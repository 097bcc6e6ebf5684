"""Searches cover the current language only, unless lang=all."""

import pytest

from search.query import SearchParams, run_search
from tests.factories import BlogPostPageFactory


@pytest.fixture
def bilingual(blog_index, french, reindex):
    english = BlogPostPageFactory(
        parent=blog_index, title="Budget support in Kenya", summary="Devolved funds."
    )
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Appui budgétaire au Kenya"
    translation.summary = "Fonds décentralisés."
    translation.save_revision().publish()
    reindex()
    return english, translation.specific


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
