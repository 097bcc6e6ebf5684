"""Across languages (issue 15, point 4): a term's name in another language finds the term and the pages about
it in the searched language, and the definition card shows the term in the reader's language; the page and
the API say which other languages hold matches, when and only when some do."""

import pytest

from search.query import SearchParams, run_search
from tests.factories import BlogPostPageFactory, GlossaryTermPageFactory
from tests.search.test_degraded import broken_engine_backends

NOTICE = 'id="search-other-languages"'


@pytest.fixture
def fiscal(glossary, blog_index, french, reindex):
    """An English term with its French translation, and an English post about the term (not in French)."""
    english = GlossaryTermPageFactory(
        parent=glossary,
        title="Fiscal decentralization",
        definition="<p>Giving local governments revenue and spending responsibilities.</p>",
    )
    post = BlogPostPageFactory(
        parent=blog_index, title="Fiscal decentralization in Kenya", summary="County budgets since 2013."
    )
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Décentralisation budgétaire"
    translation.definition = "<p>Confier des recettes et des dépenses aux collectivités locales.</p>"
    translation.save_revision().publish()
    reindex()
    return {"term": english, "post": post, "french_term": translation.specific}


def test_a_terms_name_in_another_language_finds_the_term_and_its_pages(fiscal):
    outcome = run_search(SearchParams(q="décentralisation budgétaire"))  # on the English site
    assert [result.pk for result in outcome.results] == [fiscal["term"].pk, fiscal["post"].pk]
    assert outcome.glossary_match.page.pk == fiscal["term"].pk
    assert outcome.glossary_match.term == "Fiscal decentralization"
    assert [(other.code, other.name, other.total) for other in outcome.other_languages] == [
        ("fr", "Français", 1)
    ]


def test_no_bridge_and_no_notice_when_no_other_language_matches(fiscal):
    outcome = run_search(SearchParams(q="Kenya"))
    assert [result.pk for result in outcome.results] == [fiscal["post"].pk]
    assert outcome.other_languages == []
    # Every language searched: nothing is elsewhere.
    assert run_search(SearchParams(q="budgétaire", lang="all")).other_languages == []


def test_the_page_says_which_other_languages_match_and_links_there(client, fiscal):
    english = client.get("/en/search/", {"q": "décentralisation budgétaire"}).text
    assert NOTICE in english
    assert (
        '<a href="/fr/search/?q=d%C3%A9centralisation+budg%C3%A9taire" hreflang="fr">1 result in Français</a>'
        in english
    )
    assert "Read the full definition of Fiscal decentralization" in english
    # In French, translated; the English post matches "Kenya", no French page does.
    french = client.get("/fr/search/", {"q": "Kenya"}).text
    assert '<a href="/en/search/?q=Kenya" hreflang="en">1 résultat en English</a>' in french
    # Only when another language holds matches.
    assert NOTICE not in client.get("/en/search/", {"q": "Kenya"}).text
    assert NOTICE not in client.get("/en/search/", {"q": "Kenya", "lang": "all"}).text


def test_the_api_reports_the_other_languages(client, fiscal):
    body = client.get("/api/v1/search", {"q": "décentralisation budgétaire"}).json()
    assert body["other_languages"] == [
        {
            "lang": "fr",
            "name": "Français",
            "total": 1,
            "url": "http://testserver/fr/search/?q=d%C3%A9centralisation+budg%C3%A9taire",
        }
    ]
    assert body["glossary_match"]["term"] == "Fiscal decentralization"
    assert client.get("/api/v1/search", {"q": "Kenya"}).json()["other_languages"] == []


def test_other_languages_are_counted_in_full_on_the_database(fiscal, french, settings):
    """The database counts every match of the other languages in SQL rather than reading at most
    SEARCH_MAX_MATCHES of their ids: a count past that bound is the true one (asked of the database index
    in every stage, the engine's beside it too)."""
    for number in range(3):
        page = BlogPostPageFactory(
            parent=fiscal["post"].get_parent(), title=f"Kenya county budgets {number}", summary="Budgets."
        )
        translation = page.copy_for_translation(french, copy_parents=True)
        translation.title = f"Budgets des comtés du Kenya {number}"
        translation.save_revision().publish()
    settings.SEARCH_MAX_MATCHES = 2
    settings.WAGTAILSEARCH_BACKENDS = {"default": broken_engine_backends()["database"]}
    outcome = run_search(SearchParams(q="Kenya", lang="fr"))
    assert [(other.code, other.total) for other in outcome.other_languages] == [("en", 4)]
