"""Search in a reader's language (on the database engine these tests run with; tests/search runs the same
queries against OpenSearch): results default to the language of the page, lang=all searches every language,
and a French query matches French text whatever its accents."""

import re

import pytest

from tests.factories import GlossaryPageFactory, GlossaryTermPageFactory
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.own_site  # its tests build their own section indexes


@pytest.fixture
def terms(home_page, french_home):
    glossary = GlossaryPageFactory(parent=home_page)
    translate_page(glossary, "fr", title="Glossaire")
    english = GlossaryTermPageFactory(
        parent=glossary,
        slug="fiscal-decentralization",
        title="Fiscal decentralization",
        definition="<p>Assigning revenue to municipalities.</p>",
    )
    french = translate_page(
        english,
        "fr",
        title="Décentralisation budgétaire",
        definition="<p>L'attribution de recettes aux municipalités et aux régions.</p>",
    )
    return english, french


def result_titles(html: str) -> set[str]:
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    return {title for title in ("Fiscal decentralization", "Décentralisation budgétaire") if title in main}


def test_results_default_to_the_language_of_the_search_page(client, terms):
    assert result_titles(client.get("/fr/search/", {"q": "budgétaire"}).text) == {
        "Décentralisation budgétaire"
    }
    assert result_titles(client.get("/en/search/", {"q": "decentralization"}).text) == {
        "Fiscal decentralization"
    }
    assert result_titles(client.get("/en/search/", {"q": "budgétaire"}).text) == set()


def test_lang_all_searches_every_language(client, terms):
    from_english = client.get("/en/search/", {"q": "budgétaire", "lang": "all"}).text
    assert result_titles(from_english) == {"Décentralisation budgétaire"}
    from_french = client.get("/fr/search/", {"q": "decentralization", "lang": "all"}).text
    assert "Fiscal decentralization" in result_titles(from_french)


@pytest.mark.parametrize("query", ["decentralisation", "DÉCENTRALISATION", "budgetaire", "municipalites"])
def test_french_queries_ignore_accents(client, terms, query):
    assert result_titles(client.get("/fr/search/", {"q": query}).text) == {"Décentralisation budgétaire"}
