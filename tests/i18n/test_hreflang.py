"""Every page has rel="alternate" hreflang links for its translations, plus x-default."""

import re

import pytest

from tests.factories import GlossaryPageFactory, GlossaryTermPageFactory
from tests.i18n.conftest import translate_page

# Its tests build their own section indexes, on one home page in five languages built once per module.
pytestmark = [pytest.mark.own_site, pytest.mark.shared_home]


def alternates(html: str) -> dict[str, str]:
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-zA-Z-]+)" href="([^"]+)">', head))


@pytest.fixture
def term(translated_home):
    glossary = GlossaryPageFactory(parent=translated_home["en"])
    term = GlossaryTermPageFactory(parent=glossary, title="Devolution", slug="devolution")
    for code in ("fr", "es"):
        translate_page(glossary, code, title="Glossaire")
    translate_page(term, "fr", title="Dévolution")
    translate_page(term, "es", title="Devolución")
    return term


def test_alternates_list_each_translation_with_absolute_urls(client, term):
    links = alternates(client.get("/es/glossary/devolution/").text)
    assert links == {
        "en": "http://testserver/en/glossary/devolution/",
        "fr": "http://testserver/fr/glossary/devolution/",
        "es": "http://testserver/es/glossary/devolution/",
        "x-default": "http://testserver/en/glossary/devolution/",
    }


def test_every_translation_carries_the_same_set(client, term):
    sets = [alternates(client.get(f"/{code}/glossary/devolution/").text) for code in ("en", "fr", "es")]
    assert sets[0] == sets[1] == sets[2]


def test_page_without_english_version_uses_its_first_language_as_x_default(client, translated_home):
    glossary = translate_page(GlossaryPageFactory(parent=translated_home["en"]), "fr", title="Glossaire")
    only_french = GlossaryTermPageFactory(parent=glossary, title="Commune", slug="commune")
    links = alternates(client.get(only_french.url).text)
    assert links == {
        "fr": "http://testserver/fr/glossary/commune/",
        "x-default": "http://testserver/fr/glossary/commune/",
    }


def test_home_pages_have_all_five_alternates(client, translated_home):
    links = alternates(client.get("/ar/").text)
    assert set(links) == {"en", "fr", "es", "pt", "ar", "x-default"}
    assert links["x-default"] == links["en"] == "http://testserver/en/"


def test_search_page_has_alternates_in_every_language(client, translated_home):
    links = alternates(client.get("/fr/search/").text)
    assert links["pt"] == "http://testserver/pt/search/"
    assert links["x-default"] == "http://testserver/en/search/"
    assert len(links) == 6


def test_not_found_page_has_no_alternates(client, translated_home):
    response = client.get("/fr/nothing-here/")
    assert response.status_code == 404
    assert alternates(response.text) == {}
